#include <cmath>

#include "careerpath/util/number_format.hpp"
#include "careerpath/report/mentor.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::report {

std::string member_name(const Profile& member) { return member.name.empty() ? member.id : member.name; }

std::string role_label(const RoleGraph& graph, std::size_t role) {
  return graph.role(role).title + " (" + graph.role(role).id + ")";
}

std::string level_text(double level) { return format_number(std::round(level * 10.0) / 10.0); }

std::string goal_source_text(GoalSource source) {
  switch (source) {
    case GoalSource::kOwn:
      return "own goal";
    case GoalSource::kSuggested:
      return "suggested goal";
    case GoalSource::kNone:
      break;
  }
  return "no goal";
}

std::string route_text(const RoleGraph& graph, const CareerPath& route) {
  if (route.steps.empty()) return "";
  std::string out = graph.role(route.steps.front().from).id;
  for (const PathStep& step : route.steps) out += " -> " + graph.role(step.to).id;
  return out;
}

std::string focus_team_note(const FocusSkill& focus) {
  std::string out;
  if (focus.team_goal_need > 0.0) out = "team goals need it (" + fixed(focus.team_goal_need, 2) + ")";
  if (focus.single_point) out += std::string(out.empty() ? "" : "; ") + "only one teammate holds it well";
  return out.empty() ? "-" : out;
}

std::string focus_reason(const MentorView& view, const FocusSkill& focus) {
  const std::string out = view.graph.role(focus.role).title + " needs " + level_text(focus.need) + " (has " +
                          level_text(focus.have) + ")";
  const std::string team = focus_team_note(focus);
  return team == "-" ? out : out + "; " + team;
}

std::string team_title(const Team& team) { return team.name.empty() ? team.id : team.name; }

std::string method_note(const MentorView& view) {
  const Scale& scale = view.graph.skills().scale();
  return "Skill levels are on the graph's " + format_number(scale.min) + "-" + format_number(scale.max) +
         " scale; holding a skill well means level " + level_text(view.report.strong_level) +
         " or more. Gaps are the levels each member is short of their goal (or, with no goal, their top next step). "
         "Skills to work on next rank importance x shortfall toward the next step on the best route, plus " +
         format_number(view.options.goal_weight) +
         " x the same toward the goal, raised by up to " + percent(view.options.team_weight) +
         " for what the team needs: the team goals' requirements that members lack (importance x the share of members "
         "below the goal's level, shown as 'team goals need it (0.63)'), and skills only one member holds well.";
}

}  // namespace careerpath::report
