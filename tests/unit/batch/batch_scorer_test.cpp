#include "careerpath/batch/batch_scorer.hpp"

#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "careerpath/advise/scorer.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::small_graph;
using testing::source_path;

const RoleGraph& tech_graph() {
  static const RoleGraph graph = [] {
    auto g = load_graph("tech");
    if (!g) throw std::runtime_error(g.error().to_string());
    return std::move(g).value();
  }();
  return graph;
}

// People of every kind the recommender distinguishes: sparse and full skill
// sets in half levels (so that exact ties happen), goals, track preferences,
// avoided roles, step backs accepted or not.
std::vector<Profile> random_people(const RoleGraph& g, std::size_t count, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> any_role(0, g.role_count() - 1);
  std::uniform_int_distribution<int> half_level(0, 10);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<Profile> people;
  for (std::size_t i = 0; i < count; ++i) {
    Profile p;
    p.id = "p" + std::to_string(i);
    p.current_role = any_role(rng);
    p.years_in_role = std::round(unit(rng) * 16.0) / 2.0;
    const double density = i % 4 == 0 ? 1.0 : 0.3;
    p.skills = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(g.skill_count()));
    for (Eigen::Index s = 0; s < p.skills.size(); ++s) {
      if (unit(rng) < density) p.skills(s) = half_level(rng) / 10.0;
    }
    if (i % 3 == 0) p.goals = {any_role(rng)};
    if (i % 5 == 0) p.goals.push_back(any_role(rng));
    p.preferences.track_weight.assign(g.tracks().size(), 0.0);
    if (i % 2 == 0) p.preferences.track_weight[i % g.tracks().size()] = unit(rng) * 2.0 - 1.0;
    if (i % 7 == 0) p.preferences.avoid = {any_role(rng)};
    p.preferences.step_back = i % 6 == 0 ? StepBack::kAllowed : StepBack::kForbidden;
    people.push_back(std::move(p));
  }
  return people;
}

void expect_same(const RoleGraph& g, const std::vector<Recommendation>& expected,
                 const std::vector<Recommendation>& actual) {
  ASSERT_EQ(expected.size(), actual.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE("rank " + std::to_string(i + 1));
    const Recommendation& e = expected[i];
    const Recommendation& a = actual[i];
    ASSERT_EQ(g.role(e.role).id, g.role(a.role).id);
    // Bit for bit: batch output must print exactly what recommend prints.
    EXPECT_EQ(e.score, a.score);
    EXPECT_EQ(e.components.fit, a.components.fit);
    EXPECT_EQ(e.components.move, a.components.move);
    EXPECT_EQ(e.components.goal, a.components.goal);
    EXPECT_EQ(e.components.preference, a.components.preference);
    EXPECT_EQ(e.components.seniority, a.components.seniority);
    EXPECT_EQ(e.contributions.fit, a.contributions.fit);
    EXPECT_EQ(e.transition, a.transition);
    EXPECT_EQ(e.years_until_usual, a.years_until_usual);
    EXPECT_EQ(e.level_change, a.level_change);
    EXPECT_EQ(e.is_goal, a.is_goal);
    ASSERT_EQ(e.top_gaps.size(), a.top_gaps.size());
    for (std::size_t j = 0; j < e.top_gaps.size(); ++j) {
      EXPECT_EQ(e.top_gaps[j].skill, a.top_gaps[j].skill);
      EXPECT_EQ(e.top_gaps[j].weighted, a.top_gaps[j].weighted);
    }
  }
}

void expect_batch_equals_recommend(const RoleGraph& g, const std::vector<Profile>& people,
                                   const RecommendOptions& options) {
  const Recommender recommender(g);
  for (KernelIsa isa : {KernelIsa::kPortable, KernelIsa::kSse2, KernelIsa::kAvx2, KernelIsa::kAvx512}) {
    if (!kernel_isa_supported(isa)) continue;
    SCOPED_TRACE(std::string(to_string(isa)) + ", top " + std::to_string(options.top));
    const BatchScorer scorer(recommender, options, isa);
    BatchScorer::Workspace workspace;
    std::vector<std::vector<Recommendation>> results;
    // Blocks of uneven sizes through one workspace, as the batch engine does.
    for (std::size_t begin = 0; begin < people.size(); begin += 37) {
      const std::size_t end = std::min(people.size(), begin + 37);
      scorer.score(std::span(people).subspan(begin, end - begin), results, workspace);
      for (std::size_t i = begin; i < end; ++i) {
        SCOPED_TRACE("person " + std::to_string(i));
        expect_same(g, recommender.recommend(people[i], options), results[i - begin]);
      }
    }
  }
}

TEST(BatchScorer, EqualsRecommendForRandomPeopleOnTheTechGraph) {
  const std::vector<Profile> people = random_people(tech_graph(), 300, 11);
  expect_batch_equals_recommend(tech_graph(), people, {});
  expect_batch_equals_recommend(tech_graph(), people, {.top = 1});
  expect_batch_equals_recommend(tech_graph(), people, {.top = 12, .horizon_years = 4.0});
  expect_batch_equals_recommend(tech_graph(), people, {.top = 3, .direct_moves_only = true});
  expect_batch_equals_recommend(tech_graph(), people,
                                {.top = 5, .weights = ScoreWeights{.fit = 1.0, .move = 0.0, .goal = 0.0,
                                                                   .preference = 0.0, .seniority = 0.0}});
}

TEST(BatchScorer, EqualsRecommendForTheExampleProfiles) {
  std::vector<Profile> people;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("profiles"))) {
    if (entry.path().extension() != ".json") continue;
    auto p = load_profile(entry.path().string(), tech_graph());
    if (p) people.push_back(std::move(p).value());  // teams and scenarios live here too
  }
  ASSERT_GE(people.size(), 5u);
  expect_batch_equals_recommend(tech_graph(), people, {});
  expect_batch_equals_recommend(tech_graph(), people, {.top = 20});
}

TEST(BatchScorer, AskingForMoreRolesThanThereAreGivesEveryEligibleRole) {
  const std::vector<Profile> people = random_people(small_graph(), 40, 5);
  expect_batch_equals_recommend(small_graph(), people, {.top = 50});
}

TEST(BatchScorer, PeopleWhoFitEverythingTieOnFitAndBreakTiesById) {
  // Full marks everywhere: every fit is 1, so the ranking rests on the other
  // components and, for equal scores, on role ids.
  std::vector<Profile> people = random_people(tech_graph(), 20, 9);
  for (Profile& p : people) p.skills.setOnes();
  expect_batch_equals_recommend(tech_graph(), people, {.top = 10});
}

}  // namespace
}  // namespace careerpath
