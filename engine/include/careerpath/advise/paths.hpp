// Routes from a person's current role to a target: the best one and the
// k-1 next best loopless ones (Yen's algorithm over Boost.Graph's Dijkstra).
//
// The time of a move is that of a person who pursues it (time_model.hpp):
// the minimum time still to serve, the time to close the skill gap (learnt
// while serving it) and the time to land the move once ready, each step a
// distribution reported by its 10th percentile, median and 90th percentile.
// For a step after the first, the person is taken to know what the roles
// passed through required (their own skills raised to the role being left).
//
// The route search weighs a move by its mean time, which adds exactly along
// a route; because the skill term only looks at the role being left and the
// destination, edge weights do not depend on the route taken, and Dijkstra
// and Yen stay exact for the k routes of least mean time. Those routes are
// then ordered by their median, with ranges composed from the steps'
// distributions (never by adding percentiles).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "careerpath/util/error.hpp"
#include "careerpath/advise/gap.hpp"
#include "careerpath/advise/time_model.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

struct PathOptions {
  std::size_t k = 3;                     // routes wanted (best + k-1 alternatives)
  std::optional<std::size_t> max_steps{};  // moves per route
  std::vector<std::size_t> avoid{};      // roles never passed through (added to the person's)
  std::optional<StepBack> step_back{};     // default: the person's preference
  TimeModelParameters time{};            // the time model's parameters (docs/time-model.md)
  double career_stage_years = 15.0;      // a route whose median is longer is flagged, not advice
  std::size_t skills_per_step = 3;       // skills to build reported per step
};

struct PathStep {
  std::size_t transition = 0;
  std::size_t from = 0;
  std::size_t to = 0;
  MoveKind kind = MoveKind::kLateral;
  double rate = 0.0;
  double wait_years = 0.0;      // minimum time still to serve (certain)
  double learn_years = 0.0;     // median time to close the skill gap
  double land_years = 0.0;      // median time to land the move once ready
  double expected_years = 0.0;  // mean time of the step (the route search's weight)
  YearsRange years{};           // p10, median, p90 of the step alone
  double typical_years = 0.0;   // the move's min_years as the graph states it
  StepTime time{};              // the step's distribution, for composing
  std::vector<SkillGap> skills_to_build{};  // against skills raised by earlier steps
};

struct CareerPath {
  std::vector<PathStep> steps{};
  double total_years = 0.0;  // median years, if the person pursues this route
  double mean_years = 0.0;   // mean years (the sum of the steps' means)
  YearsRange years{};        // p10, median, p90 of the whole route
  RouteTime time{};          // the composed distribution
  bool beyond_career_stage = false;  // median over PathOptions::career_stage_years: not advice
};

// The mean years of every transition for this person, in
// transition order; infinity for moves the options rule out (step backs when
// forbidden, moves with rate 0). Roles to avoid are not reflected here.
[[nodiscard]] std::vector<double> move_costs(const RoleGraph& graph, const Profile& person, const PathOptions& options = {});

// The k routes of least mean time, in increasing median (ties: fewer steps,
// then role ids). An
// Error explains an impossible request: the target is the current role, is
// avoided, or cannot be reached under the constraints.
[[nodiscard]] Result<std::vector<CareerPath>> plan_paths(const RoleGraph& graph, const Profile& person, std::size_t target,
                                                         const PathOptions& options = {});

}  // namespace careerpath
