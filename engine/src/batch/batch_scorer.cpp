#include "careerpath/batch/batch_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "batch/top_k.hpp"

namespace careerpath {
namespace {

// Float fits are within about 1e-5 of the double ones (sums of at most a few
// hundred terms in [0, 1], each rounded once, relative to their total), and
// the other components lose one float rounding each. 1e-4 per unit of weight
// is a wide margin for the 2d the candidate rule needs, and still keeps the
// candidates to a handful.
float error_margin(const ScoreWeights& w) {
  const double weight = std::abs(w.fit) + std::abs(w.move) + std::abs(w.goal) + std::abs(w.preference) +
                        std::abs(w.seniority);
  return static_cast<float>(1e-4 * (1.0 + weight));
}

// The scorer's fit of one role, computed with the very expression that
// skill_fit(graph, skills) evaluates for each row (a one-row block of it), so
// that it matches recommend's fit to the last bit; the single-role overload
// sums in another order and may differ in the last place.
double exact_fit(const RoleGraph& g, const Eigen::VectorXd& skills, std::size_t role) {
  const auto r = static_cast<Eigen::Index>(role);
  const double shortfall = ((g.requirements().middleRows(r, 1).rowwise() - skills.transpose())
                                .cwiseMax(0.0)
                                .cwiseProduct(g.importance().middleRows(r, 1)))
                               .rowwise()
                               .sum()(0);
  const double total = g.total_weighted_requirement()(r);
  return total > 0.0 ? 1.0 - shortfall / total : 1.0;
}

}  // namespace

BatchScorer::BatchScorer(const Recommender& recommender, RecommendOptions options, KernelIsa isa)
    : recommender_(&recommender),
      options_(std::move(options)),
      weights_(options_.weights.value_or(recommender.graph().scoring())),
      kernel_(recommender.graph(), isa),
      margin_(error_margin(weights_)) {}

void BatchScorer::score(std::span<const Profile> people, std::vector<std::vector<Recommendation>>& results,
                        Workspace& ws) const {
  const auto count = static_cast<Eigen::Index>(people.size());
  results.resize(people.size());
  ws.skills.resize(count, kernel_.skill_count());
  for (Eigen::Index p = 0; p < count; ++p) ws.skills.row(p) = people[static_cast<std::size_t>(p)].skills.transpose().cast<float>();
  ws.fit.resize(count, kernel_.role_count());
  kernel_.fit(ws.skills, ws.fit);
  for (Eigen::Index p = 0; p < count; ++p) rank_one(people[static_cast<std::size_t>(p)], p, results[static_cast<std::size_t>(p)], ws);
}

void BatchScorer::rank_one(const Profile& person, Eigen::Index row, std::vector<Recommendation>& result,
                           Workspace& ws) const {
  const Recommender& rec = *recommender_;
  const RoleGraph& g = rec.graph();
  RoleOutlook& view = ws.outlook;
  rec.outlook(person, options_, view);

  // Approximate scores of every role: the kernel's fit plus the other
  // components; roles that may not be recommended score -infinity.
  const Eigen::VectorXd base = weights_.move * view.move + weights_.goal * view.goal +
                               weights_.preference * view.preference + weights_.seniority * view.seniority -
                               weights_.fit * view.fit_baseline;
  ws.score = static_cast<float>(weights_.fit) * ws.fit.row(row).transpose() + base.cast<float>();
  for (std::size_t r = 0; r < view.eligible.size(); ++r) {
    if (!view.eligible[r]) ws.score(static_cast<Eigen::Index>(r)) = -std::numeric_limits<float>::infinity();
  }
  top_k_candidates({ws.score.data(), static_cast<std::size_t>(ws.score.size())}, options_.top, margin_, ws.candidates,
                   ws.heap);

  // The candidates, exactly: the scorer's double fit, the recommender's score
  // and order.
  ws.ranked.clear();
  for (const std::uint32_t r : ws.candidates) {
    ws.ranked.push_back(rec.recommendation(view, r, exact_fit(g, person.skills, r), weights_));
  }
  const std::size_t keep = std::min(options_.top, ws.ranked.size());
  std::partial_sort(ws.ranked.begin(), ws.ranked.begin() + static_cast<std::ptrdiff_t>(keep), ws.ranked.end(),
                    [&](const Recommendation& a, const Recommendation& b) { return rec.ranks_before(a, b); });
  result.assign(ws.ranked.begin(), ws.ranked.begin() + static_cast<std::ptrdiff_t>(keep));
  for (Recommendation& r : result) r.top_gaps = top_gaps(g, person.skills, r.role, options_.gaps_per_role);
}

}  // namespace careerpath
