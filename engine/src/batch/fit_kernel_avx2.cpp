// The fit kernel for AVX2 with FMA: 8 floats per vector, 6 people x 16 roles
// per tile (12 accumulators of the 16 vector registers).
#include <immintrin.h>

#include "batch/fit_kernel_isa.hpp"

// GCC takes the target for every function that follows; clang only through
// an attribute pushed onto each function (it ignores `#pragma GCC target`).
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2,fma")
#endif

namespace careerpath::fit_kernel_detail {
namespace {

struct Avx2Ops {
  using V = __m256;
  static constexpr int kLanes = 8;
  static constexpr int kRows = 6;
  static V zero() { return _mm256_setzero_ps(); }
  static V load(const float* p) { return _mm256_loadu_ps(p); }
  static V broadcast(float x) { return _mm256_set1_ps(x); }
  static V min(V a, V b) { return _mm256_min_ps(a, b); }
  static V fmadd(V a, V b, V c) { return _mm256_fmadd_ps(a, b, c); }
  static void store(float* p, V v) { _mm256_storeu_ps(p, v); }
};

}  // namespace
}  // namespace careerpath::fit_kernel_detail

#include "batch/fit_kernel_tile.hpp"

namespace careerpath::fit_kernel_detail {

void fit_block_avx2(const FitKernel::Layout& layout, const float* people, Index count, Index people_stride, float* out,
                    Index out_stride) {
  fit_block<Avx2Ops>(layout, people, count, people_stride, out, out_stride);
}

}  // namespace careerpath::fit_kernel_detail

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
