// Loading and saving careerpath.profile/1 documents against a role graph.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "careerpath/util/error.hpp"
#include "careerpath/io/json_reader.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

inline constexpr std::string_view kProfileFormat = "careerpath.profile/1";

enum class FormatField { kRequired, kOptional };

// Reads one profile object. `format` is optional for profiles embedded in
// other documents (teams, batch lines) and required for profile files.
// Throws InputError; prefer the Result-returning functions below.
[[nodiscard]] Profile read_profile(const JsonNode& node, const RoleGraph& graph, FormatField format);

// Reads a role named by id, title or alias (resolver.hpp): a name taken by
// a likely match leaves a note at the node; an unknown, ambiguous or weak
// name fails listing the candidates. Throws InputError.
[[nodiscard]] std::size_t read_role_ref(const JsonNode& node, const RoleGraph& graph);
// Reads a skill named `name` (an object key at `node`) by id or name; only
// exact matches are taken. Throws InputError.
[[nodiscard]] std::size_t read_skill_ref(const JsonNode& node, const std::string& name, const SkillSpace& space);
// An array of such roles; a role listed twice is an error. Throws InputError.
[[nodiscard]] std::vector<std::size_t> read_role_refs(const JsonNode& node, const RoleGraph& graph);

[[nodiscard]] Result<Profile> profile_from_json(const nlohmann::json& document, const RoleGraph& graph,
                                                const std::string& file, FormatField format = FormatField::kRequired);
[[nodiscard]] Result<Profile> load_profile(const std::string& path, const RoleGraph& graph);

[[nodiscard]] nlohmann::json profile_to_json(const Profile& profile, const RoleGraph& graph);
// A person built in code, validated by the same rules and with the same
// messages as a profile file (`name` stands for the file in them).
[[nodiscard]] Result<Profile> validated_profile(const Profile& profile, const RoleGraph& graph,
                                                const std::string& name = "profile built in code");

// A person who holds `role` with exactly its required skill levels (used by
// eval and by organisation simulations).
[[nodiscard]] Profile profile_for_role(const RoleGraph& graph, std::size_t role, double years_in_role = 0.0);

}  // namespace careerpath
