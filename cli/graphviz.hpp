// Graphviz DOT export of a role graph: roles grouped and coloured by track,
// moves styled by kind (promotion solid, lateral dashed, switch dotted,
// step-back grey).
#pragma once

#include <string>
#include <vector>

#include "careerpath/role_graph.hpp"

namespace careerpath::cli {

struct DotOptions {
  std::vector<bool> include_role{};  // empty: every role
  std::string title{};
};

// The fill colour of a track's roles (a qualitative palette readable behind
// black text), shared by the DOT export and the HTML reports' pictures.
[[nodiscard]] const char* track_colour(std::size_t track);

[[nodiscard]] std::string graph_to_dot(const RoleGraph& graph, const DotOptions& options = {});

}  // namespace careerpath::cli
