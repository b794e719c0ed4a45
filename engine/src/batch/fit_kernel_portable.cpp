// The fit kernel in plain C++, for any processor: 4-float "vectors" held in
// arrays whose loops the compiler vectorises for whatever the target offers
// (NEON, SSE, or none). The x86 builds (fit_kernel_{sse2,avx2,avx512}.cpp)
// use intrinsics instead because they are measurably faster there; this one
// exists so that the engine builds and runs on every machine, and it is
// tested against the same reference as the others on every build.
#include <algorithm>
#include <array>

#include "batch/fit_kernel_isa.hpp"

namespace careerpath::fit_kernel_detail {
namespace {

struct PortableOps {
  static constexpr int kLanes = 4;
  static constexpr int kRows = 4;
  struct V {
    std::array<float, kLanes> lane;
  };
  static V zero() { return V{}; }
  static V load(const float* p) {
    V v;
    std::copy_n(p, kLanes, v.lane.begin());
    return v;
  }
  static V broadcast(float x) {
    V v;
    v.lane.fill(x);
    return v;
  }
  static V min(V a, V b) {
    for (int i = 0; i < kLanes; ++i) a.lane[i] = std::min(a.lane[i], b.lane[i]);
    return a;
  }
  static V fmadd(V a, V b, V c) {
    for (int i = 0; i < kLanes; ++i) c.lane[i] += a.lane[i] * b.lane[i];
    return c;
  }
  static void store(float* p, V v) { std::copy_n(v.lane.begin(), kLanes, p); }
};

}  // namespace
}  // namespace careerpath::fit_kernel_detail

#include "batch/fit_kernel_tile.hpp"

namespace careerpath::fit_kernel_detail {

void fit_block_portable(const FitKernel::Layout& layout, const float* people, Index count, Index people_stride,
                        float* out, Index out_stride) {
  fit_block<PortableOps>(layout, people, count, people_stride, out, out_stride);
}

}  // namespace careerpath::fit_kernel_detail
