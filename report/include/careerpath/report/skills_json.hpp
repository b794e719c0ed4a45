// The skill list of a role graph as a document: every skill's id, name,
// category and description, in the graph's order, with the level scale and
// the graph's attribution. Served by GET /api/skills; written here, in the
// report library, so that a `careerpath skills --json` command prints the
// very same bytes.
#pragma once

#include <nlohmann/json.hpp>

#include "careerpath/model/role_graph.hpp"

namespace careerpath::report {

[[nodiscard]] nlohmann::json skills_to_json(const RoleGraph& graph);

}  // namespace careerpath::report
