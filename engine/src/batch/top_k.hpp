// Top-k selection over one row of approximate scores, for re-ranking exactly.
//
// Batch scoring ranks in float; the final ranking must be the double one
// that `recommend` gives. If every approximate score is within d of the exact
// one, a role whose approximate score is more than 2d below the k-th highest
// is beaten, exactly, by at least k roles and cannot be in the exact top k.
// So the candidates are the k best plus everything within `margin` = 2d of
// the k-th: a handful of roles, re-scored in double.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace careerpath {

// Indices (ascending) of every entry of `scores` whose value is at least the
// k-th highest value minus `margin`. Entries of -infinity (roles that may not
// be recommended) are never candidates; with fewer than k finite entries,
// every finite entry is one. `heap` is workspace, reused between calls.
void top_k_candidates(std::span<const float> scores, std::size_t k, float margin, std::vector<std::uint32_t>& out,
                      std::vector<float>& heap);

}  // namespace careerpath
