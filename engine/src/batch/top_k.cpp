#include "batch/top_k.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace careerpath {

void top_k_candidates(std::span<const float> scores, std::size_t k, float margin, std::vector<std::uint32_t>& out,
                      std::vector<float>& heap) {
  out.clear();
  heap.clear();
  if (k == 0) return;
  // A min-heap of the k highest values seen so far: most entries are below
  // its top and cost one comparison.
  for (const float s : scores) {
    if (std::isinf(s) && s < 0.0f) continue;
    if (heap.size() < k) {
      heap.push_back(s);
      std::push_heap(heap.begin(), heap.end(), std::greater<>());
    } else if (s > heap.front()) {
      std::pop_heap(heap.begin(), heap.end(), std::greater<>());
      heap.back() = s;
      std::push_heap(heap.begin(), heap.end(), std::greater<>());
    }
  }
  if (heap.empty()) return;
  const float threshold = heap.size() < k ? -std::numeric_limits<float>::max() : heap.front() - margin;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (scores[i] >= threshold) out.push_back(static_cast<std::uint32_t>(i));
  }
}

}  // namespace careerpath
