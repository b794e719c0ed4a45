// Loading careerpath.team/1 documents against a role graph.
//
//   {"format": "careerpath.team/1", "id": "payments", "name": "Payments team",
//    "mentor": "Aisha Bello", "goals": ["tpm-3"],
//    "members": ["../junior-engineer.json", {inline careerpath.profile/1 object}]}
//
// A member given as a string is a profile file, relative to the team file's
// folder. An error inside a member file names that file and its JSON pointer;
// a member file that cannot be read names the team file, the pointer of the
// entry and the path. Member ids must be unique across the team.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/team.hpp"

namespace careerpath {

inline constexpr std::string_view kTeamFormat = "careerpath.team/1";

// Whether a document may name other files (team members, a scenario's
// profiles and team) for the loader to read. Documents that arrive over the
// network (the web API) must not make the server read its own files, so
// there a file reference is refused as bad input.
enum class FileReferences { kFollow, kRefuse };

[[nodiscard]] Result<Team> load_team(const std::string& path, const RoleGraph& graph);  // member paths relative to the team file
// `file` names the document in errors and anchors relative member paths
// (an empty `file` resolves them against the working directory).
[[nodiscard]] Result<Team> team_from_json(const nlohmann::json& doc, const RoleGraph& graph, const std::string& file,
                                          FileReferences references = FileReferences::kFollow);

}  // namespace careerpath
