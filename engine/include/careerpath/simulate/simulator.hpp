// Seeded Monte Carlo careers over a role graph (see docs/simulate.md).
//
// Each run simulates the scenario's population step by step: skills grow
// towards what the current role exercises; every usual move out of the role
// competes with attrition as a hazard (rates are per year; the simulator
// converts them to hazards so that competing moves stay exact for any step
// length), gated by minimum years in role and scaled by skill fit; hires
// arrive; dated interventions apply. Results are aggregated while simulating,
// so memory does not grow with the number of runs, and they are
// byte-identical for any thread count: every person has their own random
// stream derived from (seed, run, person), and per-chunk aggregates are
// merged in chunk order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"

namespace careerpath {

// With input uncertainty (rate_uncertainty > 0): a 95% interval for the
// expected result that allows for not knowing the rates: the runs fall in
// groups that share one draw of the rates, and the range is the group
// means' mean +- 1.96 times their spread (plus sampling error), a normal
// approximation that errs on the wide side (simulator.cpp).
struct Range {
  double low = 0.0;
  double high = 0.0;
};

// A mean over runs and its 95% confidence interval: how well the runs pin
// the mean down. For a share of runs (every run counted 0 or 1, no input
// uncertainty) the Wilson score interval, which stays inside [0, 1];
// otherwise the normal approximation, mean +- 1.96 standard errors.
struct Estimate {
  double mean = 0.0;
  double low = 0.0;
  double high = 0.0;
  std::optional<Range> range{};  // only when the scenario draws its rates (rate_uncertainty > 0)
};

struct GoalOutcome {
  std::size_t role = 0;
  std::size_t eligible = 0;  // people per run who have this goal (initial population)
  // Per report time: the share of eligible people who have held the role by then.
  std::vector<Estimate> reached_by_time{};
  // Time to goal percentiles over all eligible people, in years; empty when
  // fewer than that share reached the goal within the horizon.
  std::optional<double> p10{};
  std::optional<double> p50{};
  std::optional<double> p90{};
  // Mean years to the goal among those who reached it within the horizon.
  std::optional<double> mean_years_if_reached{};
  // Incumbents: eligible people in the role at the start. Arrivals: the
  // others (arrival_eligible of them) who have held it by each report time,
  // counted per run.
  std::size_t incumbents = 0;
  std::size_t arrival_eligible = 0;
  std::vector<Estimate> arrivals{};
};

// Moves from one role to another per interval between report times, per run.
struct MoveFlow {
  std::size_t from = 0;
  std::size_t to = 0;
  MoveKind kind = MoveKind::kPromotion;
  std::vector<Estimate> by_interval{};
};

// One role's exchanges with the outside and its open seats. Per run.
struct RoleFlows {
  std::vector<Estimate> hires{};    // per interval
  std::vector<Estimate> leavers{};  // per interval: left the organisation from this role
  // Per interval: moves into the role that could not happen because it was
  // full (at capacity) or frozen: where a capacity or a freeze binds.
  std::vector<Estimate> blocked{};
  // Per report time: open vacancies (empty seats of a capped role, or hires
  // under way for a backfill or target policy).
  std::vector<Estimate> vacancies{};
  // Mean years from a vacancy opening to its filling, over every vacancy
  // filled in all runs; empty when none was.
  std::optional<double> time_to_fill{};
  double fills = 0.0;  // vacancies filled per run
};

struct TrajectoryCount {
  std::vector<std::size_t> roles{};  // the roles held, in order, starting with the first
  bool truncated = false;            // more moves followed than the key keeps
  bool left = false;                 // the career ended by leaving the organisation
  std::uint64_t count = 0;
  double share = 0.0;                // of all simulated careers
};

struct SimulationSummary {
  std::vector<double> times{};  // report times in years (0, 1, ..., horizon)
  std::size_t runs = 0;
  std::size_t people = 0;       // initial population of one run
  // [time][role]: people in the role per run (for one person: the share of runs).
  std::vector<std::vector<Estimate>> headcount{};
  std::vector<Estimate> active{};   // per time: people in the organisation per run
  std::vector<Estimate> left{};     // per time: people who left so far, per run
  std::vector<Estimate> leavers{};  // per interval between report times
  std::vector<Estimate> hires{};    // per interval between report times
  std::vector<GoalOutcome> goals{};
  std::vector<TrajectoryCount> trajectories{};  // most common first, ties by roles
  std::uint64_t careers = 0;                     // careers behind the trajectory counts
  bool trajectories_exact = true;                // false when rare ones were pruned to bound memory
  // [time][skill], normalised levels: the mean skill vector when the
  // population is one person; empty otherwise.
  RoleMatrix mean_skills{};
  Estimate training_cost{};  // per run: training and mentoring costs
  std::vector<MoveFlow> moves{};  // every usual move of the graph, in graph order
  std::vector<RoleFlows> roles{};  // per role
  double rate_uncertainty = 0.0;   // the scenario's; > 0: estimates carry a Range
};

// Training and mentoring cost per additional person in a role at the horizon:
// mean cost difference / mean headcount difference, with a delta-method 95%
// interval from the paired runs. Empty when the headcount difference is not
// clearly above zero (its interval reaches 0) or the ratio's interval
// reaches 0, where the ratio means nothing.
struct CostPerAdditional {
  std::size_t role = 0;
  std::optional<Estimate> value{};
};

// Paired differences "other - base", run by run on the same random streams.
struct SimulationDifference {
  std::vector<std::vector<Estimate>> headcount{};  // [time][role]
  std::vector<Estimate> active{};
  std::vector<Estimate> left{};
  std::vector<Estimate> leavers{};
  std::vector<Estimate> hires{};
  std::vector<std::vector<Estimate>> goal_reached{};  // [goal][time]
  std::vector<std::vector<Estimate>> goal_arrivals{};  // [goal][time]
  Estimate training_cost{};
  std::vector<CostPerAdditional> cost_per_additional{};  // per goal
};

// What each added intervention ("lever") does alone and what they do
// together, on the same random streams: effects on the headcount of each
// goal role at the horizon. With additive effects the parts sum to the
// bundle; `interaction` is the rest.
struct LeverEffect {
  std::string name{};
  std::vector<Estimate> headcount{};  // per goal: difference from the base
  Estimate cost{};                    // difference in training and mentoring cost per run
};

struct LeverBreakdown {
  std::vector<LeverEffect> alone{};  // one per lever, in the other scenario's order
  LeverEffect together{};
  std::vector<double> interaction{};  // per goal: together - sum of alone (means)
};

struct Comparison {
  SimulationSummary base{};
  SimulationSummary other{};
  SimulationDifference difference{};
  std::optional<LeverBreakdown> levers{};
};

enum class Levers { kTogether, kBreakDown };

struct SimulationOptions {
  std::size_t threads = 1;
  std::size_t top_trajectories = 10;
  // For a comparison: also run each intervention the other scenario adds
  // to the base alone (one more scenario each, on the same streams).
  Levers levers = Levers::kTogether;
  // Called now and then with (runs finished, runs in all); from any thread,
  // never concurrently.
  std::function<void(std::size_t, std::size_t)> progress{};
};

[[nodiscard]] SimulationSummary simulate(const RoleGraph& graph, const Scenario& scenario,
                                         const SimulationOptions& options = {});

// Runs both scenarios with the base scenario's seed and runs on the same
// random streams (common random numbers), so that differences reflect the
// scenarios, not the noise. They must share the horizon, the step and goals.
// The levers are the other scenario's interventions that the base does not
// have (an equal intervention in both is not a lever).
[[nodiscard]] Result<Comparison> simulate_comparison(const RoleGraph& graph, const Scenario& base,
                                                     const Scenario& other, const SimulationOptions& options = {});

}  // namespace careerpath
