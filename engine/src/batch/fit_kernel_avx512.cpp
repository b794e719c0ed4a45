// The fit kernel for AVX-512: 16 floats per vector, 12 people x 32 roles per
// tile (24 accumulators of the 32 vector registers).
#include <immintrin.h>

#include "batch/fit_kernel_isa.hpp"

// GCC takes the target for every function that follows; clang only through
// an attribute pushed onto each function (it ignores `#pragma GCC target`).
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx512f"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx512f")
#endif

namespace careerpath::fit_kernel_detail {
namespace {

struct Avx512Ops {
  using V = __m512;
  static constexpr int kLanes = 16;
  static constexpr int kRows = 12;
  static V zero() { return _mm512_setzero_ps(); }
  static V load(const float* p) { return _mm512_loadu_ps(p); }
  static V broadcast(float x) { return _mm512_set1_ps(x); }
  // The zero-masked form with a full mask is the same vminps; it avoids GCC
  // 12's false -Wmaybe-uninitialized on _mm512_min_ps's undefined operand.
  static V min(V a, V b) { return _mm512_maskz_min_ps(0xFFFF, a, b); }
  static V fmadd(V a, V b, V c) { return _mm512_fmadd_ps(a, b, c); }
  static void store(float* p, V v) { _mm512_storeu_ps(p, v); }
};

}  // namespace
}  // namespace careerpath::fit_kernel_detail

#include "batch/fit_kernel_tile.hpp"

namespace careerpath::fit_kernel_detail {

void fit_block_avx512(const FitKernel::Layout& layout, const float* people, Index count, Index people_stride, float* out,
                      Index out_stride) {
  fit_block<Avx512Ops>(layout, people, count, people_stride, out, out_stride);
}

}  // namespace careerpath::fit_kernel_detail

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
