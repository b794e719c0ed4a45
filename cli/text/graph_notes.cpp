#include "text/graph_notes.hpp"

namespace careerpath::cli {

std::string attribution_footer(const RoleGraph& graph) {
  if (graph.attribution().empty()) return "";
  return "\n" + graph.attribution() + "\n";
}

}  // namespace careerpath::cli
