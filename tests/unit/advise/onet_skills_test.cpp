// On the built-in O*NET graph, what a person can do must change what is
// recommended (issue 13): the fit term scores a person's fit relative to a
// typical holder of their role (ScoreWeights::fit_relative_to_role), so a
// person described only by their role gets the similarity ranking and the
// skills they state above or below it move roles up or down.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "careerpath/advise/recommender.hpp"
#include "careerpath/io/graph_io.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

const RoleGraph* onet_graph() {
  static const std::optional<RoleGraph> graph = [] {
    auto g = load_graph("onet");
    return g ? std::optional<RoleGraph>(std::move(g).value()) : std::nullopt;
  }();
  return graph ? &*graph : nullptr;
}

// An IT project manager of four years with the role's typical levels, and
// the named skills set to the top of the scale (1 on the normalised scale).
Profile it_project_manager(const RoleGraph& g, const std::vector<std::string>& strong) {
  Profile p;
  p.id = "pm";
  p.current_role = testing::role_index(g, "15-1299.09");
  p.years_in_role = 4;
  p.skills = g.requirements().row(static_cast<Eigen::Index>(p.current_role)).transpose();
  for (const std::string& skill : strong) p.skills(static_cast<Eigen::Index>(*g.skills().find(skill))) = 1.0;
  p.preferences.track_weight.assign(g.tracks().size(), 0.0);
  p.preferences.step_back = StepBack::kAllowed;
  return p;
}

std::vector<std::string> top_ten(const RoleGraph& g, const Profile& p, std::optional<ScoreWeights> weights = {}) {
  RecommendOptions options;
  options.top = 10;
  options.weights = weights;
  std::vector<std::string> codes;
  for (const Recommendation& r : recommend(g, p, options)) codes.push_back(g.role(r.role).code);
  return codes;
}

std::size_t shared(std::vector<std::string> a, std::vector<std::string> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both.size();
}

bool has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

TEST(OnetSkills, ATypicalHolderGetsTheSimilarityRanking) {
  const RoleGraph* g = onet_graph();
  if (g == nullptr) GTEST_SKIP() << "onet is not built in";
  ASSERT_TRUE(g->scoring().fit_relative_to_role);
  const Profile typical = it_project_manager(*g, {});
  ScoreWeights no_fit = g->scoring();
  no_fit.fit = 0.0;
  EXPECT_EQ(top_ten(*g, typical), top_ten(*g, typical, no_fit));
}

TEST(OnetSkills, TheSameRoleWithDifferentSkillsGetsDifferentRecommendations) {
  const RoleGraph* g = onet_graph();
  if (g == nullptr) GTEST_SKIP() << "onet is not built in";
  const std::vector<std::string> typical = top_ten(*g, it_project_manager(*g, {}));
  const std::vector<std::string> programmer = top_ten(
      *g, it_project_manager(*g, {"programming", "computers-and-electronics", "mathematics", "systems-analysis",
                                  "technology-design", "engineering-and-technology"}));
  const std::vector<std::string> manager = top_ten(
      *g, it_project_manager(*g, {"management-of-personnel-resources", "management-of-financial-resources",
                                  "administration-and-management", "economics-and-accounting",
                                  "personnel-and-human-resources", "negotiation"}));
  // Materially different: at most 6 of the 10 in common between the two.
  EXPECT_LE(shared(programmer, manager), 6u);
  EXPECT_LE(shared(programmer, typical), 8u);
  EXPECT_LE(shared(manager, typical), 8u);
  // ... and in the direction of the skills.
  EXPECT_TRUE(has(programmer, "15-1252.00") || has(programmer, "15-1251.00"));  // software developers, programmers
  EXPECT_FALSE(has(manager, "15-1251.00"));
  EXPECT_TRUE(has(manager, "11-3021.00") || has(manager, "11-1021.00"));  // IT or general managers
}

}  // namespace
}  // namespace careerpath
