#include "careerpath/report/simulate_json.hpp"

#include "careerpath/util/number_format.hpp"
#include "careerpath/report/report_json.hpp"

namespace careerpath::report {

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

json cost_per_additional_json(const RoleGraph& graph, const std::vector<CostPerAdditional>& costs) {
  json out = json::array();
  for (const CostPerAdditional& c : costs) {
    out.push_back({{"role", graph.role(c.role).id}, {"value", c.value ? estimate_json(*c.value) : json(nullptr)}});
  }
  return out;
}

json lever_json(const RoleGraph& graph, const std::vector<std::size_t>& goals, const LeverEffect& e) {
  json effects = json::array();
  for (std::size_t g = 0; g < goals.size(); ++g) {
    effects.push_back({{"role", graph.role(goals[g]).id}, {"headcount", estimate_json(e.headcount[g])}});
  }
  return {{"name", e.name}, {"effects", std::move(effects)}, {"training_cost", estimate_json(e.cost)}};
}

json levers_json(const RoleGraph& graph, const SimulationSummary& base, const LeverBreakdown& b) {
  std::vector<std::size_t> goals;
  for (const GoalOutcome& g : base.goals) goals.push_back(g.role);
  json alone = json::array();
  for (const LeverEffect& e : b.alone) alone.push_back(lever_json(graph, goals, e));
  json interaction = json::array();
  for (std::size_t g = 0; g < goals.size(); ++g) {
    interaction.push_back({{"role", graph.role(goals[g]).id}, {"headcount", b.interaction[g]}});
  }
  return {{"at_years", base.times.back()},
          {"alone", std::move(alone)},
          {"together", lever_json(graph, goals, b.together)},
          {"interaction", std::move(interaction)}};
}

json flows_json(const RoleGraph& graph, const SimulationSummary& s) {
  json moves = json::array();
  for (const MoveFlow& m : s.moves) {
    for (std::size_t i = 0; i < m.by_interval.size(); ++i) {
      if (m.by_interval[i].mean <= 0.0) continue;  // one record per pair and period that saw a move
      moves.push_back({{"from", graph.role(m.from).id},
                       {"to", graph.role(m.to).id},
                       {"kind", std::string(to_string(m.kind))},
                       {"from_years", s.times[i]},
                       {"to_years", s.times[i + 1]},
                       {"count", estimate_json(m.by_interval[i])}});
    }
  }
  json roles = json::array();
  for (std::size_t r = 0; r < s.roles.size(); ++r) {
    const RoleFlows& f = s.roles[r];
    roles.push_back({{"role", graph.role(r).id},
                     {"hires", estimates_json(f.hires)},
                     {"leavers", estimates_json(f.leavers)},
                     {"blocked", estimates_json(f.blocked)},
                     {"vacancies", estimates_json(f.vacancies)},
                     {"fills", f.fills},
                     {"time_to_fill", optional_json(f.time_to_fill)}});
  }
  return {{"moves", std::move(moves)}, {"roles", std::move(roles)}};
}

json differences_json(const RoleGraph& graph, const SimulationSummary& base, const SimulationDifference& d) {
  json goals = json::array();
  for (std::size_t g = 0; g < d.goal_reached.size(); ++g) {
    goals.push_back({{"role", graph.role(base.goals[g].role).id},
                     {"reached_by_time", estimates_json(d.goal_reached[g])},
                     {"arrivals", estimates_json(d.goal_arrivals[g])}});
  }
  return {{"headcount", by_role_json(graph, d.headcount, estimate_json)},
          {"active", estimates_json(d.active)},
          {"left", estimates_json(d.left)},
          {"leavers", estimates_json(d.leavers)},
          {"hires", estimates_json(d.hires)},
          {"goals", std::move(goals)},
          {"training_cost", estimate_json(d.training_cost)},
          {"cost_per_additional", cost_per_additional_json(graph, d.cost_per_additional)}};
}

}  // namespace

json estimate_json(const Estimate& e) {
  json out = {{"mean", e.mean}, {"low", e.low}, {"high", e.high}};
  if (e.range) out["range"] = {{"low", e.range->low}, {"high", e.range->high}};
  return out;
}

std::string interval_note(double rate_uncertainty) {
  if (rate_uncertainty <= 0.0) {
    return "95% confidence intervals of the mean over runs: sampling error only; the move rates and attrition are taken as known";
  }
  return "low/high: 95% confidence intervals of the mean over runs (sampling error); range: 95% interval of the "
         "expected result when the move rates and attrition are only known within a factor " +
         format_number(1.0 + rate_uncertainty) +
         " (20 log-normal draws of the rates, each shared by a group of runs; the spread of the group means plus "
         "sampling error, so on the wide side)";
}

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
  if (!s.extends.empty()) out["extends"] = s.extends;
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
                     {"arrivals",
                      {{"incumbents", g.incumbents},
                       {"eligible", g.arrival_eligible},
                       {"by_time", estimates_json(g.arrivals)}}},
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
    top.push_back({{"roles", std::move(roles)},
                   {"truncated", t.truncated},
                   {"left", t.left},
                   {"count", t.count},
                   {"share", t.share}});
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
              {"training_cost", estimate_json(s.training_cost)},
              {"flows", flows_json(graph, s)},
              {"intervals", {{"rate_uncertainty", s.rate_uncertainty}, {"meaning", interval_note(s.rate_uncertainty)}}}};
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
  json out = {{"graph", graph.name()},
          {"scenario", scenario_json(graph, base)},
          {"results", summary_json(graph, c.base)},
          {"other", {{"scenario", scenario_json(graph, other)}, {"results", summary_json(graph, c.other)}}},
          {"difference", differences_json(graph, c.base, c.difference)}};
  if (c.levers) out["levers"] = levers_json(graph, c.base, *c.levers);
  return out;
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

}  // namespace careerpath::report
