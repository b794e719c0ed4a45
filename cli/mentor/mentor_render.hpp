// Presenting a mentor's team report: the words shared by every format, and
// one renderer per format (table, Markdown, HTML, JSON). The analysis itself
// is the engine's (careerpath/mentor.hpp); nothing here decides anything.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "careerpath/advise/mentor.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/team.hpp"

namespace careerpath::cli {

// Everything a renderer needs, by reference.
struct MentorView {
  const RoleGraph& graph;
  const Team& team;
  const TeamReport& report;
  const MentorOptions& options;
  const Recommender& recommender;
};

// Words shared by the formats.
[[nodiscard]] std::string member_name(const Profile& member);          // name, or id when unnamed
[[nodiscard]] std::string role_label(const RoleGraph& graph, std::size_t role);  // "Title (id)"
[[nodiscard]] std::string level_text(double level);                     // 2.5, 3
[[nodiscard]] std::string goal_source_text(GoalSource source);          // "own goal", "suggested goal"
[[nodiscard]] std::string route_text(const RoleGraph& graph, const CareerPath& route);  // "swe-1 -> swe-2 -> swe-3"
// The team-context part of a focus skill's reason ("team goals need it
// (0.67); only one teammate holds it well"), or "-". The number is the
// team-goal need: importance x the share of members below the requirement.
[[nodiscard]] std::string focus_team_note(const FocusSkill& focus);
// Why a skill was chosen: "Senior Software Engineer needs 4 (has 2.5); team goals need it; single point of failure".
[[nodiscard]] std::string focus_reason(const MentorView& view, const FocusSkill& focus);
[[nodiscard]] std::string team_title(const Team& team);                 // name, or id
// One paragraph on how focus skills, "holds well" and the heatmap are defined.
[[nodiscard]] std::string method_note(const MentorView& view);

[[nodiscard]] std::string render_mentor_table(const MentorView& view);
[[nodiscard]] std::string render_mentor_markdown(const MentorView& view);
[[nodiscard]] std::string render_mentor_html(const MentorView& view);
[[nodiscard]] nlohmann::json mentor_to_json(const MentorView& view);

}  // namespace careerpath::cli
