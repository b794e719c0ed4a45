// Eval truth files (O*NET's Related Occupations layout), then the
// evaluation itself against the built-in tech graph.
#include "careerpath/onet/eval.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerpath;
  auto truth = parse_truth(std::string(fuzz::as_text(data, size)), "truth.txt");
  if (!truth) return 0;
  (void)evaluate(fuzz::tech_graph(), *truth, {.k = 5});
  return 0;
}
