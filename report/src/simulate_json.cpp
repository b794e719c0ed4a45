#include "careerpath/report/simulate_json.hpp"

#include "careerpath/report/report_json.hpp"

namespace careerpath::cli {

using nlohmann::json;

namespace {

json optional_json(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json estimates_json(const std::vector<Estimate>& series) {
  json out = json::array();
  for (const Estimate& e : series) out.push_back(estimate_json(e));
  return out;
}

json population_json(const Scenario& s) {
  if (s.population.kind == Population::Kind::kOrganisation) {
    return {{"kind", "organisation"}, {"people", s.initial_population()}};
  }
  json ids = json::array();
  for (const Profile& p : s.population.people) ids.push_back(p.id);
  json out = {{"kind", s.population.team_id.empty() ? "profiles" : "team"}, {"people", ids}};
  if (!s.population.team_id.empty()) out["team"] = s.population.team_id;
  return out;
}

// Per role, the series of a [time][role] table.
template <class Cell, class ToJson>
json by_role_json(const RoleGraph& graph, const std::vector<std::vector<Cell>>& table, ToJson to_json) {
  json out = json::array();
  for (std::size_t r = 0; r < graph.role_count(); ++r) {
    json series = json::array();
    for (const auto& row : table) series.push_back(to_json(row[r]));
    out.push_back({{"role", graph.role(r).id}, {"by_time", std::move(series)}});
  }
  return out;
}

json differences_json(const RoleGraph& graph, const SimulationSummary& base, const SimulationDifference& d) {
  json goals = json::array();
  for (std::size_t g = 0; g < d.goal_reached.size(); ++g) {
    goals.push_back({{"role", graph.role(base.goals[g].role).id}, {"reached_by_time", estimates_json(d.goal_reached[g])}});
  }
  return {{"headcount", by_role_json(graph, d.headcount, estimate_json)},
          {"active", estimates_json(d.active)},
          {"left", estimates_json(d.left)},
          {"leavers", estimates_json(d.leavers)},
          {"hires", estimates_json(d.hires)},
          {"goals", std::move(goals)},
          {"training_cost", estimate_json(d.training_cost)}};
}

}  // namespace

json estimate_json(const Estimate& e) { return {{"mean", e.mean}, {"low", e.low}, {"high", e.high}}; }

json scenario_json(const RoleGraph& graph, const Scenario& s) {
  json goals = json::array();
  for (std::size_t g : s.all_goals()) goals.push_back(graph.role(g).id);
  json out = {{"id", s.id},
              {"name", s.name},
              {"population", population_json(s)},
              {"runs", s.runs},
              {"horizon_years", static_cast<double>(s.total_steps()) * s.step_years()},
              {"step", std::string(to_string(s.step))},
              {"seed", s.seed},
              {"goals", std::move(goals)},
              {"skill_effects", s.dynamics.skill_effects == SkillEffects::kOn}};
  if (!s.file.empty()) out["file"] = s.file;
  json interventions = json::array();
  for (const Intervention& iv : s.interventions) {
    interventions.push_back({{"type", std::string(to_string(iv.kind()))}, {"name", iv.name}, {"at", iv.at}});
  }
  out["interventions"] = std::move(interventions);
  return out;
}

json summary_json(const RoleGraph& graph, const SimulationSummary& s) {
  json goals = json::array();
  for (const GoalOutcome& g : s.goals) {
    goals.push_back({{"role", role_ref_json(graph, g.role)},
                     {"eligible", g.eligible},
                     {"reached_by_time", estimates_json(g.reached_by_time)},
                     {"time_to_goal",
                      {{"p10", optional_json(g.p10)},
                       {"p50", optional_json(g.p50)},
                       {"p90", optional_json(g.p90)},
                       {"mean_if_reached", optional_json(g.mean_years_if_reached)}}}});
  }
  json top = json::array();
  for (const TrajectoryCount& t : s.trajectories) {
    json roles = json::array();
    for (std::size_t r : t.roles) roles.push_back(graph.role(r).id);
    top.push_back({{"roles", std::move(roles)}, {"truncated", t.truncated}, {"count", t.count}, {"share", t.share}});
  }
  json out = {{"times", s.times},
              {"runs", s.runs},
              {"people", s.people},
              {"headcount", by_role_json(graph, s.headcount, estimate_json)},
              {"active", estimates_json(s.active)},
              {"left", estimates_json(s.left)},
              {"leavers", estimates_json(s.leavers)},
              {"hires", estimates_json(s.hires)},
              {"goals", std::move(goals)},
              {"trajectories", {{"careers", s.careers}, {"exact", s.trajectories_exact}, {"top", std::move(top)}}},
              {"training_cost", estimate_json(s.training_cost)}};
  if (s.mean_skills.size() > 0) {
    const Scale& scale = graph.skills().scale();
    json skills = json::array();
    for (Eigen::Index j = 0; j < s.mean_skills.cols(); ++j) {
      json series = json::array();
      for (Eigen::Index k = 0; k < s.mean_skills.rows(); ++k) series.push_back(scale.denormalise(s.mean_skills(k, j)));
      skills.push_back({{"skill", graph.skills()[static_cast<std::size_t>(j)].id}, {"by_time", std::move(series)}});
    }
    out["mean_skills"] = std::move(skills);
  }
  return out;
}

json simulation_json(const RoleGraph& graph, const Scenario& scenario, const SimulationSummary& summary) {
  return {{"graph", graph.name()}, {"scenario", scenario_json(graph, scenario)}, {"results", summary_json(graph, summary)}};
}

json comparison_json(const RoleGraph& graph, const Scenario& base, const Scenario& other, const Comparison& c) {
  return {{"graph", graph.name()},
          {"scenario", scenario_json(graph, base)},
          {"results", summary_json(graph, c.base)},
          {"other", {{"scenario", scenario_json(graph, other)}, {"results", summary_json(graph, c.other)}}},
          {"difference", differences_json(graph, c.base, c.difference)}};
}

json exact_json(const RoleGraph& graph, const Scenario& scenario, const ExactAnswer& a) {
  json goals = json::array();
  for (const ExactGoal& g : a.goals) {
    goals.push_back({{"role", role_ref_json(graph, g.role)},
                     {"reached_by_time", g.reached_by_time},
                     {"time_to_goal",
                      {{"p10", optional_json(g.p10)},
                       {"p50", optional_json(g.p50)},
                       {"p90", optional_json(g.p90)},
                       {"mean_if_reached", optional_json(g.mean_years_if_reached)}}},
                     {"ever", g.ever},
                     {"expected_years_if_ever", optional_json(g.expected_years_if_ever)}});
  }
  return {{"graph", graph.name()},
          {"scenario", scenario_json(graph, scenario)},
          {"analytic",
           {{"states", a.states},
            {"times", a.times},
            {"headcount", by_role_json(graph, a.headcount, [](double v) { return json(v); })},
            {"left", a.left},
            {"leavers", a.leavers},
            {"hires", a.hires},
            {"goals", std::move(goals)}}}};
}

}  // namespace careerpath::cli
