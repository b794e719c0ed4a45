// The blocked fit kernel next to a plain Eigen float matrix product of the
// same shape (people x skills times skills x roles), in one run, so that the
// kernel's share of what this machine's GEMM reaches is printed beside it.
//
// items/s counts terms: people x roles x skills. For the product a term is
// one multiply-add; for the kernel it is a min and a multiply-add.
#include <chrono>
#include <map>

#include <benchmark/benchmark.h>

#include "careerpath/batch/fit_kernel.hpp"
#include "synthetic_graph.hpp"

namespace {

using careerpath::FitKernel;
using careerpath::FloatRows;
using careerpath::KernelIsa;

const careerpath::RoleGraph& graph() {
  static const careerpath::RoleGraph g = careerpath::bench::synthetic_graph();
  return g;
}

// The product's rate (terms per wall second) for each block size, measured
// first (benchmarks run in registration order), so that the kernel reports
// its share of it as the counter `vs_gemm`.
double& gemm_rate(std::int64_t block) {
  static std::map<std::int64_t, double> rates;
  return rates[block];
}

// Runs `body` for every iteration and returns terms per wall second.
template <class Body>
double timed_loop(benchmark::State& state, double terms_per_iteration, Body&& body) {
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) body();
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(terms_per_iteration));
  return elapsed.count() > 0.0 ? terms_per_iteration * static_cast<double>(state.iterations()) / elapsed.count() : 0.0;
}

double terms(std::int64_t block) {
  return static_cast<double>(block) * static_cast<double>(graph().role_count()) *
         static_cast<double>(graph().skill_count());
}

void BM_EigenGemm(benchmark::State& state) {
  const std::int64_t block = state.range(0);
  const FloatRows people = careerpath::bench::synthetic_people(block, static_cast<Eigen::Index>(graph().skill_count()));
  const FloatRows weight_t = graph().importance().transpose().cast<float>();
  FloatRows out(block, static_cast<Eigen::Index>(graph().role_count()));
  gemm_rate(block) = timed_loop(state, terms(block), [&] {
    out.noalias() = people * weight_t;
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  });
  state.SetLabel(std::string("eigen ") + Eigen::SimdInstructionSetsInUse());
}

void BM_FitKernel(benchmark::State& state) {
  const auto isa = static_cast<KernelIsa>(state.range(1));
  if (!careerpath::kernel_isa_supported(isa)) {
    state.SkipWithError("instruction set not supported here");
    return;
  }
  const std::int64_t block = state.range(0);
  const FitKernel kernel(graph(), isa);
  const FloatRows people = careerpath::bench::synthetic_people(block, static_cast<Eigen::Index>(graph().skill_count()));
  FloatRows out(block, static_cast<Eigen::Index>(graph().role_count()));
  const double rate = timed_loop(state, terms(block), [&] {
    kernel.fit(people, out);
    benchmark::DoNotOptimize(out.data());
    benchmark::ClobberMemory();
  });
  if (gemm_rate(block) > 0.0) state.counters["vs_gemm"] = rate / gemm_rate(block);
  state.SetLabel(std::string(careerpath::to_string(isa)));
}

}  // namespace

BENCHMARK(BM_EigenGemm)->Arg(64)->Arg(256)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FitKernel)
    ->ArgsProduct({{64, 256},
                   {static_cast<int>(KernelIsa::kPortable), static_cast<int>(KernelIsa::kSse2), static_cast<int>(KernelIsa::kAvx2),
                    static_cast<int>(KernelIsa::kAvx512)}})
    ->Unit(benchmark::kMicrosecond);
