// O*NET figures: full import, loading the built-in graph, recommending on it,
// and eval over the development half of O*NET's related occupations
// (tests/data/onet-eval). The import reads the O*NET text files in
// /work/shared/data/onet (skipped where they are absent).
#include <filesystem>

#include <benchmark/benchmark.h>

#include "careerpath/io/builtin_graphs.hpp"
#include "careerpath/onet/eval.hpp"
#include "careerpath/io/graph_io.hpp"
#include "careerpath/onet/import.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/advise/recommender.hpp"

namespace {

using namespace careerpath;

const std::string kOnetDir = "/work/shared/data/onet";
const std::string kDevTruth = std::string(CAREERPATH_SOURCE_DIR) + "/tests/data/onet-eval/related-occupations-dev.tsv";

const RoleGraph* onet_graph() {
  static const std::unique_ptr<RoleGraph> graph = [] {
    auto g = load_graph("onet");
    return g ? std::make_unique<RoleGraph>(std::move(g).value()) : nullptr;
  }();
  return graph.get();
}

void BM_ImportOnet(benchmark::State& state) {
  if (!std::filesystem::exists(kOnetDir)) return state.SkipWithError("no O*NET data");
  for (auto _ : state) {
    auto imported = import_onet(kOnetDir, {.ratings_version = "29.3"});
    if (!imported) return state.SkipWithError(imported.error().to_string().c_str());
    benchmark::DoNotOptimize(imported->graph.role_count());
  }
}
BENCHMARK(BM_ImportOnet)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LoadOnetGraph(benchmark::State& state) {
  const auto text = builtin_graph_text("onet");
  if (!text) return state.SkipWithError("onet is not built in");
  for (auto _ : state) {
    auto graph = parse_graph(*text, "onet");
    if (!graph) return state.SkipWithError(graph.error().to_string().c_str());
    benchmark::DoNotOptimize(graph->role_count());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text->size()));
}
BENCHMARK(BM_LoadOnetGraph)->Unit(benchmark::kMillisecond);

void BM_RecommendOnOnet(benchmark::State& state) {
  const RoleGraph* graph = onet_graph();
  if (!graph) return state.SkipWithError("onet is not built in");
  auto person = load_profile(std::string(CAREERPATH_SOURCE_DIR) + "/profiles/onet-program-manager.json", *graph);
  if (!person) return state.SkipWithError(person.error().to_string().c_str());
  const Recommender recommender(*graph);
  for (auto _ : state) {
    auto ranked = recommender.recommend(*person, {.top = 5});
    benchmark::DoNotOptimize(ranked.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_RecommendOnOnet)->Unit(benchmark::kMicrosecond);

void BM_EvalDevHalf(benchmark::State& state) {
  const RoleGraph* graph = onet_graph();
  if (!graph) return state.SkipWithError("onet is not built in");
  if (!std::filesystem::exists(kDevTruth)) return state.SkipWithError("no development truth file");
  auto truth = read_truth(kDevTruth);
  if (!truth) return state.SkipWithError(truth.error().to_string().c_str());
  std::size_t scored = 0;
  for (auto _ : state) {
    auto report = evaluate(*graph, *truth);
    if (!report) return state.SkipWithError(report.error().to_string().c_str());
    scored = report->occupations.size();
    benchmark::DoNotOptimize(report->mean.ndcg);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * scored));
}
BENCHMARK(BM_EvalDevHalf)->Unit(benchmark::kMillisecond);

}  // namespace
