// The command-line parser: the input is the argument list, NUL-separated.
// Every option and check is parsed, but no command runs (RunMode::kParseOnly),
// so a fuzzed "simulate --runs 1000000000" costs nothing. Output goes to
// /dev/null in CI (-close_fd_mask=3).
#include <string>
#include <vector>

#include "app.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = careerpath::fuzz::as_text(data, size);
  std::vector<std::string> words{"careerpath"};
  std::size_t start = 0;
  while (start <= text.size() && words.size() < 64) {
    const std::size_t end = std::min(text.find('\0', start), text.size());
    words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::vector<const char*> argv;
  for (const std::string& w : words) argv.push_back(w.c_str());
  argv.push_back(nullptr);
  const int status = careerpath::cli::run_careerpath(static_cast<int>(words.size()), argv.data(),
                                                     careerpath::cli::RunMode::kParseOnly);
  careerpath::fuzz::require(status == 0 || status == 2);  // 1 would be an internal error
  return 0;
}
