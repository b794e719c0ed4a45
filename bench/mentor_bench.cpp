// mentor_team on the default tech graph: the whole team analysis (per member
// a recommendation, goal search with Yen routes and focus skills; then the
// heatmap, shared gaps, single points of failure and pairings) for teams of
// growing size. items/s reads as members planned per second.
#include <benchmark/benchmark.h>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/advise/mentor.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/io/team_io.hpp"

namespace {

using namespace careerpath;

const RoleGraph& tech() {
  static const RoleGraph g = [] {
    auto graph = load_graph("tech");
    if (!graph) throw std::runtime_error(graph.error().to_string());
    return std::move(graph).value();
  }();
  return g;
}

// The example team (8 members with varied roles and goals).
void BM_MentorExampleTeam(benchmark::State& state) {
  auto team = load_team(std::string(CAREERPATH_SOURCE_DIR) + "/profiles/teams/payments-team.json", tech());
  if (!team) throw std::runtime_error(team.error().to_string());
  for (auto _ : state) {
    TeamReport report = mentor_team(tech(), *team);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(team->members.size()));
}
BENCHMARK(BM_MentorExampleTeam)->Unit(benchmark::kMillisecond);

// Synthetic teams: member i holds role i mod roles with its requirements
// lowered by a level, so everyone has gaps, and has no goal of their own
// (the goal search, the costliest part, runs for everyone).
void BM_MentorSyntheticTeam(benchmark::State& state) {
  const RoleGraph& g = tech();
  Team team{.id = "synthetic", .goals = {*g.find_role("tech-lead"), *g.find_role("tpm-3")}};
  for (std::int64_t i = 0; i < state.range(0); ++i) {
    Profile p = profile_for_role(g, static_cast<std::size_t>(i) % g.role_count(), 2.0);
    p.id = "m" + std::to_string(i);
    p.skills = (p.skills.array() - 1.0 / g.skills().scale().span()).max(0.0).matrix();
    team.members.push_back(std::move(p));
  }
  for (auto _ : state) {
    TeamReport report = mentor_team(g, team);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_MentorSyntheticTeam)->RangeMultiplier(4)->Range(8, 512)->Unit(benchmark::kMillisecond);

}  // namespace
