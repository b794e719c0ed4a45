// Loading careerpath.scenario/1 documents against a role graph (the format is
// documented in docs/simulate.md and schemas/scenario.schema.json).
//
// Profile and team files named inside a scenario are resolved relative to the
// scenario file's folder. Levels, spreads and training gains are on the
// graph's scale in the file and normalised in the Scenario.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "careerpath/io/team_io.hpp"
#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"

namespace careerpath {

inline constexpr std::string_view kScenarioFormat = "careerpath.scenario/1";

// `file` names the document in errors and anchors relative paths (an empty
// `file` resolves them against the working directory).
// With FileReferences::kRefuse, a profile or team named by path is bad input.
[[nodiscard]] Result<Scenario> scenario_from_json(const nlohmann::json& document, const RoleGraph& graph,
                                                  const std::string& file,
                                                  FileReferences references = FileReferences::kFollow);
[[nodiscard]] Result<Scenario> load_scenario(const std::string& path, const RoleGraph& graph);

// A scenario file, or a profile file meaning "this person, many runs"
// (scenario_for_profile); decided by the document's "format".
[[nodiscard]] Result<Scenario> load_scenario_or_profile(const std::string& path, const RoleGraph& graph);

}  // namespace careerpath
