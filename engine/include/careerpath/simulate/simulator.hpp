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
#include <vector>

#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"

namespace careerpath {

// A mean over runs and its 95% confidence interval (normal approximation,
// mean +- 1.96 standard errors).
struct Estimate {
  double mean = 0.0;
  double low = 0.0;
  double high = 0.0;
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
};

struct TrajectoryCount {
  std::vector<std::size_t> roles{};  // the roles held, in order, starting with the first
  bool truncated = false;            // more moves followed than the key keeps
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
};

// Paired differences "other - base", run by run on the same random streams.
struct SimulationDifference {
  std::vector<std::vector<Estimate>> headcount{};  // [time][role]
  std::vector<Estimate> active{};
  std::vector<Estimate> left{};
  std::vector<Estimate> leavers{};
  std::vector<Estimate> hires{};
  std::vector<std::vector<Estimate>> goal_reached{};  // [goal][time]
  Estimate training_cost{};
};

struct Comparison {
  SimulationSummary base{};
  SimulationSummary other{};
  SimulationDifference difference{};
};

struct SimulationOptions {
  std::size_t threads = 1;
  std::size_t top_trajectories = 10;
  // Called now and then with (runs finished, runs in all); from any thread,
  // never concurrently.
  std::function<void(std::size_t, std::size_t)> progress{};
};

[[nodiscard]] SimulationSummary simulate(const RoleGraph& graph, const Scenario& scenario,
                                         const SimulationOptions& options = {});

// Runs both scenarios with the base scenario's seed and runs on the same
// random streams (common random numbers), so that differences reflect the
// scenarios, not the noise. They must share the horizon, the step and goals.
[[nodiscard]] Result<Comparison> simulate_comparison(const RoleGraph& graph, const Scenario& base,
                                                     const Scenario& other, const SimulationOptions& options = {});

}  // namespace careerpath
