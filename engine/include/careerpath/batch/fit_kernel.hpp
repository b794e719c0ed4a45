// The blocked skill-fit kernel: the fit of a block of people to every role at
// once, in float, arranged as a matrix product.
//
// scorer.hpp defines fit = 1 - sum_j w_rj max(0, r_rj - s_pj) / total_r with
// total_r = sum_j w_rj r_rj. Because max(0, r - s) = r - min(r, s), the same
// number is
//
//   fit(p, r) = covered(p, r) / total_r,  covered(p, r) = sum_j w_rj min(r_rj, s_pj)
//
// and `covered` has exactly the shape and memory traffic of the matrix product
// S W^T (people x skills times skills x roles): only the multiply-add becomes
// a min and a multiply-add. The kernel computes it like a GEMM: roles are laid
// out skill-major and padded to the vector width, a tile of people x two
// vectors of roles stays in registers for the whole skill loop, and the
// division by total_r is fused into the store. Roles with no requirements
// (total 0) fit everyone fully, as in the scorer.
//
// The instruction set (AVX-512, AVX2+FMA or the x86-64 baseline SSE2) is
// picked once, when the kernel is built, so the default build runs on any
// x86-64 and still uses the widest vectors the machine has.
//
// Float is accurate to about 1e-6 here; callers that need the scorer's exact
// double result (batch recommendations) re-score their few candidates in
// double (see batch_scorer.hpp).
#pragma once

#include <cstddef>
#include <string_view>

#include <Eigen/Core>

#include "careerpath/model/role_graph.hpp"

namespace careerpath {

// Row-major float matrix: one person (or one role) per row.
using FloatRows = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// kPortable is plain C++ and runs everywhere; the x86 kernels exist only in
// builds for x86-64 (CAREERPATH_X86_KERNELS).
enum class KernelIsa { kAuto, kSse2, kAvx2, kAvx512, kPortable };

[[nodiscard]] std::string_view to_string(KernelIsa isa) noexcept;
// Whether this machine can run kernels built for `isa` (kAuto: always).
[[nodiscard]] bool kernel_isa_supported(KernelIsa isa) noexcept;

class FitKernel {
 public:
  // Copies the graph's requirement and importance matrices into the kernel's
  // layout. kAuto picks the widest instruction set the CPU supports.
  explicit FitKernel(const RoleGraph& graph, KernelIsa isa = KernelIsa::kAuto);

  [[nodiscard]] Eigen::Index role_count() const noexcept { return roles_; }
  [[nodiscard]] Eigen::Index skill_count() const noexcept { return skills_; }
  [[nodiscard]] KernelIsa isa() const noexcept { return isa_; }

  // Fit of every person (a row of normalised skill levels, skill_count()
  // columns) to every role: `out` must be people.rows() x role_count().
  // Allocates nothing; safe to call from many threads at once.
  void fit(const Eigen::Ref<const FloatRows>& people, Eigen::Ref<FloatRows> out) const;

  // Roles are padded to a multiple of this many columns in the kernel's layout.
  static constexpr Eigen::Index kRolePadding = 32;

  // The kernel's layout, shared with the per-instruction-set implementations.
  struct Layout {
    const float* need = nullptr;    // skills x padded roles, requirements
    const float* weight = nullptr;  // skills x padded roles, importance
    const float* scale = nullptr;   // padded roles: 1 / total, or 0 when total is 0
    const float* offset = nullptr;  // padded roles: 0, or 1 when total is 0
    Eigen::Index skills = 0;
    Eigen::Index roles = 0;
    Eigen::Index padded_roles = 0;
  };

 private:
  Eigen::Index roles_ = 0;
  Eigen::Index skills_ = 0;
  Eigen::Index padded_roles_ = 0;
  FloatRows need_{};    // skills x padded roles
  FloatRows weight_{};  // skills x padded roles
  Eigen::VectorXf scale_{};
  Eigen::VectorXf offset_{};
  KernelIsa isa_ = KernelIsa::kPortable;
};

}  // namespace careerpath
