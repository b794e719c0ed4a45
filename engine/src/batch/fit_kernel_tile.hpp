// The register-tiled loop of the fit kernel, shared by the per-instruction-set
// builds. Each fit_kernel_<isa>.cpp defines an `Ops` struct (vector type,
// load, broadcast, min, fused multiply-add, store) inside its own
// `#pragma GCC target` region and includes this file there, so the same loop
// is compiled once per instruction set and chosen at run time.
//
// Include only after every other header: the target pragma must not reach
// library code (an inline function compiled for AVX-512 could otherwise be
// the one the linker keeps).
#pragma once

namespace careerpath::fit_kernel_detail {

using Index = Eigen::Index;

// `Rows` people x 2 vectors of roles, starting at role `column`: the skill
// loop keeps 2 x Rows accumulators in registers and loads each requirement
// and importance vector once for all the rows.
template <class Ops, int Rows>
inline void fit_tile(const FitKernel::Layout& k, Index column, const float* people, Index people_stride, float* out,
                     Index out_stride) {
  using V = typename Ops::V;
  constexpr int kLanes = Ops::kLanes;
  V acc0[Rows];
  V acc1[Rows];
  for (int p = 0; p < Rows; ++p) acc0[p] = acc1[p] = Ops::zero();
  const float* need = k.need + column;
  const float* weight = k.weight + column;
  for (Index j = 0; j < k.skills; ++j, need += k.padded_roles, weight += k.padded_roles) {
    const V r0 = Ops::load(need);
    const V r1 = Ops::load(need + kLanes);
    const V w0 = Ops::load(weight);
    const V w1 = Ops::load(weight + kLanes);
    for (int p = 0; p < Rows; ++p) {
      const V s = Ops::broadcast(people[p * people_stride + j]);
      acc0[p] = Ops::fmadd(w0, Ops::min(r0, s), acc0[p]);
      acc1[p] = Ops::fmadd(w1, Ops::min(r1, s), acc1[p]);
    }
  }
  // fit = covered / total, fused into the store (scale and offset turn a
  // role with nothing required into a fit of 1).
  const V scale0 = Ops::load(k.scale + column);
  const V scale1 = Ops::load(k.scale + column + kLanes);
  const V offset0 = Ops::load(k.offset + column);
  const V offset1 = Ops::load(k.offset + column + kLanes);
  const Index valid = k.roles - column;
  for (int p = 0; p < Rows; ++p) {
    float* row = out + p * out_stride + column;
    const V f0 = Ops::fmadd(acc0[p], scale0, offset0);
    const V f1 = Ops::fmadd(acc1[p], scale1, offset1);
    if (valid >= 2 * kLanes) {
      Ops::store(row, f0);
      Ops::store(row + kLanes, f1);
      continue;
    }
    // The last chunk of roles: only the real roles reach `out`.
    alignas(64) float tail[2 * kLanes];
    Ops::store(tail, f0);
    Ops::store(tail + kLanes, f1);
    for (Index c = 0; c < valid; ++c) row[c] = tail[c];
  }
}

// A block of people against every role. Roles are the outer loop so that one
// chunk of the requirement and importance matrices (skills x 2 vectors) stays
// in L1 while every tile of people streams past it.
template <class Ops>
void fit_block(const FitKernel::Layout& k, const float* people, Index count, Index people_stride, float* out,
               Index out_stride) {
  constexpr Index kColumns = 2 * Ops::kLanes;
  for (Index column = 0; column < k.roles; column += kColumns) {
    Index p = 0;
    for (; p + Ops::kRows <= count; p += Ops::kRows) {
      fit_tile<Ops, Ops::kRows>(k, column, people + p * people_stride, people_stride, out + p * out_stride, out_stride);
    }
    for (; p < count; ++p) fit_tile<Ops, 1>(k, column, people + p * people_stride, people_stride, out + p * out_stride, out_stride);
  }
}

}  // namespace careerpath::fit_kernel_detail
