// The similarity blocks of the O*NET importer: each turns one kind of O*NET
// evidence into an occupation x occupation similarity. Private to onet_*.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "util/feature_similarity.hpp"
#include "onet/tables.hpp"

namespace careerpath::onet {

// What the blocks read besides their own files.
struct BlockInputs {
  std::string directory{};
  const Occupations* occupations = nullptr;
  const ElementRatings* skill_levels = nullptr;
  const ElementRatings* knowledge_levels = nullptr;
  const ElementRatings* knowledge_importance = nullptr;
  const std::vector<std::vector<std::string>>* titles = nullptr;  // per role: title, then aliases
};

struct BlockSimilarity {
  bool present = false;        // the block's files were found
  std::size_t occupations = 0;  // roles with data in the block
  SimilarityMatrix similarity{};
};

// Computes the block `id` (one of default_onet_blocks()).
[[nodiscard]] BlockSimilarity compute_block(const std::string& id, const BlockInputs& inputs);

}  // namespace careerpath::onet
