#include "onet/transitions.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "careerpath/util/number_format.hpp"

namespace careerpath::onet {
namespace {

constexpr double kMinRate = 0.01;
constexpr double kMaxRate = 0.15;
// Typical years of work experience behind each Job Zone (Job Zone Reference:
// 1 little or none, 2 some, 3 previous experience required, 4 several
// years, 5 more than five years).
constexpr std::array<double, 6> kZoneExperienceYears = {0.0, 0.0, 1.0, 2.0, 4.0, 5.0};


MoveKind kind_of(const Role& from, const Role& to) {
  if (to.level > from.level) return MoveKind::kPromotion;
  if (to.level < from.level) return MoveKind::kStepBack;
  return from.track == to.track ? MoveKind::kLateral : MoveKind::kSwitch;
}

double min_years_of(MoveKind kind, const Role& from, const Role& to) {
  switch (kind) {
    case MoveKind::kPromotion:
      return std::max(1.0, kZoneExperienceYears[static_cast<std::size_t>(to.level)] -
                               kZoneExperienceYears[static_cast<std::size_t>(from.level)]);
    case MoveKind::kStepBack:
      return 0.5;
    case MoveKind::kLateral:
    case MoveKind::kSwitch:
      return 1.0;
  }
  return 1.0;
}

// "similarity 0.62: activities 0.21, titles 0.15, skills 0.09"
std::string rationale_of(const WeightedSimilarity& s, Eigen::Index a, Eigen::Index b) {
  std::vector<std::pair<double, const std::string*>> parts;
  for (const BlockContribution& block : s.blocks) parts.emplace_back(block.weighted(a, b), &block.id);
  std::sort(parts.begin(), parts.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : *x.second < *y.second;
  });
  std::string text = "similarity " + format_number(std::round(s.total(a, b) * 100) / 100) + ":";
  for (std::size_t i = 0; i < std::min<std::size_t>(3, parts.size()); ++i) {
    text += (i ? ", " : " ") + *parts[i].second + " " + format_number(std::round(parts[i].first * 100) / 100);
  }
  return text;
}

}  // namespace

std::vector<Transition> derive_transitions(const std::vector<Role>& roles, const WeightedSimilarity& similarity,
                                           const TransitionRules& rules) {
  const auto n = static_cast<Eigen::Index>(roles.size());
  const std::size_t keep = std::min<std::size_t>(rules.moves_per_role, roles.size() - 1);
  // The most similar roles of each role, best first, ties by id.
  std::vector<std::vector<Eigen::Index>> nearest(roles.size());
  double lowest = INFINITY;
  double highest = -INFINITY;
  for (Eigen::Index a = 0; a < n; ++a) {
    std::vector<Eigen::Index> others;
    for (Eigen::Index b = 0; b < n; ++b) {
      if (b != a) others.push_back(b);
    }
    auto more_similar = [&](Eigen::Index x, Eigen::Index y) {
      const double sx = similarity.total(a, x);
      const double sy = similarity.total(a, y);
      return sx != sy ? sx > sy : roles[static_cast<std::size_t>(x)].id < roles[static_cast<std::size_t>(y)].id;
    };
    std::partial_sort(others.begin(), others.begin() + static_cast<std::ptrdiff_t>(keep), others.end(), more_similar);
    others.resize(keep);
    if (!others.empty()) {
      highest = std::max(highest, similarity.total(a, others.front()));
      lowest = std::min(lowest, similarity.total(a, others.back()));
    }
    nearest[static_cast<std::size_t>(a)] = std::move(others);
  }
  const double span = highest > lowest ? highest - lowest : 1.0;

  std::vector<Transition> transitions;
  for (Eigen::Index a = 0; a < n; ++a) {
    const Role& from = roles[static_cast<std::size_t>(a)];
    std::vector<Transition> out;
    double sum = 0.0;
    for (Eigen::Index b : nearest[static_cast<std::size_t>(a)]) {
      const Role& to = roles[static_cast<std::size_t>(b)];
      Transition t;
      t.from = static_cast<std::size_t>(a);
      t.to = static_cast<std::size_t>(b);
      t.kind = kind_of(from, to);
      t.rate = kMinRate + (kMaxRate - kMinRate) * (similarity.total(a, b) - lowest) / span;
      t.min_years = min_years_of(t.kind, from, to);
      t.rationale = rationale_of(similarity, a, b);
      if (rules.preparation != nullptr && !rules.preparation->empty()) {
        const MoveBarrier barrier = move_barrier((*rules.preparation)[static_cast<std::size_t>(a)], from.title,
                                                 (*rules.preparation)[static_cast<std::size_t>(b)], to.title);
        if (barrier.degree || barrier.licence) {
          if (t.kind != MoveKind::kStepBack) t.kind = MoveKind::kSwitch;
          t.min_years = std::max(t.min_years, barrier.study_years);
          t.rationale += "; " + barrier.text;
        }
      }
      sum += t.rate;
      out.push_back(std::move(t));
    }
    // Rates are yearly probabilities of competing moves: they may not sum
    // above 1. Scaling keeps their order.
    const double scale = sum > 1.0 ? 1.0 / sum : 1.0;
    for (Transition& t : out) {
      t.rate = std::floor(t.rate * scale * 1e5) / 1e5;
      transitions.push_back(std::move(t));
    }
  }
  return transitions;
}

}  // namespace careerpath::onet
