// Ranked next roles for a person, every part of the score reported.
//
//   score = w.fit * fit + w.move * move + w.goal * goal
//         + w.preference * preference + w.seniority * seniority
//
//  fit         skill fit to the role (scorer.hpp), in [0, 1]
//  move        chance of making the graph's usual move from the current role
//              within the horizon: 1 - (1 - rate)^(horizon - wait), where
//              wait = max(0, min_years - years_in_role); 0 with no such move
//  goal        1 for a goal; 1 / (1 + d) for a role d moves from a goal that
//              is closer to it than the current role is; else 0
//  preference  the person's weight for the role's track, in [-1, 1]
//  seniority   level change / 2, clamped to [-1, 1]
//
// Weights come from the graph (RoleGraph::scoring()) unless overridden. The
// current role and avoided roles are never recommended; roles below the
// current level are left out unless the person accepts a step back.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include <Eigen/Core>

#include "careerpath/advise/gap.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

struct RecommendOptions {
  std::size_t top = 5;
  std::optional<ScoreWeights> weights{};  // default: the graph's
  double horizon_years = 2.0;           // window for the move likelihood
  std::size_t gaps_per_role = 3;        // skill gaps reported per recommendation
  // Only roles reachable in one usual move (default: any role may be
  // recommended, a role with no usual move simply scores 0 on `move`).
  bool direct_moves_only = false;
};

struct ScoreComponents {
  double fit = 0.0;
  double move = 0.0;
  double goal = 0.0;
  double preference = 0.0;
  double seniority = 0.0;
};

struct Recommendation {
  std::size_t role = 0;
  double score = 0.0;
  ScoreComponents components{};     // each part's value
  ScoreComponents contributions{};  // each part's weight x value; they sum to score
  std::optional<std::size_t> transition{};  // the usual move, if there is one
  double years_until_usual = 0.0;         // before the move's min_years is reached
  int level_change = 0;
  bool is_goal = false;
  std::vector<SkillGap> top_gaps{};  // skills to build first
};

// Everything of one person's ranking except skill fit, for every role at once:
// which roles may be recommended and the other score components. Built once
// per person (Recommender::outlook); recommend_from_fit ranks from it, and
// batch scoring adds a whole block's fits to it as vectors. Reusable: filling
// it again for another person keeps its storage.
struct RoleOutlook {
  struct UsualMove {
    std::size_t role = 0;
    std::size_t transition = 0;
    double years_until_usual = 0.0;
  };
  std::size_t current_role = 0;
  std::vector<unsigned char> eligible{};  // per role: 1 when it may be recommended
  std::vector<unsigned char> is_goal{};   // per role: 1 for a goal of the person
  std::vector<UsualMove> moves{};         // the usual moves out of the current role
  Eigen::VectorXd move{};                 // per role, the score components
  Eigen::VectorXd goal{};
  Eigen::VectorXd preference{};
  Eigen::VectorXd seniority{};
  // Per role, the fit a typical holder of the current role has (its own
  // requirements as skills) when the weights score fit relative to it
  // (ScoreWeights::fit_relative_to_role); else zero.
  Eigen::VectorXd fit_baseline{};
};

// Holds what does not depend on the person (hop distances to goal roles), so
// ranking many people against one graph does no repeated graph work. Safe to
// share between threads.
class Recommender {
 public:
  explicit Recommender(const RoleGraph& graph);

  [[nodiscard]] std::vector<Recommendation> recommend(const Profile& person, const RecommendOptions& options = {}) const;
  // The same ranking from a precomputed fit row (fit of this person to every
  // role), for callers that score many people at once (batch).
  [[nodiscard]] std::vector<Recommendation> recommend_from_fit(const Profile& person,
                                                               const Eigen::Ref<const Eigen::VectorXd>& fit,
                                                               const RecommendOptions& options = {}) const;

  // The building blocks of recommend_from_fit, for callers that rank many
  // people from their own fits (batch): the person's outlook, the full
  // recommendation for one role given its fit (without skill gaps), and the
  // ranking order (higher score first, then role id).
  void outlook(const Profile& person, const RecommendOptions& options, RoleOutlook& out) const;
  [[nodiscard]] Recommendation recommendation(const RoleOutlook& outlook, std::size_t role, double fit,
                                              const ScoreWeights& weights) const;
  [[nodiscard]] bool ranks_before(const Recommendation& a, const Recommendation& b) const;

  // Fewest moves from every role to `goal` (-1 where unreachable).
  [[nodiscard]] const std::vector<int>& hops_to(std::size_t goal) const;

  [[nodiscard]] const RoleGraph& graph() const noexcept { return *graph_; }

 private:
  const RoleGraph* graph_;
  Eigen::VectorXd levels_{};  // per role, its level
  // The fit of each role's typical holder to every role, computed on first use.
  [[nodiscard]] const Eigen::VectorXd& typical_fit(std::size_t role) const;
  mutable std::mutex typical_fit_mutex_;
  mutable std::vector<std::unique_ptr<Eigen::VectorXd>> typical_fit_;
  mutable std::mutex hops_mutex_;
  mutable std::vector<std::unique_ptr<std::vector<int>>> hops_to_;
};

// Convenience for one person.
[[nodiscard]] std::vector<Recommendation> recommend(const RoleGraph& graph, const Profile& person,
                                                    const RecommendOptions& options = {});

}  // namespace careerpath
