// How long a move takes for a person who goes for it, as a distribution.
//
// A move's `rate` in the graph is a population base rate: how often people
// qualified for the move make it in a year, most of them without trying. It
// is not the waiting time of someone who pursues the move. For a person who
// pursues a move from role A to role B the time is
//
//   T = max(W, L) + R
//
//   W  the minimum time still to serve in A (the move's min_years less the
//      years already served; the full min_years after an earlier step) —
//      certain: promotions and transfers are not granted earlier
//   L  the time to close the skill gap to B at the person's learning rate,
//      learnt while serving W (what A's work teaches plus deliberate study):
//      lognormal, median  max(depth, breadth) / learning_rate  where
//        depth   = largest importance x shortfall of one skill (levels)
//                  / pace, the pace being work_levels_per_year for a skill
//                  role A exercises (importance >= practised_importance:
//                  the job teaches it) and study_levels_per_year for one
//                  it does not (learnt by deliberate study and side work)
//        breadth = (1 - fit to B) x years_to_learn_a_role (learning all of
//                  a role's weighted requirements from nothing)
//      and spread learning_spread (people learn at different paces)
//   R  the time to land the move once ready: the next promotion cycle, an
//      opening on another team, a job search for a new profession.
//      Lognormal, median landing[kind] x competition, spread landing_spread;
//      competition = sqrt(reference_rate[kind] / rate) clamped to
//      [0.5, 3]: a move that few qualified people make (a low rate) has few
//      openings and more candidates per opening, so it takes longer to land.
//
// W, L and R of one step, and the steps of a route, are independent. A
// route's time is the sum of its steps': the certain part (the W's) adds
// exactly; the uncertain excess (T - W per step) is summed by matching the
// mean and variance of the sum with a lognormal (Fenton-Wilkinson), which is
// exact in its first two moments and close in its percentiles for the
// right-skewed sums met here. Percentiles are never added.
//
// Parameters and their calibration against the ladders the graphs cite and
// practitioner guidance: docs/time-model.md (held by a test).
#pragma once

#include <array>
#include <cstddef>
#include <span>

#include <Eigen/Core>

#include "careerpath/model/role_graph.hpp"

namespace careerpath {

struct TimeModelParameters {
  double work_levels_per_year = 1.5;    // one skill the current role exercises, at learning rate 1
  double study_levels_per_year = 1.0;   // one skill it does not exercise
  double practised_importance = 0.5;    // importance in the current role from which a skill counts as exercised
  double years_to_learn_a_role = 3.0;   // a role's whole weighted requirement from nothing
  double learning_spread = 0.4;         // lognormal sigma of L
  // Median years to land a move once ready, by kind (promotion, lateral,
  // switch, step back) and the base rate at which competition is neutral.
  std::array<double, 4> landing{0.35, 0.5, 0.8, 0.4};
  std::array<double, 4> reference_rate{0.30, 0.06, 0.05, 0.03};
  double landing_spread = 0.6;          // lognormal sigma of R
  double competition_min = 0.5;
  double competition_max = 3.0;
};

// The 10th percentile, median and 90th percentile of a time in years.
struct YearsRange {
  double p10 = 0.0;
  double median = 0.0;
  double p90 = 0.0;
};

// One step's time for one person. Everything needed to compose routes and to
// draw the step's time in a simulation.
struct StepTime {
  double wait_years = 0.0;   // W: certain
  double learn_years = 0.0;  // median of L
  double land_years = 0.0;   // median of R
  double mean_years = 0.0;   // E[T]: additive along a route (the route search's weight)
  double excess_mean = 0.0;  // E[T - W]
  double excess_variance = 0.0;
  YearsRange years{};        // of the step alone
};

// A route's time: the sum of its steps'.
struct RouteTime {
  double certain_years = 0.0;  // sum of W
  double mean_years = 0.0;
  double excess_mean = 0.0;
  double excess_variance = 0.0;
  YearsRange years{};

  void add(const StepTime& step);
  // P(the route takes at most `years`) under the composed distribution.
  [[nodiscard]] double chance_within(double years) const;
  // Recomputes `years` from the moments (after add()).
  void finish();
};

[[nodiscard]] RouteTime compose(std::span<const StepTime> steps);

class TimeModel {
 public:
  explicit TimeModel(const RoleGraph& graph, TimeModelParameters parameters = {});

  [[nodiscard]] const TimeModelParameters& parameters() const noexcept { return p_; }

  // Median years to close the gap to `role` for a person in `from` who
  // knows `have` (normalised skills, a row) and learns at `learning_rate`.
  [[nodiscard]] double learn_years(const Eigen::Ref<const Eigen::RowVectorXd>& have, std::size_t from, std::size_t role,
                                   double learning_rate) const;

  // Median years to land `tr` once ready (infinity for a rate of 0).
  [[nodiscard]] double land_years(const Transition& tr) const;

  // Only the mean of the step's time (the route search's weight; cheaper
  // than step()).
  [[nodiscard]] double mean_years(double wait_years, double learn_years, double land_years) const;

  // The step's distribution from its parts.
  [[nodiscard]] StepTime step(double wait_years, double learn_years, double land_years) const;

  // One draw of a step's time from two standard normal deviates.
  [[nodiscard]] double draw(const StepTime& step, double z_learn, double z_land) const noexcept;

 private:
  const RoleGraph* graph_;
  TimeModelParameters p_;
  Eigen::VectorXd total_importance_{};
  RoleMatrix years_per_level_{};  // role left x skill: 1 / pace of learning it there
};

// Quantile of the standard normal at 0.1 (and, negated, at 0.9).
inline constexpr double kZ10 = -1.2815515655446004;

}  // namespace careerpath
