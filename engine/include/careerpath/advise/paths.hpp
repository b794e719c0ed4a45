// Routes from a person's current role to a target: the best one and the
// k-1 next best loopless ones (Yen's algorithm over Boost.Graph's Dijkstra).
//
// The cost of a move is its expected time in years for this person:
//
//   cost = max(wait, learn) + 1 / hazard
//   wait   = years still to serve before the move is usual (min_years less
//            the years already in the role; the full min_years after a move)
//   learn  = years to close the step's skill gap at the person's pace:
//            importance-weighted mean shortfall (in levels) of the
//            destination against what the person will know by then (their
//            own skills, raised to the requirements of the role they leave),
//            divided by levels_per_year x learning_rate
//   hazard = -ln(1 - rate), the yearly hazard of the move once ready, so
//            1 / hazard is the expected wait for it to happen
//
// so a route's cost is the expected years to reach the target. Every part is
// reported per step. Because the skill term only looks at the role being left
// and the destination, edge costs do not depend on the route taken, and
// Dijkstra and Yen stay exact.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "careerpath/util/error.hpp"
#include "careerpath/advise/gap.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

struct PathOptions {
  std::size_t k = 3;                     // routes wanted (best + k-1 alternatives)
  std::optional<std::size_t> max_steps{};  // moves per route
  std::vector<std::size_t> avoid{};      // roles never passed through (added to the person's)
  std::optional<StepBack> step_back{};     // default: the person's preference
  double levels_per_year = 1.0;          // skill growth pace at learning_rate 1
  std::size_t skills_per_step = 3;       // skills to build reported per step
};

struct PathStep {
  std::size_t transition = 0;
  std::size_t from = 0;
  std::size_t to = 0;
  MoveKind kind = MoveKind::kLateral;
  double rate = 0.0;
  double wait_years = 0.0;
  double learn_years = 0.0;
  double expected_years = 0.0;  // the step's cost
  double typical_years = 0.0;   // the move's min_years as the graph states it
  std::vector<SkillGap> skills_to_build{};  // against skills raised by earlier steps
};

struct CareerPath {
  std::vector<PathStep> steps{};
  double total_years = 0.0;  // sum of the steps' expected years
};

// The cost (expected years) of every transition for this person, in
// transition order; infinity for moves the options rule out (step backs when
// forbidden, moves with rate 0). Roles to avoid are not reflected here.
[[nodiscard]] std::vector<double> move_costs(const RoleGraph& graph, const Profile& person, const PathOptions& options = {});

// Routes in increasing total_years (ties: fewer steps, then role ids). An
// Error explains an impossible request: the target is the current role, is
// avoided, or cannot be reached under the constraints.
[[nodiscard]] Result<std::vector<CareerPath>> plan_paths(const RoleGraph& graph, const Profile& person, std::size_t target,
                                                         const PathOptions& options = {});

}  // namespace careerpath
