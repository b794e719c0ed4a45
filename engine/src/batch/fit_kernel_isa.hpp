// Entry points of the fit kernel built for each instruction set
// (fit_kernel_<isa>.cpp); fit_kernel.cpp picks one at run time.
#pragma once

#include "careerpath/batch/fit_kernel.hpp"

namespace careerpath::fit_kernel_detail {

using BlockFunction = void (*)(const FitKernel::Layout& layout, const float* people, Eigen::Index count,
                               Eigen::Index people_stride, float* out, Eigen::Index out_stride);

void fit_block_portable(const FitKernel::Layout& layout, const float* people, Eigen::Index count,
                        Eigen::Index people_stride, float* out, Eigen::Index out_stride);
#if CAREERPATH_X86_KERNELS
void fit_block_sse2(const FitKernel::Layout& layout, const float* people, Eigen::Index count, Eigen::Index people_stride,
                    float* out, Eigen::Index out_stride);
void fit_block_avx2(const FitKernel::Layout& layout, const float* people, Eigen::Index count, Eigen::Index people_stride,
                    float* out, Eigen::Index out_stride);
void fit_block_avx512(const FitKernel::Layout& layout, const float* people, Eigen::Index count,
                      Eigen::Index people_stride, float* out, Eigen::Index out_stride);
#endif

}  // namespace careerpath::fit_kernel_detail
