// Scenario files, read against the built-in tech graph (relative paths as
// for teams: see fuzz_team.cpp).
#include "careerpath/io/json_reader.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerpath;
  auto document = parse_json_text(fuzz::as_text(data, size), "fuzz-scenario.json");
  if (!document) return 0;
  (void)scenario_from_json(*document, fuzz::tech_graph(), "fuzz-scenario.json");
  return 0;
}
