#include "careerpath/advise/recommender.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::make_profile;
using testing::role_index;
using testing::small_graph;

const char* kSam = R"({"id": "sam", "current_role": "junior", "years_in_role": 1.5,
  "skills": {"coding": 3, "planning": 1.5, "people": 1}, "goals": ["pm"],
  "preferences": {"tracks": {"product": 0.5}}})";

const Recommendation& find(const std::vector<Recommendation>& recs, std::size_t role) {
  for (const auto& r : recs) {
    if (r.role == role) return r;
  }
  throw std::runtime_error("role not recommended");
}

TEST(Recommender, ReportsEveryComponentAndTheyAddUp) {
  const RoleGraph& g = small_graph();
  const Profile sam = make_profile(g, kSam);
  const auto recs = recommend(g, sam, {.top = 10});
  ASSERT_EQ(recs.size(), 4u);  // every role but the current one
  const Recommendation& senior = find(recs, role_index(g, "senior"));
  EXPECT_NEAR(senior.components.move, 1.0 - std::pow(0.7, 1.5), 1e-12);  // half a year still to wait
  EXPECT_DOUBLE_EQ(senior.years_until_usual, 0.5);
  EXPECT_DOUBLE_EQ(senior.components.goal, 0.5);  // one move from the goal, closer than junior
  EXPECT_DOUBLE_EQ(senior.components.seniority, 1.0);
  EXPECT_EQ(senior.level_change, 2);
  const Recommendation& pm = find(recs, role_index(g, "pm"));
  EXPECT_TRUE(pm.is_goal);
  EXPECT_DOUBLE_EQ(pm.components.goal, 1.0);
  EXPECT_DOUBLE_EQ(pm.components.preference, 0.5);
  EXPECT_FALSE(pm.transition.has_value());
  EXPECT_DOUBLE_EQ(pm.components.move, 0.0);
  for (const auto& r : recs) {
    const auto& c = r.contributions;
    EXPECT_NEAR(c.fit + c.move + c.goal + c.preference + c.seniority, r.score, 1e-12);
  }
  for (std::size_t i = 1; i < recs.size(); ++i) EXPECT_GE(recs[i - 1].score, recs[i].score);
}

TEST(Recommender, NeverRecommendsTheCurrentOrAnAvoidedRole) {
  const RoleGraph& g = small_graph();
  Profile sam = make_profile(g, kSam);
  sam.preferences.avoid = {role_index(g, "senior")};
  for (const auto& r : recommend(g, sam, {.top = 10})) {
    EXPECT_NE(r.role, sam.current_role);
    EXPECT_NE(r.role, role_index(g, "senior"));
  }
}

TEST(Recommender, RespectsNoStepBack) {
  const RoleGraph& g = small_graph();
  Profile lead = make_profile(g, R"({"current_role": "lead", "years_in_role": 3, "skills": {"people": 4}})");
  for (const auto& r : recommend(g, lead, {.top = 10})) EXPECT_GE(g.role(r.role).level, 4);
  lead.preferences.step_back = StepBack::kAllowed;
  const auto allowed = recommend(g, lead, {.top = 10});
  EXPECT_EQ(allowed.size(), 4u);
  EXPECT_LT(find(allowed, role_index(g, "senior")).components.seniority, 0.0);
}

TEST(Recommender, ReportsSkillsToBuildForEachRole) {
  const RoleGraph& g = small_graph();
  const auto recs = recommend(g, make_profile(g, kSam), {.top = 10});
  const Recommendation& lead = find(recs, role_index(g, "lead"));
  ASSERT_FALSE(lead.top_gaps.empty());
  EXPECT_EQ(g.skills()[lead.top_gaps[0].skill].id, "people");  // 3 levels short at importance 1
}

TEST(Recommender, DirectMovesOnlyKeepsGraphNeighbours) {
  const RoleGraph& g = small_graph();
  const auto recs = recommend(g, make_profile(g, kSam), {.top = 10, .direct_moves_only = true});
  ASSERT_EQ(recs.size(), 2u);
  for (const auto& r : recs) EXPECT_TRUE(r.transition.has_value());
}

TEST(Recommender, HopsToGoalUseTheGraph) {
  const RoleGraph& g = small_graph();
  Recommender rec(g);
  const auto& hops = rec.hops_to(role_index(g, "pm"));
  EXPECT_EQ(hops[role_index(g, "junior")], 2);
  EXPECT_EQ(hops[role_index(g, "analyst")], 1);
  EXPECT_EQ(hops[role_index(g, "pm")], 0);
}

}  // namespace
}  // namespace careerpath
