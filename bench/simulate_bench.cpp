// Monte Carlo careers on the default graph: one person many times (the
// issue's target: a million careers over 20 years in monthly steps in under
// 3 s on this 2-core machine, close to 2x faster on 2 threads than on 1), a
// 200-person organisation with attrition, hiring and capacities, the same
// organisation fifty times larger over ten years (with and without input
// uncertainty), a paired comparison, and the exact Markov answer.
//
// items/s reads as careers (person-runs) per second.
#include <string>

#include <benchmark/benchmark.h>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/simulate/markov.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "careerpath/simulate/simulator.hpp"

namespace {

using namespace careerpath;

const RoleGraph& tech() {
  static const RoleGraph g = load_graph("tech").value();
  return g;
}

Scenario load(const std::string& relative) {
  auto s = load_scenario_or_profile(std::string(CAREERPATH_SOURCE_DIR) + "/" + relative, tech());
  if (!s) throw std::runtime_error(s.error().to_string());
  return std::move(s).value();
}

// args: runs, threads.
void BM_OnePerson20Years(benchmark::State& state) {
  Scenario s = load("profiles/program-manager.json");
  s.runs = static_cast<std::size_t>(state.range(0));
  s.years = 20;
  const SimulationOptions options{.threads = static_cast<std::size_t>(state.range(1))};
  for (auto _ : state) {
    SimulationSummary summary = simulate(tech(), s, options);
    benchmark::DoNotOptimize(summary);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_OnePerson20Years)
    ->ArgNames({"runs", "threads"})
    ->Args({100'000, 1})
    ->Args({1'000'000, 1})
    ->Args({1'000'000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

// The skill-effects-off chain: no fits to compute at candidate events.
void BM_OnePersonMarkov20Years(benchmark::State& state) {
  Scenario s = load("profiles/program-manager.json");
  s.runs = static_cast<std::size_t>(state.range(0));
  s.years = 20;
  s.dynamics.skill_effects = SkillEffects::kOff;
  for (auto _ : state) {
    SimulationSummary summary = simulate(tech(), s, {.threads = 2});
    benchmark::DoNotOptimize(summary);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_OnePersonMarkov20Years)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

// args: runs of the 200-person organisation, threads.
void BM_Organisation5Years(benchmark::State& state) {
  Scenario s = load("scenarios/product-org.json");
  s.runs = static_cast<std::size_t>(state.range(0));
  const SimulationOptions options{.threads = static_cast<std::size_t>(state.range(1))};
  for (auto _ : state) {
    SimulationSummary summary = simulate(tech(), s, options);
    benchmark::DoNotOptimize(summary);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * static_cast<std::int64_t>(s.initial_population()));
}
BENCHMARK(BM_Organisation5Years)
    ->ArgNames({"runs", "threads"})
    ->Args({1000, 1})
    ->Args({1000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_CompareOrganisations(benchmark::State& state) {
  const Scenario base = load("scenarios/product-org.json");
  Scenario other = load("scenarios/product-org-training.json");
  Scenario b = base;
  b.runs = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    auto c = simulate_comparison(tech(), b, other, {.threads = 2});
    benchmark::DoNotOptimize(c);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * 2 * static_cast<std::int64_t>(base.initial_population()));
}
BENCHMARK(BM_CompareOrganisations)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

// The 200-person organisation scaled fifty-fold: 10,000 people with the
// same shape (headcount, hiring and capacities times 50) over 10 years in
// monthly steps. args: runs, threads, rate uncertainty in percent (0: the
// rates taken as known; 50: drawn within a factor 1.5).
void BM_Organisation10k10Years(benchmark::State& state) {
  Scenario s = load("scenarios/product-org.json");
  for (long long& n : s.population.organisation.headcount) n *= 50;
  for (HiringPlan& h : s.dynamics.hiring) {
    if (auto* fixed = std::get_if<FixedPerYear>(&h.rule)) fixed->per_year *= 50;
  }
  for (auto& c : s.dynamics.capacity) {
    if (c) *c *= 50;
  }
  s.years = 10;
  s.runs = static_cast<std::size_t>(state.range(0));
  s.dynamics.rate_uncertainty = static_cast<double>(state.range(2)) / 100.0;
  const SimulationOptions options{.threads = static_cast<std::size_t>(state.range(1))};
  for (auto _ : state) {
    SimulationSummary summary = simulate(tech(), s, options);
    benchmark::DoNotOptimize(summary);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0) * static_cast<std::int64_t>(s.initial_population()));
}
BENCHMARK(BM_Organisation10k10Years)
    ->ArgNames({"runs", "threads", "uncertainty"})
    ->Args({1000, 2, 0})
    ->Args({1000, 2, 50})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_ExactAnswer20Years(benchmark::State& state) {
  Scenario s = load("profiles/program-manager.json");
  s.years = 20;
  s.dynamics.skill_effects = SkillEffects::kOff;
  for (auto _ : state) {
    auto a = exact_answer(tech(), s);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_ExactAnswer20Years)->Unit(benchmark::kMillisecond);

}  // namespace
