// Build tool: loads a graph file with the full validating loader and writes
// its packed binary form (careerpath/io/graph_pack.hpp), which the program
// embeds for its built-in graphs.
//   careerpath_pack_graph graphs/onet.json builtin_graph_onet.pack
#include <cstdio>
#include <string>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/graph_pack.hpp"
#include "careerpath/util/atomic_file.hpp"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: careerpath_pack_graph GRAPH.json OUTPUT.pack\n");
    return 2;
  }
  auto graph = careerpath::load_graph_file(argv[1]);
  if (!graph) {
    std::fprintf(stderr, "careerpath_pack_graph: %s\n", graph.error().to_string().c_str());
    return 2;
  }
  const careerpath::Status written = careerpath::write_file_atomically(argv[2], careerpath::pack_graph(graph->data()));
  if (!written) {
    std::fprintf(stderr, "careerpath_pack_graph: %s\n", written.error().to_string().c_str());
    return 1;
  }
  return 0;
}
