// Graph files: parse and validate; a graph that loads must save and load
// again to the same roles and moves (nlohmann's own fuzz target asserts the
// same round trip).
#include "careerpath/io/graph_io.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerpath;
  auto graph = parse_graph(fuzz::as_text(data, size), "fuzz-graph.json");
  if (!graph) return 0;
  auto again = graph_from_json(graph_to_json(*graph), "saved");
  fuzz::require(again.ok());
  fuzz::require(again->role_count() == graph->role_count());
  fuzz::require(again->transitions().size() == graph->transitions().size());
  return 0;
}
