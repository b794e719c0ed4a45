// The batch path's parts on the O*NET graph (879 roles x 68 skills): parsing
// a JSONL line, choosing top-k candidates from a row of scores, scoring a
// block of people end to end (kernel, outlook, top-k, exact re-scoring, skill
// gaps), and planning k routes (the networkx peer's job). items/s reads as
// lines, rows, people or plans per second.
#include <random>

#include <benchmark/benchmark.h>

#include "bench_support.hpp"
#include "careerpath/batch/batch_scorer.hpp"
#include "careerpath/advise/paths.hpp"
#include "batch/profile_line.hpp"
#include "batch/top_k.hpp"

namespace {

using namespace careerpath;

const RoleGraph& onet() { return bench::builtin_graph("onet"); }

// People like bench/peers/gen_inputs.py writes: a random role, 15-30 skills
// at half levels, some goals and preferences.
std::vector<Profile> people(std::size_t count) {
  const RoleGraph& g = onet();
  std::mt19937 rng(3);
  std::vector<Profile> out;
  for (std::size_t i = 0; i < count; ++i) {
    Profile p;
    p.id = "p" + std::to_string(i);
    p.current_role = rng() % g.role_count();
    p.years_in_role = static_cast<double>(rng() % 21) / 2.0;
    p.skills = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(g.skill_count()));
    const std::size_t held = 15 + rng() % 16;
    for (std::size_t k = 0; k < held; ++k) p.skills(static_cast<Eigen::Index>(rng() % g.skill_count())) = (1 + rng() % 10) / 10.0;
    if (i % 5 == 0) p.goals = {rng() % g.role_count()};
    p.preferences.track_weight.assign(g.tracks().size(), 0.0);
    out.push_back(std::move(p));
  }
  return out;
}

void BM_ReadProfileLine(benchmark::State& state) {
  std::vector<std::string> lines;
  for (const Profile& p : people(256)) lines.push_back(profile_to_json(p, onet()).dump());
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const std::string& line : lines) {
    spans.emplace_back(text.size(), line.size());
    text += line + "\n";
  }
  text.append(ProfileLineReader::kPadding, ' ');
  ProfileLineReader reader(onet(), "bench.jsonl");
  std::size_t i = 0;
  for (auto _ : state) {
    const auto [begin, size] = spans[i++ % spans.size()];
    auto p = reader.read(std::string_view(text.data() + begin, size));
    benchmark::DoNotOptimize(p.ok());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size() / spans.size()));
  state.counters["fallbacks"] = static_cast<double>(reader.fallbacks());
}
BENCHMARK(BM_ReadProfileLine);

void BM_TopKCandidates(benchmark::State& state) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  std::vector<float> scores(onet().role_count());
  for (float& s : scores) s = unit(rng);
  std::vector<std::uint32_t> out;
  std::vector<float> heap;
  const auto k = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    top_k_candidates(scores, k, 1e-4f, out, heap);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_TopKCandidates)->Arg(5)->Arg(10)->Arg(50);

void BM_BatchScorerBlock(benchmark::State& state) {
  const std::vector<Profile> block = people(64);
  const Recommender recommender(onet());
  const BatchScorer scorer(recommender, {.top = 5});
  BatchScorer::Workspace workspace;
  std::vector<std::vector<Recommendation>> results;
  for (auto _ : state) {
    scorer.score(block, results, workspace);
    benchmark::DoNotOptimize(results.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(block.size()));
}
BENCHMARK(BM_BatchScorerBlock)->Unit(benchmark::kMicrosecond);

// The same people one at a time through Recommender::recommend, for scale.
void BM_RecommendOneByOne(benchmark::State& state) {
  const std::vector<Profile> block = people(64);
  const Recommender recommender(onet());
  for (auto _ : state) {
    for (const Profile& p : block) {
      auto recs = recommender.recommend(p, {.top = 5});
      benchmark::DoNotOptimize(recs.data());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(block.size()));
}
BENCHMARK(BM_RecommendOneByOne)->Unit(benchmark::kMicrosecond);

// k routes for profiles/onet-program-manager.json to Chief Executives, the
// job bench/peers/paths_peer.py gives networkx.
void BM_PlanPathsOnet(benchmark::State& state) {
  const Profile person = bench::example_profile(onet(), "onet-program-manager.json");
  const std::size_t target = *onet().find_role("11-1011.00");
  const auto k = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    auto paths = plan_paths(onet(), person, target, {.k = k});
    if (!paths) return state.SkipWithError(paths.error().to_string().c_str());
    benchmark::DoNotOptimize(paths->data());
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_PlanPathsOnet)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

}  // namespace
