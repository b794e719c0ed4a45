// A simulation spread over processes (partial.hpp): chunks simulated in any
// grouping and folded in order give simulate()'s summary to the last bit.
#include "careerpath/simulate/partial.hpp"

#include <gtest/gtest.h>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "careerpath/report/simulate_json.hpp"

namespace careerpath {
namespace {

struct Fixture {
  RoleGraph graph = std::move(load_graph("tech")).value();
  Scenario scenario(const std::string& file, std::size_t runs, double uncertainty = 0.0) {
    Scenario s = std::move(load_scenario_or_profile(std::string(CAREERPATH_SOURCE_DIR) + "/" + file, graph)).value();
    s.runs = runs;
    s.seed = 17;
    s.dynamics.rate_uncertainty = uncertainty;
    return s;
  }
};

std::string folded(const RoleGraph& g, const Scenario& s, std::size_t blocks) {
  const std::size_t chunks = simulation_chunk_count(g, s);
  std::vector<std::string> bytes;
  for (std::size_t b = 0; b < blocks; ++b) {
    auto part = simulate_chunks(g, s, chunks * b / blocks, chunks * (b + 1) / blocks, 2);
    EXPECT_TRUE(part.ok());
    for (std::string& one : *part) bytes.push_back(std::move(one));
  }
  const std::vector<std::string_view> views(bytes.begin(), bytes.end());
  auto summary = merge_simulation_chunks(g, s, views);
  EXPECT_TRUE(summary.ok()) << summary.error().to_string();
  return report::simulation_json(g, s, *summary).dump(2);
}

TEST(PartialSimulation, FoldedChunksEqualTheWholeSimulationForAnySplit) {
  Fixture f;
  for (const Scenario& s : {f.scenario("profiles/program-manager.json", 20000),
                            f.scenario("scenarios/junior-cohort.json", 1500),
                            f.scenario("scenarios/product-org.json", 100, 0.5)}) {
    const std::string whole = report::simulation_json(f.graph, s, simulate(f.graph, s, {.threads = 2})).dump(2);
    ASSERT_GT(simulation_chunk_count(f.graph, s), 1U) << s.id;
    for (std::size_t blocks : {1, 2, 3}) EXPECT_EQ(folded(f.graph, s, blocks), whole) << s.id << " in " << blocks << " blocks";
  }
}

TEST(PartialSimulation, MissingRepeatedForeignAndDamagedChunksAreRefused) {
  Fixture f;
  const Scenario s = f.scenario("profiles/program-manager.json", 10000);
  auto chunks = std::move(simulate_chunks(f.graph, s, 0, 3)).value();
  auto merge = [&](std::vector<std::string_view> v, const Scenario& sc) { return merge_simulation_chunks(f.graph, sc, v); };
  EXPECT_FALSE(merge({chunks[0], chunks[1]}, s).ok());
  EXPECT_FALSE(merge({chunks[0], chunks[0], chunks[2]}, s).ok());
  Scenario other = s;
  other.seed = 18;
  EXPECT_FALSE(merge({chunks[0], chunks[1], chunks[2]}, other).ok());
  for (std::size_t cut : {0UL, 10UL, 40UL, chunks[1].size() - 1}) {
    const auto result = merge({chunks[0], std::string_view(chunks[1]).substr(0, cut), chunks[2]}, s);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().message.find("not a simulation chunk"), std::string::npos) << result.error().message;
  }
  EXPECT_FALSE(simulate_chunks(f.graph, s, 2, 4).ok());
}

}  // namespace
}  // namespace careerpath
