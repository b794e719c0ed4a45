#include "careerpath/batch/fit_kernel.hpp"

#include <stdexcept>

#include "batch/fit_kernel_isa.hpp"

namespace careerpath {
namespace {

using fit_kernel_detail::BlockFunction;

KernelIsa best_supported_isa() noexcept {
  if (kernel_isa_supported(KernelIsa::kAvx512)) return KernelIsa::kAvx512;
  if (kernel_isa_supported(KernelIsa::kAvx2)) return KernelIsa::kAvx2;
  if (kernel_isa_supported(KernelIsa::kSse2)) return KernelIsa::kSse2;
  return KernelIsa::kPortable;
}

BlockFunction block_function(KernelIsa isa) {
  switch (isa) {
#if CAREERPATH_X86_KERNELS
    case KernelIsa::kAvx512: return fit_kernel_detail::fit_block_avx512;
    case KernelIsa::kAvx2: return fit_kernel_detail::fit_block_avx2;
    case KernelIsa::kSse2: return fit_kernel_detail::fit_block_sse2;
#else
    case KernelIsa::kAvx512:
    case KernelIsa::kAvx2:
    case KernelIsa::kSse2:
#endif
    case KernelIsa::kPortable:
    case KernelIsa::kAuto: break;
  }
  return fit_kernel_detail::fit_block_portable;
}

}  // namespace

std::string_view to_string(KernelIsa isa) noexcept {
  switch (isa) {
    case KernelIsa::kAuto: return "auto";
    case KernelIsa::kSse2: return "sse2";
    case KernelIsa::kAvx2: return "avx2";
    case KernelIsa::kAvx512: return "avx512";
    case KernelIsa::kPortable: return "portable";
  }
  return "unknown";
}

bool kernel_isa_supported(KernelIsa isa) noexcept {
  switch (isa) {
    case KernelIsa::kAuto:
    case KernelIsa::kPortable: return true;
#if CAREERPATH_X86_KERNELS
    case KernelIsa::kSse2: return true;
    case KernelIsa::kAvx2: return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case KernelIsa::kAvx512: return __builtin_cpu_supports("avx512f");
#else
    case KernelIsa::kSse2:
    case KernelIsa::kAvx2:
    case KernelIsa::kAvx512: return false;
#endif
  }
  return false;
}

FitKernel::FitKernel(const RoleGraph& graph, KernelIsa isa)
    : roles_(static_cast<Eigen::Index>(graph.role_count())),
      skills_(static_cast<Eigen::Index>(graph.skill_count())),
      padded_roles_((roles_ + kRolePadding - 1) / kRolePadding * kRolePadding),
      isa_(isa == KernelIsa::kAuto ? best_supported_isa() : isa) {
  if (!kernel_isa_supported(isa_)) {
    throw std::invalid_argument("this CPU cannot run the " + std::string(to_string(isa_)) + " fit kernel");
  }
  // Skill-major, roles padded with zeros: a padded role requires nothing and
  // its column is never stored.
  need_ = FloatRows::Zero(skills_, padded_roles_);
  weight_ = FloatRows::Zero(skills_, padded_roles_);
  need_.leftCols(roles_) = graph.requirements().transpose().cast<float>();
  weight_.leftCols(roles_) = graph.importance().transpose().cast<float>();
  scale_ = Eigen::VectorXf::Zero(padded_roles_);
  offset_ = Eigen::VectorXf::Zero(padded_roles_);
  const Eigen::VectorXd& total = graph.total_weighted_requirement();
  for (Eigen::Index r = 0; r < roles_; ++r) {
    if (total(r) > 0.0) {
      scale_(r) = static_cast<float>(1.0 / total(r));
    } else {
      offset_(r) = 1.0f;
    }
  }
}

void FitKernel::fit(const Eigen::Ref<const FloatRows>& people, Eigen::Ref<FloatRows> out) const {
  if (people.cols() != skills_ || out.rows() != people.rows() || out.cols() != roles_) {
    throw std::invalid_argument("FitKernel::fit: people must have one column per skill and out one row per person");
  }
  const Layout layout{.need = need_.data(),
                      .weight = weight_.data(),
                      .scale = scale_.data(),
                      .offset = offset_.data(),
                      .skills = skills_,
                      .roles = roles_,
                      .padded_roles = padded_roles_};
  block_function(isa_)(layout, people.data(), people.rows(), people.outerStride(), out.data(), out.outerStride());
}

}  // namespace careerpath
