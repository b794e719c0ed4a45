// The skill list of a role graph as a document: every skill's id, name,
// category and description, in the graph's order, with the level scale and
// the graph's attribution. Served by GET /api/skills; written here, in the
// report library, so that a `careerpath skills --json` command prints the
// very same bytes.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "careerpath/model/role_graph.hpp"

namespace careerpath::report {

// Each skill also carries `anchors`, what its levels mean (its own, else the
// scale's; `own_anchors` says which); `category`, when given, keeps only
// that category's skills.
[[nodiscard]] nlohmann::json skills_to_json(const RoleGraph& graph,
                                            const std::optional<std::string>& category = std::nullopt);

}  // namespace careerpath::report
