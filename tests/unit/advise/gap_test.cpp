#include "careerpath/advise/gap.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::small_graph;

TEST(Gap, ListsEveryRequiredSkillMostPressingFirst) {
  const RoleGraph& g = small_graph();
  Eigen::VectorXd s(3);
  s << 4.0 / 5, 1.0 / 5, 0.0;  // coding 4, planning 1, people 0
  const GapReport report = skill_gap(g, s, role_index(g, "senior"));
  ASSERT_EQ(report.skills.size(), 3u);
  // people: short 2 x .5 = 1.0; planning: short 1 x .5 = .5; coding met.
  EXPECT_EQ(g.skills()[report.skills[0].skill].id, "people");
  EXPECT_DOUBLE_EQ(report.skills[0].shortfall, 2.0);
  EXPECT_DOUBLE_EQ(report.skills[0].weighted, 1.0);
  EXPECT_EQ(g.skills()[report.skills[1].skill].id, "planning");
  EXPECT_DOUBLE_EQ(report.skills[1].have, 1.0);
  EXPECT_DOUBLE_EQ(report.skills[1].need, 2.0);
  EXPECT_EQ(g.skills()[report.skills[2].skill].id, "coding");
  EXPECT_DOUBLE_EQ(report.skills[2].shortfall, 0.0);
  EXPECT_EQ(report.skills_met, 1u);
  EXPECT_DOUBLE_EQ(report.weighted_shortfall, 1.5);
  EXPECT_NEAR(report.readiness, 0.75, 1e-12);
}

TEST(Gap, TopGapsSkipsWhatIsMet) {
  const RoleGraph& g = small_graph();
  Eigen::VectorXd s(3);
  s << 1.0, 1.0, 0.0;
  const auto gaps = top_gaps(g, s, role_index(g, "lead"), 3);
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(g.skills()[gaps[0].skill].id, "people");
}

}  // namespace
}  // namespace careerpath
