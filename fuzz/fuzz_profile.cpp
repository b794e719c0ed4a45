// Profile files, read against the built-in tech graph; a profile that loads
// must save and load again.
#include "careerpath/io/json_reader.hpp"
#include "careerpath/io/profile_io.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerpath;
  const RoleGraph& graph = fuzz::tech_graph();
  auto document = parse_json_text(fuzz::as_text(data, size), "fuzz-profile.json");
  if (!document) return 0;
  auto profile = profile_from_json(*document, graph, "fuzz-profile.json");
  if (!profile) return 0;
  auto again = profile_from_json(profile_to_json(*profile, graph), graph, "saved");
  fuzz::require(again.ok());
  fuzz::require(again->current_role == profile->current_role);
  return 0;
}
