// Notes printed under results drawn from a graph, such as the O*NET
// attribution that must travel with anything built from O*NET data.
#pragma once

#include <string>

#include "careerpath/model/role_graph.hpp"
#include "report_names.hpp"

namespace careerpath::cli {

// "\n" + the graph's attribution + "\n", or "" when it has none.
[[nodiscard]] std::string attribution_footer(const RoleGraph& graph);

}  // namespace careerpath::cli
