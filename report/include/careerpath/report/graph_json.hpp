// The documents about a role graph as a whole: `graph stats`, `graph
// validate` and `graph dot --json`, with the graph author's warnings that the
// text output prints too. (`roles` and `show` are in report_json.hpp.)
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "careerpath/model/graph_stats.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath::report {

// Things that are legal but that a graph author probably wants to know.
[[nodiscard]] std::vector<std::string> graph_warnings(const GraphStats& stats);
[[nodiscard]] nlohmann::json graph_stats_json(const RoleGraph& graph, const GraphStats& stats);
// `graph validate`'s document for a graph that loaded (a bad one is an error):
// `name` is how the caller named it (a path or a built-in name).
[[nodiscard]] nlohmann::json graph_validation_json(const std::string& name, const GraphStats& stats);
// `graph dot --json`: the DOT text when it was asked for on stdout, and the files written.
[[nodiscard]] nlohmann::json dot_json(const RoleGraph& graph, const std::optional<std::string>& dot,
                                      const std::vector<std::string>& written);

}  // namespace careerpath::report
