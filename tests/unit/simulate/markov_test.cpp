#include "careerpath/simulate/markov.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "careerpath/io/scenario_io.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::small_graph;

// Two roles, one move a -> b; the numbers below are worked by hand.
RoleGraph two_roles(double rate, double min_years) {
  const nlohmann::json doc = {
      {"format", "careerpath.graph/1"},
      {"name", "two"},
      {"tracks", {{{"id", "t"}, {"name", "T"}}}},
      {"skills", {{{"id", "s"}, {"name", "S"}, {"category", "technical"}}}},
      {"roles",
       {{{"id", "a"}, {"title", "A"}, {"track", "t"}, {"level", 1}, {"requirements", nlohmann::json::object()}},
        {{"id", "b"}, {"title", "B"}, {"track", "t"}, {"level", 2}, {"requirements", nlohmann::json::object()}}}},
      {"transitions", {{{"from", "a"}, {"to", "b"}, {"kind", "promotion"}, {"rate", rate}, {"min_years", min_years}}}}};
  auto g = graph_from_json(doc, "two.json");
  if (!g) throw std::runtime_error(g.error().to_string());
  return std::move(g).value();
}

Scenario scenario(const RoleGraph& g, const std::string& json_text) {
  auto s = scenario_from_json(nlohmann::json::parse(json_text), g, "");
  if (!s) throw std::runtime_error(s.error().to_string());
  return std::move(s).value();
}

constexpr const char* kOnePersonInA = R"({"format": "careerpath.scenario/1", "id": "t",
  "population": {"profile": {"current_role": "a", "years_in_role": 0, "skills": {}}},
  "horizon_years": 3, "step": "year", "goals": ["b"], "dynamics": {"skill_effects": false}})";

TEST(Markov, OneMoveAtHalfAYearIsGeometric) {
  const RoleGraph g = two_roles(0.5, 0.0);
  const ExactAnswer a = exact_answer(g, scenario(g, kOnePersonInA)).value();
  const std::size_t b = role_index(g, "b");
  // P(still in a after t years) = 0.5^t.
  EXPECT_NEAR(a.headcount[1][b], 0.5, 1e-12);
  EXPECT_NEAR(a.headcount[2][b], 0.75, 1e-12);
  EXPECT_NEAR(a.headcount[3][b], 0.875, 1e-12);
  ASSERT_EQ(a.goals.size(), 1U);
  EXPECT_NEAR(a.goals[0].reached_by_time[3], 0.875, 1e-12);
  // Geometric with p = 1/2 per yearly step: certain eventually, 2 years on average.
  EXPECT_NEAR(a.goals[0].ever, 1.0, 1e-12);
  EXPECT_NEAR(*a.goals[0].expected_years_if_ever, 2.0, 1e-9);
  EXPECT_DOUBLE_EQ(*a.goals[0].p10, 1.0);
  EXPECT_DOUBLE_EQ(*a.goals[0].p50, 1.0);
  EXPECT_FALSE(a.goals[0].p90.has_value());  // 87.5% by the horizon of 3 years
}

TEST(Markov, TheSameAnnualRateHoldsForMonthlySteps) {
  // Rates become hazards, so the step length does not change the yearly answer.
  const RoleGraph g = two_roles(0.5, 0.0);
  Scenario s = scenario(g, kOnePersonInA);
  s.step = StepLength::kMonth;
  const ExactAnswer a = exact_answer(g, s).value();
  EXPECT_NEAR(a.headcount[1][role_index(g, "b")], 0.5, 1e-12);
  EXPECT_NEAR(a.headcount[2][role_index(g, "b")], 0.75, 1e-12);
}

TEST(Markov, MinimumYearsHoldTheMoveBack) {
  const RoleGraph g = two_roles(0.5, 1.0);
  const ExactAnswer a = exact_answer(g, scenario(g, kOnePersonInA)).value();
  const std::size_t b = role_index(g, "b");
  EXPECT_NEAR(a.headcount[1][b], 0.0, 1e-12);  // tenure 0 during the first year
  EXPECT_NEAR(a.headcount[2][b], 0.5, 1e-12);
  EXPECT_NEAR(*a.goals[0].expected_years_if_ever, 3.0, 1e-9);  // one closed year, then 2 on average
}

