// Recommendations for a block of people at once, identical to what
// Recommender::recommend gives each of them alone.
//
// The block's skill fits come from the float FitKernel (one blocked
// matrix-like pass over all roles); each person's other score components are
// added as vectors from the Recommender's RoleOutlook; top_k_candidates keeps
// the k best roles plus any within the float error margin; only those few are
// re-scored in double with the scorer's own formula and ranked with the
// recommender's own order. So the output equals `recommend` exactly (same
// roles, same order, same numbers to the last bit), at a fraction of the cost.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "careerpath/batch/fit_kernel.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/advise/recommender.hpp"

namespace careerpath {

class BatchScorer {
 public:
  // Per-thread buffers, sized on first use and reused for every block.
  struct Workspace {
    FloatRows skills{};
    FloatRows fit{};
    Eigen::VectorXf score{};
    RoleOutlook outlook{};
    std::vector<std::uint32_t> candidates{};
    std::vector<float> heap{};
    std::vector<Recommendation> ranked{};
  };

  // `recommender` must outlive the scorer.
  BatchScorer(const Recommender& recommender, RecommendOptions options, KernelIsa isa = KernelIsa::kAuto);

  // results[i] = recommend(people[i]); `results` is resized to people.size().
  // Safe to call from many threads, each with its own workspace.
  void score(std::span<const Profile> people, std::vector<std::vector<Recommendation>>& results,
             Workspace& workspace) const;

  // How far a float score may be below the k-th best and still be re-scored.
  [[nodiscard]] float margin() const noexcept { return margin_; }
  [[nodiscard]] const RecommendOptions& options() const noexcept { return options_; }
  [[nodiscard]] const Recommender& recommender() const noexcept { return *recommender_; }
  [[nodiscard]] const FitKernel& kernel() const noexcept { return kernel_; }

 private:
  void rank_one(const Profile& person, Eigen::Index row, std::vector<Recommendation>& result, Workspace& ws) const;

  const Recommender* recommender_;
  RecommendOptions options_;
  ScoreWeights weights_;
  FitKernel kernel_;
  float margin_ = 0.0f;
};

}  // namespace careerpath
