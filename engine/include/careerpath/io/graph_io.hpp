// Loading and saving careerpath.graph/1 files with full validation.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

inline constexpr std::string_view kGraphFormat = "careerpath.graph/1";

// Validates a parsed document; `file` names it in error messages.
[[nodiscard]] Result<RoleGraph> graph_from_json(const nlohmann::json& document, const std::string& file);
[[nodiscard]] Result<RoleGraph> parse_graph(std::string_view text, const std::string& file);
[[nodiscard]] Result<RoleGraph> load_graph_file(const std::string& path);
// A built-in name ("tech") or a path to a graph file. A name that is neither
// a built-in nor an existing file gets an error listing the built-ins.
[[nodiscard]] Result<RoleGraph> load_graph(const std::string& name_or_path);

[[nodiscard]] nlohmann::json graph_to_json(const RoleGraph& graph);
// The document for graph data; throws InputError for an index out of range.
[[nodiscard]] nlohmann::json graph_data_to_json(const RoleGraphData& data);
// A graph built in code, validated by the same rules and with the same
// messages as a graph file (`name` stands for the file in them).
[[nodiscard]] Result<RoleGraph> validated_graph(const RoleGraphData& data, const std::string& name = "graph built in code");
// Writes atomically: a temporary file beside `path`, then a rename.
[[nodiscard]] Status save_graph(const RoleGraph& graph, const std::string& path);

}  // namespace careerpath
