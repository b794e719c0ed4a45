// The mentor report's words and its JSON document (`mentor --json`). The
// analysis is the engine's (careerpath/advise/mentor.hpp); this is how it is
// put to people, the same in every format and every front end: the CLI's
// table, Markdown and HTML renderers use these words too.
#pragma once

#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "careerpath/advise/mentor.hpp"
#include "careerpath/advise/recommender.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/team.hpp"

namespace careerpath::report {

// Everything a mentor report is made from, by reference.
struct MentorView {
  const RoleGraph& graph;
  const Team& team;
  const TeamReport& report;
  const MentorOptions& options;
  const Recommender& recommender;
};

[[nodiscard]] std::string member_name(const Profile& member);                    // name, or id when unnamed
[[nodiscard]] std::string role_label(const RoleGraph& graph, std::size_t role);  // "Title (id)"
[[nodiscard]] std::string level_text(double level);                               // 2.5, 3
[[nodiscard]] std::string goal_source_text(GoalSource source);                    // "own goal", "suggested goal"
[[nodiscard]] std::string route_text(const RoleGraph& graph, const CareerPath& route);  // "swe-1 -> swe-2 -> swe-3"
// The team-context part of a focus skill's reason ("team goals need it
// (0.67); only one teammate holds it well"), or "-". The number is the
// team-goal need: importance x the share of members below the requirement.
[[nodiscard]] std::string focus_team_note(const FocusSkill& focus);
// Why a skill was chosen: "Senior Software Engineer needs 4 (has 2.5); team goals need it; single point of failure".
[[nodiscard]] std::string focus_reason(const MentorView& view, const FocusSkill& focus);
[[nodiscard]] std::string team_title(const Team& team);  // name, or id
// One paragraph on how focus skills, "holds well" and the heatmap are defined.
[[nodiscard]] std::string method_note(const MentorView& view);

// The whole report with exact numbers and ids, and the same per-person
// sub-documents as recommend and path.
[[nodiscard]] nlohmann::json mentor_to_json(const MentorView& view);

}  // namespace careerpath::report
