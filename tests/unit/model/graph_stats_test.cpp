#include "careerpath/model/graph_stats.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace careerpath {
namespace {

TEST(GraphStats, CountsTheSmallGraph) {
  const GraphStats s = graph_stats(testing::small_graph());
  EXPECT_EQ(s.roles, 5u);
  EXPECT_EQ(s.transitions, 7u);
  EXPECT_EQ(s.transitions_per_kind.at("promotion"), 3u);
  EXPECT_EQ(s.transitions_per_kind.at("step-back"), 1u);
  EXPECT_EQ(s.transitions_per_kind.at("switch"), 2u);
  EXPECT_EQ(s.transitions_per_kind.at("lateral"), 1u);
  // senior, lead and pm reach each other; junior and analyst only lead in.
  EXPECT_EQ(s.largest_strong_component, 3u);
  EXPECT_EQ(s.strong_components, 3u);
  EXPECT_EQ(s.no_moves_in, (std::vector<std::string>{"junior"}));
  EXPECT_TRUE(s.no_moves_out.empty());
  EXPECT_NEAR(s.max_rate_out, 0.35, 1e-12);
  EXPECT_EQ(s.max_rate_out_role, "junior");
}

}  // namespace
}  // namespace careerpath
