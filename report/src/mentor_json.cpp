// The JSON document of `careerpath mentor --json`: exact numbers, ids for
// everything, and the same per-person sub-documents as recommend and path.
#include "careerpath/report/mentor.hpp"
#include "careerpath/report/report_json.hpp"

namespace careerpath::report {
namespace {

using nlohmann::json;

std::string_view to_string(GoalSource source) {
  switch (source) {
    case GoalSource::kOwn:
      return "own";
    case GoalSource::kSuggested:
      return "suggested";
    case GoalSource::kNone:
      break;
  }
  return "none";
}

std::string_view to_string(PairingReason reason) {
  return reason == PairingReason::kFocusSkill ? "focus-skill" : "spread-knowledge";
}

json skill_ref(const RoleGraph& graph, std::size_t skill) {
  return {{"id", graph.skills()[skill].id}, {"name", graph.skills()[skill].name}};
}

json member_json(const MentorView& view, std::size_t m) {
  const RoleGraph& g = view.graph;
  const Profile& person = view.team.members[m];
  const MemberPlan& plan = view.report.members[m];
  const RecommendOptions next_options{.top = view.options.next_steps, .direct_moves_only = true};
  json out = {{"id", person.id},
              {"name", person.name},
              {"current_role", role_ref_json(g, person.current_role)},
              {"years_in_role", person.years_in_role},
              {"next_steps",
               recommendations_to_json(view.recommender, person, plan.next_steps, next_options)["recommendations"]}};
  json goal = nullptr;
  if (plan.goal) {
    goal = role_ref_json(g, *plan.goal);
    goal["source"] = to_string(plan.goal_source);
  }
  out["goal"] = std::move(goal);
  json unreachable = json::array();
  for (const UnreachableGoal& u : plan.unreachable_goals) {
    unreachable.push_back({{"role", g.role(u.role).id}, {"reason", u.reason}});
  }
  out["unreachable_goals"] = std::move(unreachable);
  out["routes"] = plan.goal ? paths_to_json(g, person, *plan.goal, plan.routes)["routes"] : json::array();
  out["target"] = plan.target ? json(g.role(*plan.target).id) : json(nullptr);
  json focus = json::array();
  for (const FocusSkill& f : plan.focus) {
    focus.push_back({{"skill", skill_ref(g, f.skill)},
                     {"for_role", g.role(f.role).id},
                     {"have", f.have},
                     {"need", f.need},
                     {"own", f.own},
                     {"team_goal_need", f.team_goal_need},
                     {"single_point", f.single_point},
                     {"team_need", f.team_need},
                     {"score", f.score},
                     {"reason", focus_reason(view, f)}});
  }
  out["focus_skills"] = std::move(focus);
  return out;
}

json heatmap_json(const MentorView& view) {
  const TeamReport& r = view.report;
  json skills = json::array();
  for (std::size_t s : r.heatmap_skills) skills.push_back(view.graph.skills()[s].id);
  json rows = json::array();
  for (std::size_t m = 0; m < view.team.members.size(); ++m) {
    json row = json::array();
    for (std::size_t s : r.heatmap_skills) row.push_back(r.gaps(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(s)));
    rows.push_back({{"member", view.team.members[m].id}, {"shortfall", std::move(row)}});
  }
  return {{"unit", "levels short of the member's target role"}, {"skills", std::move(skills)}, {"rows", std::move(rows)}};
}

json team_sections_json(const MentorView& view) {
  const RoleGraph& g = view.graph;
  const auto id_of = [&](std::size_t m) { return view.team.members[m].id; };
  json training = json::array();
  for (const SharedGap& gap : view.report.training) {
    json members = json::array();
    for (std::size_t m : gap.members) members.push_back(id_of(m));
    training.push_back({{"skill", skill_ref(g, gap.skill)}, {"members", std::move(members)},
                        {"total_shortfall", gap.total_shortfall}});
  }
  json single = json::array();
  for (const SinglePointOfFailure& s : view.report.single_points) {
    single.push_back({{"skill", skill_ref(g, s.skill)},
                      {"holder", id_of(s.holder)},
                      {"level", s.level},
                      {"backup", s.backup ? json(id_of(*s.backup)) : json(nullptr)},
                      {"backup_level", s.backup ? json(s.backup_level) : json(nullptr)}});
  }
  json pairs = json::array();
  for (const Pairing& p : view.report.pairings) {
    pairs.push_back({{"mentor", id_of(p.mentor)}, {"mentee", id_of(p.mentee)}, {"skill", skill_ref(g, p.skill)},
                     {"mentor_level", p.mentor_level}, {"mentee_level", p.mentee_level},
                     {"reason", to_string(p.reason)}});
  }
  json succession = json::array();
  for (const Succession& s : view.report.succession) {
    json incumbents = json::array();
    for (std::size_t m : s.incumbents) incumbents.push_back(id_of(m));
    json closest = json::array();
    for (const SuccessionCandidate& c : s.closest) {
      json lacking = json::array();
      for (const SkillGap& gap : c.lacking) {
        lacking.push_back({{"skill", skill_ref(g, gap.skill)}, {"have", gap.have}, {"need", gap.need},
                           {"importance", gap.importance}});
      }
      closest.push_back({{"member", id_of(c.member)}, {"fit", c.fit}, {"lacking", std::move(lacking)}});
    }
    succession.push_back({{"role", role_ref_json(g, s.role)}, {"incumbents", std::move(incumbents)},
                          {"closest", std::move(closest)}});
  }
  return {{"group_training", std::move(training)}, {"single_points_of_failure", std::move(single)},
          {"pairings", std::move(pairs)}, {"succession", std::move(succession)}};
}

}  // namespace

json mentor_to_json(const MentorView& view) {
  const RoleGraph& g = view.graph;
  json goals = json::array();
  for (std::size_t r : view.team.goals) goals.push_back(role_ref_json(g, r));
  json members = json::array();
  for (std::size_t m = 0; m < view.team.members.size(); ++m) members.push_back(member_json(view, m));
  json team_need = json::object();
  for (std::size_t s = 0; s < g.skill_count(); ++s) {
    if (const double need = view.report.team_need(static_cast<Eigen::Index>(s)); need > 0.0) team_need[g.skills()[s].id] = need;
  }
  json out = {{"team", {{"id", view.team.id}, {"name", view.team.name}, {"mentor", view.team.mentor}, {"goals", goals}}},
              {"graph", g.name()},
              {"scale", {{"min", g.skills().scale().min}, {"max", g.skills().scale().max}}},
              {"holds_well_level", view.report.strong_level},
              {"method", method_note(view)},
              {"members", std::move(members)},
              {"heatmap", heatmap_json(view)},
              {"team_need", std::move(team_need)}};
  out.update(team_sections_json(view));
  return out;
}

}  // namespace careerpath::report
