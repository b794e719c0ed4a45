#include "careerpath/advise/skill_payoff.hpp"

#include <algorithm>

#include "careerpath/advise/scorer.hpp"

namespace careerpath {

Result<std::vector<SkillPayoff>> skill_payoffs(const RoleGraph& graph, const Profile& person, std::size_t target,
                                               const PathOptions& options) {
  PathOptions best_only = options;
  best_only.k = 1;
  auto planned = plan_paths(graph, person, target, best_only);
  if (!planned) return planned.error();
  const CareerPath& best = planned->front();
  // The level each skill must reach on the way: the highest any role of the
  // route asks for with some importance.
  const auto n = static_cast<Eigen::Index>(graph.skill_count());
  Eigen::VectorXd need = Eigen::VectorXd::Zero(n);
  for (const PathStep& step : best.steps) {
    const auto r = static_cast<Eigen::Index>(step.to);
    for (Eigen::Index j = 0; j < n; ++j) {
      if (graph.importance()(r, j) > 0.0) need(j) = std::max(need(j), graph.requirements()(r, j));
    }
  }
  const double fit_before = skill_fit(graph, person.skills, target);
  std::vector<SkillPayoff> out;
  for (Eigen::Index j = 0; j < n; ++j) {
    if (need(j) <= person.skills(j)) continue;
    Profile closed = person;
    closed.skills(j) = need(j);
    auto replanned = plan_paths(graph, closed, target, best_only);
    if (!replanned) continue;  // raising a skill never removes a route; kept for safety
    out.push_back({.skill = static_cast<std::size_t>(j),
                   .have = graph.skills().scale().denormalise(person.skills(j)),
                   .need = graph.skills().scale().denormalise(need(j)),
                   .fit_before = fit_before,
                   .fit_after = skill_fit(graph, closed.skills, target),
                   .years_before = best.years.median,
                   .years_after = replanned->front().years.median});
  }
  std::stable_sort(out.begin(), out.end(), [](const SkillPayoff& a, const SkillPayoff& b) {
    const double saved_a = a.years_before - a.years_after;
    const double saved_b = b.years_before - b.years_after;
    if (saved_a != saved_b) return saved_a > saved_b;
    return a.fit_after - a.fit_before > b.fit_after - b.fit_before;
  });
  return out;
}

}  // namespace careerpath
