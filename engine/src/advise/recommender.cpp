#include "careerpath/advise/recommender.hpp"

#include <algorithm>
#include <cmath>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>

#include "careerpath/advise/scorer.hpp"

namespace careerpath {
namespace {

// Chance that a qualified person makes a move with yearly probability `rate`
// within `window` years.
double chance_within(double rate, double window) {
  if (window <= 0.0 || rate <= 0.0) return 0.0;
  if (rate >= 1.0) return 1.0;
  return 1.0 - std::pow(1.0 - rate, window);
}

ScoreComponents weighted(const ScoreComponents& c, const ScoreWeights& w) {
  return {.fit = w.fit * c.fit,
          .move = w.move * c.move,
          .goal = w.goal * c.goal,
          .preference = w.preference * c.preference,
          .seniority = w.seniority * c.seniority};
}

double sum(const ScoreComponents& c) { return c.fit + c.move + c.goal + c.preference + c.seniority; }

}  // namespace

Recommender::Recommender(const RoleGraph& graph)
    : graph_(&graph), typical_fit_(graph.role_count()), hops_to_(graph.role_count()) {
  levels_.resize(static_cast<Eigen::Index>(graph.role_count()));
  for (std::size_t r = 0; r < graph.role_count(); ++r) levels_(static_cast<Eigen::Index>(r)) = graph.role(r).level;
}

const std::vector<int>& Recommender::hops_to(std::size_t goal) const {
  std::lock_guard lock(hops_mutex_);
  auto& slot = hops_to_[goal];
  if (!slot) {
    // Breadth-first search on the reversed graph gives every role's fewest
    // moves to the goal.
    const auto reversed = boost::make_reverse_graph(graph_->graph());
    std::vector<int> hops(graph_->role_count(), -1);
    hops[goal] = 0;
    boost::breadth_first_search(
        reversed, goal,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(hops.data(), boost::on_tree_edge()))));
    slot = std::make_unique<std::vector<int>>(std::move(hops));
  }
  return *slot;
}

const Eigen::VectorXd& Recommender::typical_fit(std::size_t role) const {
  std::lock_guard lock(typical_fit_mutex_);
  auto& slot = typical_fit_[role];
  if (!slot) {
    const Eigen::VectorXd typical = graph_->requirements().row(static_cast<Eigen::Index>(role)).transpose();
    slot = std::make_unique<Eigen::VectorXd>(skill_fit(*graph_, typical));
  }
  return *slot;
}

std::vector<Recommendation> Recommender::recommend(const Profile& person, const RecommendOptions& options) const {
  return recommend_from_fit(person, skill_fit(*graph_, person.skills), options);
}

