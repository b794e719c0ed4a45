// The fit kernel for the x86-64 baseline (SSE2, no FMA): 4 floats per vector,
// 4 people x 8 roles per tile.
#include <emmintrin.h>

#include "batch/fit_kernel_isa.hpp"

namespace careerpath::fit_kernel_detail {
namespace {

struct Sse2Ops {
  using V = __m128;
  static constexpr int kLanes = 4;
  static constexpr int kRows = 4;
  static V zero() { return _mm_setzero_ps(); }
  static V load(const float* p) { return _mm_loadu_ps(p); }
  static V broadcast(float x) { return _mm_set1_ps(x); }
  static V min(V a, V b) { return _mm_min_ps(a, b); }
  static V fmadd(V a, V b, V c) { return _mm_add_ps(_mm_mul_ps(a, b), c); }
  static void store(float* p, V v) { _mm_storeu_ps(p, v); }
};

}  // namespace
}  // namespace careerpath::fit_kernel_detail

#include "batch/fit_kernel_tile.hpp"

namespace careerpath::fit_kernel_detail {

void fit_block_sse2(const FitKernel::Layout& layout, const float* people, Index count, Index people_stride, float* out,
                    Index out_stride) {
  fit_block<Sse2Ops>(layout, people, count, people_stride, out, out_stride);
}

}  // namespace careerpath::fit_kernel_detail
