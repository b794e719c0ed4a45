// Transitions derived from occupation similarity. Private to onet_*.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "util/feature_similarity.hpp"
#include "careerpath/model/role_graph.hpp"
#include "onet/preparation.hpp"

namespace careerpath::onet {

struct BlockContribution {
  std::string id{};
  SimilarityMatrix weighted{};  // the block's similarity x its share of the weight
};

// The combined similarity and, for explanations, each block's part of it.
struct WeightedSimilarity {
  SimilarityMatrix total{};
  std::vector<BlockContribution> blocks{};
};

struct TransitionRules {
  std::size_t moves_per_role = 20;
  // Per role, what it usually asks of a newcomer; empty: no barriers known.
  const std::vector<Preparation>* preparation = nullptr;
};

// Each role gets moves to its `moves_per_role` most similar roles (ties by
// id). Rate: 0.01 to 0.15 per year, linear in similarity between the least
// and the most similar pair kept over the whole graph, scaled down where a
// role's rates would sum above 1. Kind from the Job Zone change: up is a
// promotion, down a step back, same zone a lateral move within one SOC major
// group and a switch across groups. min_years: a promotion needs the extra
// experience the higher zone asks for (see kZoneExperienceYears), a lateral
// move or switch 1 year, a step back 0.5. A move to an occupation that asks
// for a degree (bachelor's or above) or a licence the source occupation does
// not usually require is never a promotion or a lateral move: it is a switch,
// its min_years cover the years of study, and its rationale says what it
// requires ("; requires a doctoral degree ...").
[[nodiscard]] std::vector<Transition> derive_transitions(const std::vector<Role>& roles,
                                                         const WeightedSimilarity& similarity,
                                                         const TransitionRules& rules);

}  // namespace careerpath::onet
