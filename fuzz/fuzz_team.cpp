// Team files, read against the built-in tech graph. Member paths resolve
// against the folder the fuzzer runs in (CI runs it in an empty folder with
// standard input from /dev/null; the bounded reader caps anything else).
#include "careerpath/io/json_reader.hpp"
#include "careerpath/io/team_io.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerpath;
  auto document = parse_json_text(fuzz::as_text(data, size), "fuzz-team.json");
  if (!document) return 0;
  (void)team_from_json(*document, fuzz::tech_graph(), "fuzz-team.json");
  return 0;
}
