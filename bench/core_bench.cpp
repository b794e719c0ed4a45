// The foundation's figures on the default `tech` graph: skill fit for one
// person, a full recommendation, and route planning. items/s reads as
// people (or plans) per second.
#include <benchmark/benchmark.h>

#include "bench_support.hpp"
#include "careerpath/advise/paths.hpp"
#include "careerpath/advise/recommender.hpp"
#include "careerpath/advise/scorer.hpp"

namespace {

using namespace careerpath;

const RoleGraph& tech() { return bench::builtin_graph("tech"); }

void BM_SkillFitOnePerson(benchmark::State& state) {
  const Profile person = bench::example_profile(tech(), "program-manager.json");
  for (auto _ : state) {
    Eigen::VectorXd fit = skill_fit(tech(), person.skills);
    benchmark::DoNotOptimize(fit.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_SkillFitOnePerson);

void BM_RecommendTop5(benchmark::State& state) {
  const Profile person = bench::example_profile(tech(), "program-manager.json");
  const Recommender recommender(tech());
  for (auto _ : state) {
    auto recs = recommender.recommend(person, {.top = 5});
    benchmark::DoNotOptimize(recs.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RecommendTop5);

void BM_PlanPaths(benchmark::State& state) {
  const Profile person = bench::example_profile(tech(), "program-manager.json");
  const std::size_t target = *tech().find_role("director-of-product");
  const auto k = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    auto paths = plan_paths(tech(), person, target, {.k = k});
    if (!paths) return state.SkipWithError(paths.error().to_string().c_str());
    benchmark::DoNotOptimize(paths->data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PlanPaths)->Arg(1)->Arg(3)->Arg(10)->Unit(benchmark::kMicrosecond);

}  // namespace
