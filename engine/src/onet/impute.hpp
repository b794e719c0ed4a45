// Skill and knowledge ratings for occupations O*NET lists but whose ratings
// the data lacks (the shared folder's 29.3 Skills/Knowledge files miss 44 of
// the 30.1 data-level occupations, Software Developers among them).
// Private to onet_*.cpp.
//
// Method: k nearest neighbours. The evidence is the weighted mean of the
// importer's own standardised similarity blocks that do not read the
// ratings (tasks, titles, interests, work activities, technology, work
// styles, classification, Job Zone); an unrated occupation takes, element by
// element, the similarity-weighted mean of its k most similar rated
// occupations' ratings. leave_one_out() measures the method on the rated
// occupations (docs/onet.md).
#pragma once

#include <cstddef>
#include <vector>

#include "careerpath/onet/import.hpp"
#include "onet/tables.hpp"
#include "util/feature_similarity.hpp"

namespace careerpath::onet {

inline constexpr std::size_t kImputeNeighbours = 10;

// Whether each role has at least one rating in `ratings`.
[[nodiscard]] std::vector<char> rated_rows(const ElementRatings& ratings);

// Fills the rows of every table in `tables` whose role is unrated in the
// first one (`rated` from rated_rows of it) from the k rated roles most
// similar by `evidence` (roles x roles, larger is more alike). The tables
// share their rows and elements (one file's level and importance scales).
void impute_rows(const std::vector<ElementRatings*>& tables, const std::vector<char>& rated,
                 const SimilarityMatrix& evidence, std::size_t k = kImputeNeighbours);

// What leave_one_out needs of the graph's combined similarity: each rating
// block's weight share (weight / sum of weights) and the total itself.
struct RatingBlock {
  const ElementRatings* levels = nullptr;
  const ElementRatings* importance = nullptr;
  double share = 0.0;  // the block's weight over the sum of the weights used
};

// Leave-one-out over the roles rated in every block: each one's levels and
// importances are imputed from the other rated roles, compared with its own,
// and its row of the combined similarity `total` is recomputed with the
// imputed levels (centred cosine against the others, standardised by the
// block's own off-diagonal mean and deviation) to see how many of its ten
// most similar roles stay. `rated` marks roles rated in every block.
[[nodiscard]] OnetImputationCheck leave_one_out(const std::vector<RatingBlock>& blocks, const std::vector<char>& rated,
                                            const SimilarityMatrix& evidence, const SimilarityMatrix& total,
                                            double level_scale, std::size_t k = kImputeNeighbours);

}  // namespace careerpath::onet