void Recommender::outlook(const Profile& person, const RecommendOptions& options, RoleOutlook& out) const {
  const RoleGraph& g = *graph_;
  const std::size_t n = g.role_count();
  const auto rows = static_cast<Eigen::Index>(n);
  const Role& current = g.role(person.current_role);
  out.current_role = person.current_role;

  // The usual move into each role from the current one; when the graph lists
  // two moves to one role the later one counts.
  out.moves.clear();
  out.move.setZero(rows);
  for (std::size_t t : g.moves_from(person.current_role)) {
    const Transition& tr = g.transition(t);
    const double wait = std::max(0.0, tr.min_years - person.years_in_role);
    out.moves.push_back({.role = tr.to, .transition = t, .years_until_usual = wait});
    out.move(static_cast<Eigen::Index>(tr.to)) = chance_within(tr.rate, options.horizon_years - wait);
  }

  out.eligible.assign(n, 1);
  out.eligible[person.current_role] = 0;
  for (std::size_t r : person.preferences.avoid) out.eligible[r] = 0;
  if (person.preferences.step_back == StepBack::kForbidden) {
    for (std::size_t r = 0; r < n; ++r) {
      if (levels_(static_cast<Eigen::Index>(r)) < current.level) out.eligible[r] = 0;
    }
  }
  if (options.direct_moves_only) {
    std::vector<unsigned char> direct(n, 0);
    for (const RoleOutlook::UsualMove& m : out.moves) direct[m.role] = 1;
    for (std::size_t r = 0; r < n; ++r) out.eligible[r] = out.eligible[r] && direct[r];
  }

  // A goal scores 1; a role d moves from a goal that is closer to it than the
  // current role is scores 1 / (1 + d); the best goal counts.
  out.goal.setZero(rows);
  out.is_goal.assign(n, 0);
  for (std::size_t goal_role : person.goals) {
    const std::vector<int>& hops = hops_to(goal_role);
    for (std::size_t r = 0; r < n; ++r) {
      double goal = 0.0;
      if (goal_role == r) {
        goal = 1.0;
        out.is_goal[r] = 1;
      } else if (hops[r] > 0 && (hops[person.current_role] < 0 || hops[r] < hops[person.current_role])) {
        goal = 1.0 / (1.0 + hops[r]);
      }
      double& best = out.goal(static_cast<Eigen::Index>(r));
      best = std::max(best, goal);
    }
  }

  out.preference.setZero(rows);
  const std::vector<double>& track_weight = person.preferences.track_weight;
  if (std::any_of(track_weight.begin(), track_weight.end(), [](double w) { return w != 0.0 || std::signbit(w); })) {
    for (std::size_t r = 0; r < n; ++r) {
      if (g.role(r).track < track_weight.size()) out.preference(static_cast<Eigen::Index>(r)) = track_weight[g.role(r).track];
    }
  }
  if (options.weights.value_or(g.scoring()).fit_relative_to_role) {
    out.fit_baseline = typical_fit(person.current_role);
  } else {
    out.fit_baseline.setZero(rows);
  }
  // Level change / 2 (exact for whole levels), clamped to [-1, 1].
  out.seniority = ((levels_.array() - current.level) / 2.0).cwiseMax(-1.0).cwiseMin(1.0).matrix();
}

Recommendation Recommender::recommendation(const RoleOutlook& outlook, std::size_t role, double fit,
                                           const ScoreWeights& weights) const {
  const auto r = static_cast<Eigen::Index>(role);
  Recommendation rec;
  rec.role = role;
  rec.level_change = graph_->role(role).level - graph_->role(outlook.current_role).level;
  for (const RoleOutlook::UsualMove& m : outlook.moves) {
    if (m.role != role) continue;
    rec.transition = m.transition;
    rec.years_until_usual = m.years_until_usual;
  }
  rec.is_goal = outlook.is_goal[role] != 0;
  rec.components = {.fit = fit,
                    .move = outlook.move(r),
                    .goal = outlook.goal(r),
                    .preference = outlook.preference(r),
                    .seniority = outlook.seniority(r)};
  rec.contributions = weighted(rec.components, weights);
  rec.contributions.fit = weights.fit * (fit - outlook.fit_baseline(r));
  rec.score = sum(rec.contributions);
  return rec;
}

bool Recommender::ranks_before(const Recommendation& a, const Recommendation& b) const {
  if (a.score != b.score) return a.score > b.score;
  return graph_->role(a.role).id < graph_->role(b.role).id;
}

std::vector<Recommendation> Recommender::recommend_from_fit(const Profile& person,
                                                            const Eigen::Ref<const Eigen::VectorXd>& fit,
                                                            const RecommendOptions& options) const {
  const RoleGraph& g = *graph_;
  const ScoreWeights weights = options.weights.value_or(g.scoring());
  RoleOutlook view;
  outlook(person, options, view);

  std::vector<Recommendation> ranked;
  ranked.reserve(g.role_count());
  for (std::size_t r = 0; r < g.role_count(); ++r) {
    if (view.eligible[r]) ranked.push_back(recommendation(view, r, fit(static_cast<Eigen::Index>(r)), weights));
  }

  const std::size_t keep = std::min(options.top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
                    [&](const Recommendation& a, const Recommendation& b) { return ranks_before(a, b); });
  ranked.resize(keep);
  for (Recommendation& rec : ranked) rec.top_gaps = top_gaps(g, person.skills, rec.role, options.gaps_per_role);
  return ranked;
}

std::vector<Recommendation> recommend(const RoleGraph& graph, const Profile& person, const RecommendOptions& options) {
  return Recommender(graph).recommend(person, options);
}

}  // namespace careerpath
