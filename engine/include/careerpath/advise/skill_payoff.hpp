// What each skill buys: for a target role, every skill the best route asks
// for that the person lacks, with what closing it would do to their fit to
// the target and to the median time of their best route (re-planned with the
// skill raised), ranked by time saved.
#pragma once

#include <cstddef>
#include <vector>

#include "careerpath/advise/paths.hpp"
#include "careerpath/util/error.hpp"

namespace careerpath {

struct SkillPayoff {
  std::size_t skill = 0;
  double have = 0.0;          // on the graph's scale
  double need = 0.0;          // the highest level a role on the best route asks for
  double fit_before = 0.0;    // fit to the target
  double fit_after = 0.0;
  double years_before = 0.0;  // median of the best route, if pursued
  double years_after = 0.0;   // median of the best route with the skill at `need`
};

// Most years saved first, then most fit gained, then skill id order. An Error
// when there is no route to the target (the same as plan_paths').
[[nodiscard]] Result<std::vector<SkillPayoff>> skill_payoffs(const RoleGraph& graph, const Profile& person,
                                                             std::size_t target, const PathOptions& options = {});

}  // namespace careerpath
