// The exact answer the Monte Carlo simulator must agree with.
//
// With skill effects off, no interventions and no capacities, a career is a
// Markov chain over (role, tenure): tenure matters only until every
// min_years gate out of the role is open, so each role contributes a short
// chain of tenure states, and "left" (attrition) is absorbing. Per step of
// length dt the chain moves exactly as the simulator does: with total hazard
// H = sum h_i + a, some event happens with probability 1 - exp(-H dt), move
// i with probability (1 - exp(-H dt)) h_i / H.
//
// From it, with Eigen:
//  - expected headcount per role at each report time, p_0 P^t (plus hires,
//    which arrive on a fixed schedule, so the recursion stays linear);
//  - P(goal reached by t), the goal's states made absorbing;
//  - the expected time to reach a goal given that it is reached at all (no
//    horizon), from the fundamental matrix N = (I - Q)^-1 of the absorbing
//    chain: b = N r (absorption probabilities) and E[T 1{reached}] = p_0 N b.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"

namespace careerpath {

struct ExactGoal {
  std::size_t role = 0;
  std::vector<double> reached_by_time{};  // share of eligible people, per report time
  std::optional<double> p10{}, p50{}, p90{};  // years, within the horizon
  std::optional<double> mean_years_if_reached{};  // within the horizon
  double ever = 0.0;                                   // probability of ever reaching it (no horizon)
  std::optional<double> expected_years_if_ever{};      // fundamental matrix; no horizon
};

struct ExactAnswer {
  std::vector<double> times{};
  std::size_t states = 0;  // (role, tenure) states of the chain
  std::vector<std::vector<double>> headcount{};  // [time][role], expected
  std::vector<double> left{};                    // per time, expected people who left so far
  std::vector<double> leavers{};                 // per interval
  std::vector<double> hires{};                   // per interval
  std::vector<ExactGoal> goals{};
};

// Fails (naming the scenario file and field) when the scenario is not a
// Markov chain: skill effects on, interventions, or capacities.
[[nodiscard]] Result<ExactAnswer> exact_answer(const RoleGraph& graph, const Scenario& scenario);

}  // namespace careerpath
