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

[[nodiscard]] std::string graph_to_dot(const RoleGraph& graph, const DotOptions& options = {});

}  // namespace careerpath::cli
