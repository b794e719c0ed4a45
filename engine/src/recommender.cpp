#include "careerpath/recommender.hpp"

#include <algorithm>
#include <cmath>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>

#include "careerpath/scorer.hpp"

namespace careerpath {
namespace {

// Chance that a qualified person makes a move with yearly probability `rate`
// within `window` years.
double chance_within(double rate, double window) {
  if (window <= 0.0 || rate <= 0.0) return 0.0;
  if (rate >= 1.0) return 1.0;
  return 1.0 - std::pow(1.0 - rate, window);
}

bool contains(const std::vector<std::size_t>& list, std::size_t value) {
  return std::find(list.begin(), list.end(), value) != list.end();
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

Recommender::Recommender(const RoleGraph& graph) : graph_(&graph), hops_to_(graph.role_count()) {}

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

std::vector<Recommendation> Recommender::recommend(const Profile& person, const RecommendOptions& options) const {
  return recommend_from_fit(person, skill_fit(*graph_, person.skills), options);
}

std::vector<Recommendation> Recommender::recommend_from_fit(const Profile& person,
                                                            const Eigen::Ref<const Eigen::VectorXd>& fit,
                                                            const RecommendOptions& options) const {
  const RoleGraph& g = *graph_;
  const ScoreWeights weights = options.weights.value_or(g.scoring());
  const Role& current = g.role(person.current_role);

  std::vector<const std::vector<int>*> goal_hops;
  for (std::size_t goal : person.goals) goal_hops.push_back(&hops_to(goal));

  // The usual move into each role from the current one, found once.
  std::vector<std::optional<std::size_t>> move_into(g.role_count());
  for (std::size_t t : g.moves_from(person.current_role)) move_into[g.transition(t).to] = t;

  std::vector<Recommendation> ranked;
  ranked.reserve(g.role_count());
  for (std::size_t r = 0; r < g.role_count(); ++r) {
    if (r == person.current_role || contains(person.preferences.avoid, r)) continue;
    const Role& role = g.role(r);
    const int level_change = role.level - current.level;
    if (level_change < 0 && person.preferences.step_back == StepBack::kForbidden) continue;
    const std::optional<std::size_t> transition = move_into[r];
    if (options.direct_moves_only && !transition) continue;

    Recommendation rec;
    rec.role = r;
    rec.transition = transition;
    rec.level_change = level_change;
    rec.components.fit = fit(static_cast<Eigen::Index>(r));
    if (transition) {
      const Transition& t = g.transition(*transition);
      rec.years_until_usual = std::max(0.0, t.min_years - person.years_in_role);
      rec.components.move = chance_within(t.rate, options.horizon_years - rec.years_until_usual);
    }
    for (std::size_t i = 0; i < person.goals.size(); ++i) {
      const std::vector<int>& hops = *goal_hops[i];
      double goal = 0.0;
      if (person.goals[i] == r) {
        goal = 1.0;
        rec.is_goal = true;
      } else if (hops[r] > 0 && (hops[person.current_role] < 0 || hops[r] < hops[person.current_role])) {
        goal = 1.0 / (1.0 + hops[r]);
      }
      rec.components.goal = std::max(rec.components.goal, goal);
    }
    if (role.track < person.preferences.track_weight.size()) {
      rec.components.preference = person.preferences.track_weight[role.track];
    }
    rec.components.seniority = std::clamp(level_change / 2.0, -1.0, 1.0);
    rec.contributions = weighted(rec.components, weights);
    rec.score = sum(rec.contributions);
    ranked.push_back(std::move(rec));
  }

  const std::size_t keep = std::min(options.top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
                    [&](const Recommendation& a, const Recommendation& b) {
                      if (a.score != b.score) return a.score > b.score;
                      return g.role(a.role).id < g.role(b.role).id;
                    });
  ranked.resize(keep);
  for (Recommendation& rec : ranked) rec.top_gaps = top_gaps(g, person.skills, rec.role, options.gaps_per_role);
  return ranked;
}

std::vector<Recommendation> recommend(const RoleGraph& graph, const Profile& person, const RecommendOptions& options) {
  return Recommender(graph).recommend(person, options);
}

}  // namespace careerpath
