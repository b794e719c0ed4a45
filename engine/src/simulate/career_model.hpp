// What the simulator precomputes once per scenario, so that the per-step
// loop does no lookups: per-role arrays of outgoing moves with their hazards,
// attrition hazards, skill growth targets and rates, and the dated schedule
// of interventions and hires in steps.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"

namespace careerpath::detail {

// Probabilities per year are capped just below 1 so that hazards stay finite
// (a rate of 1 becomes a hazard of about 20.7 per year: certain within a month).
inline constexpr double kMaxAnnualProbability = 1.0 - 1e-9;

// Hazard per year of an event that happens with probability `rate` within a
// year when nothing competes with it: -ln(1 - rate).
[[nodiscard]] double annual_hazard(double rate) noexcept;

struct Move {
  std::uint32_t to = 0;
  std::uint32_t transition = 0;  // in the graph
  double hazard = 0.0;     // per year, for a fully qualified person
  double min_years = 0.0;  // in the current role before the move is possible
};

// Where the time-to-goal and leaver counts go: the report times in steps.
struct ReportGrid {
  std::vector<double> times{};        // years
  std::vector<std::size_t> steps{};   // step whose start is each time
};

struct ScheduledChange {
  std::size_t step = 0;
  std::uint32_t intervention = 0;
  bool starts = true;  // false: the intervention ends at this step
};

struct ScheduledArrival {
  std::size_t step = 0;
  std::uint32_t plan = 0;  // index into Dynamics::hiring
};

struct CareerModel {
  const RoleGraph* graph = nullptr;
  const Scenario* scenario = nullptr;
  double dt = 1.0 / 12.0;  // years per step
  std::size_t steps = 0;
  ReportGrid grid{};
  std::vector<std::size_t> move_begin{};  // moves of role r: moves[move_begin[r] .. move_begin[r + 1])
  std::vector<Move> moves{};
  std::vector<double> attrition_hazard{};  // per role, per year
  RoleMatrix growth_target{};              // role x skill: where skills grow to in the role
  RoleMatrix growth_per_step{};            // role x skill: growth exponent per step at learning rate 1
  double fit_exponent = 2.0;
  bool skill_effects = true;
  bool record_skills = false;  // the population is one person
  std::vector<std::size_t> goals{};                     // goal roles
  std::vector<std::vector<std::uint32_t>> person_goals{};  // per initial person: indices into goals
  std::vector<std::size_t> eligible{};                  // per goal: initial people who have it
  std::vector<std::size_t> training_steps{};            // per intervention: steps a training lasts
  std::vector<ScheduledChange> schedule{};              // by step, then file order
  std::vector<ScheduledArrival> arrivals{};             // by step, then plan order (fixed per year plans)
  std::vector<std::vector<std::uint32_t>> backfill_plans{};  // per role: backfill plans
  std::vector<std::uint32_t> target_plans{};            // target headcount plans
  std::vector<std::size_t> fill_steps{};                // per plan: steps from a vacancy to the hire
  std::vector<std::size_t> arrival_eligible{};          // per goal: eligible people not in the role at the start
  std::vector<std::size_t> incumbents{};                // per goal: eligible people in the role at the start
  double rate_sigma = 0.0;  // log-scale standard deviation of the per-replicate rate factors
  std::size_t runs_per_draw = 1;  // runs sharing one draw of the rates (input uncertainty)
  std::vector<std::vector<std::uint32_t>> named_people{};  // per intervention: people selected by id

  [[nodiscard]] std::size_t role_count() const noexcept { return attrition_hazard.size(); }
  [[nodiscard]] std::size_t initial_people() const noexcept;
  // The people a run starts with room for (initial plus every scheduled
  // hire); backfill and target hires grow it.
  [[nodiscard]] std::size_t expected_people() const noexcept { return initial_people() + arrivals.size(); }
  [[nodiscard]] bool dynamic_hiring() const noexcept { return !target_plans.empty() || has_backfill; }
  bool has_backfill = false;
};

[[nodiscard]] CareerModel build_career_model(const RoleGraph& graph, const Scenario& scenario);

}  // namespace careerpath::detail
