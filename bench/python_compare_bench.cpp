// The C++ side of the Python package's speed checks (python/bench/
// bench_python.py runs the same work from Python): the fit matrix of 1M
// people x every O*NET role, by the blocked kernel in 1024-row blocks on 1
// and 2 threads into one preallocated matrix (what careerpath.fit_matrix
// does), and one person's recommend document built in process (what
// careerpath.recommend returns, before it becomes Python objects).
#include <atomic>
#include <thread>

#include <benchmark/benchmark.h>

#include "bench_support.hpp"
#include "careerpath/batch/fit_kernel.hpp"
#include "careerpath/report/report_json.hpp"
#include "synthetic_graph.hpp"

namespace careerpath {
namespace {

constexpr Eigen::Index kPeople = 1'000'000;
constexpr Eigen::Index kRowsPerTask = 1024;

void BM_FitMatrixOnetMillion(benchmark::State& state) {
  const RoleGraph& g = bench::builtin_graph("onet");
  const FitKernel kernel(g);
  const FloatRows people = bench::synthetic_people(kPeople, static_cast<Eigen::Index>(g.skill_count()));
  FloatRows out(kPeople, kernel.role_count());
  const auto threads = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    std::atomic<Eigen::Index> next{0};
    auto work = [&] {
      for (Eigen::Index begin = next.fetch_add(kRowsPerTask); begin < kPeople; begin = next.fetch_add(kRowsPerTask)) {
        const Eigen::Index rows = std::min(kRowsPerTask, kPeople - begin);
        kernel.fit(people.middleRows(begin, rows), out.middleRows(begin, rows));
      }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations() * kPeople);
}
BENCHMARK(BM_FitMatrixOnetMillion)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime()->Iterations(3);

void BM_RecommendDocumentTech(benchmark::State& state) {
  const RoleGraph& g = bench::builtin_graph("tech");
  const Profile person = bench::example_profile(g, "program-manager.json");
  const Recommender recommender(g);
  const RecommendOptions options{.top = 5};
  for (auto _ : state) {
    nlohmann::json doc = report::recommendations_to_json(recommender, person, recommender.recommend(person, options), options);
    benchmark::DoNotOptimize(doc);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RecommendDocumentTech)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace careerpath