TEST(Markov, AttritionCompetesWithTheMove) {
  const RoleGraph g = two_roles(0.5, 0.0);
  Scenario s = scenario(g, kOnePersonInA);
  s.dynamics.attrition[role_index(g, "a")] = 0.2;
  const ExactAnswer a = exact_answer(g, s).value();
  // Hazards ln 2 and -ln 0.8: no event with probability 0.5 x 0.8 = 0.4 a year;
  // the move takes a share ln 2 / (ln 2 - ln 0.8) of the rest.
  const double share = std::log(2.0) / (std::log(2.0) - std::log(0.8));
  EXPECT_NEAR(a.headcount[1][role_index(g, "b")], 0.6 * share, 1e-12);
  EXPECT_NEAR(a.left[1], 0.6 * (1.0 - share), 1e-12);
  EXPECT_NEAR(a.leavers[0], 0.6 * (1.0 - share), 1e-12);
  // Ever reaching b: a geometric number of years in a, each ending in b with 0.6 x share.
  EXPECT_NEAR(a.goals[0].ever, 0.6 * share / 0.6, 1e-12);
  EXPECT_NEAR(*a.goals[0].expected_years_if_ever, 1.0 / 0.6, 1e-9);
}

TEST(Markov, HiresAddExpectedHeadcountOnSchedule) {
  const RoleGraph g = two_roles(0.5, 0.0);
  Scenario s = scenario(g, kOnePersonInA);
  s.dynamics.hiring.push_back({.role = role_index(g, "a"), .rule = FixedPerYear{2.0}});
  const ExactAnswer a = exact_answer(g, s).value();
  EXPECT_DOUBLE_EQ(a.hires[0], 2.0);
  EXPECT_NEAR(a.headcount[1][role_index(g, "a")] + a.headcount[1][role_index(g, "b")], 3.0, 1e-12);
}

TEST(Markov, RejectsScenariosThatAreNotMarkovChains) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, R"({"format": "careerpath.scenario/1", "id": "t",
    "population": {"profile": {"current_role": "junior", "years_in_role": 0, "skills": {}}}})");
  s.file = "x.json";
  auto a = exact_answer(g, s);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().pointer, "/dynamics/skill_effects");
  s.dynamics.skill_effects = SkillEffects::kOff;
  s.dynamics.capacity[0] = 3;
  EXPECT_EQ(exact_answer(g, s).error().pointer, "/dynamics/capacity");
}

TEST(Markov, FundamentalMatrixAgreesWithALongHorizon) {
  // With 10% attrition hardly anyone is still on the way after 60 years, so
  // the horizon-bound answers converge to the fundamental matrix's.
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, R"({"format": "careerpath.scenario/1", "id": "t", "horizon_years": 60,
    "population": {"profile": {"current_role": "junior", "years_in_role": 0, "skills": {}}},
    "goals": ["pm", "lead"], "dynamics": {"skill_effects": false, "attrition": 0.1}})");
  const ExactAnswer a = exact_answer(g, s).value();
  for (const ExactGoal& goal : a.goals) {
    EXPECT_GT(goal.ever, 0.05);
    EXPECT_LT(goal.ever, 1.0);
    EXPECT_NEAR(goal.reached_by_time.back(), goal.ever, 1e-3);
    EXPECT_NEAR(*goal.mean_years_if_reached, *goal.expected_years_if_ever, 0.05);
    EXPECT_LE(*goal.mean_years_if_reached, *goal.expected_years_if_ever);  // the horizon only cuts long careers
  }
  // Occupancy and leavers account for the one person at every time.
  for (std::size_t k = 0; k < a.times.size(); ++k) {
    double total = a.left[k];
    for (double v : a.headcount[k]) total += v;
    EXPECT_NEAR(total, 1.0, 1e-9);
  }
}

}  // namespace
}  // namespace careerpath
