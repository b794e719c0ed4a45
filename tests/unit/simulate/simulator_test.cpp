#include "careerpath/simulate/simulator.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "careerpath/simulate/markov.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "careerpath/advise/scorer.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::small_graph;

Scenario scenario(const RoleGraph& g, const std::string& json_text) { return testing::make_scenario(g, json_text); }

// One role that needs coding 3 (of 5) at importance 1, and nowhere to go.
RoleGraph one_role() {
  const nlohmann::json doc = {
      {"format", "careerpath.graph/1"},
      {"name", "one"},
      {"tracks", {{{"id", "t"}, {"name", "T"}}}},
      {"skills", {{{"id", "coding"}, {"name", "Coding"}, {"category", "technical"}},
                  {{"id", "sales"}, {"name", "Sales"}, {"category", "business"}}}},
      {"roles", {{{"id", "a"}, {"title", "A"}, {"track", "t"}, {"level", 1},
                  {"requirements", {{"coding", {{"level", 3}, {"importance", 1.0}}}}}}}},
      {"transitions", nlohmann::json::array()}};
  auto g = graph_from_json(doc, "one.json");
  if (!g) throw std::runtime_error(g.error().to_string());
  return std::move(g).value();
}

// |mc - exact| within `z` standard errors of a share estimated from `runs` runs.
void expect_close_share(double mc, double exact, std::size_t runs, double z, const std::string& what) {
  const double se = std::sqrt(std::max(exact * (1.0 - exact), 1e-4) / static_cast<double>(runs));
  EXPECT_LE(std::abs(mc - exact), z * se) << what << ": monte carlo " << mc << ", exact " << exact;
}

void expect_same(const Estimate& a, const Estimate& b) {
  EXPECT_EQ(a.mean, b.mean);
  EXPECT_EQ(a.low, b.low);
  EXPECT_EQ(a.high, b.high);
}

constexpr const char* kSmallJunior = R"({"format": "careerpath.scenario/1", "id": "junior",
  "population": {"profile": {"id": "sam", "current_role": "junior", "years_in_role": 1.5,
                             "skills": {"coding": 3, "planning": 1.5, "people": 1}, "goals": ["pm", "lead"]}},
  "runs": 4000, "horizon_years": 6, "seed": 5, "dynamics": {"attrition": 0.05}})";

TEST(Simulator, SameSeedSameResultsForAnyThreadCount) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, kSmallJunior);
  s.runs = 20000;  // several chunks, so that threads really interleave
  const SimulationSummary one = simulate(g, s, {.threads = 1});
  for (std::size_t threads : {2U, 8U}) {
    const SimulationSummary many = simulate(g, s, {.threads = threads});
    for (std::size_t k = 0; k < one.times.size(); ++k) {
      for (std::size_t r = 0; r < g.role_count(); ++r) expect_same(one.headcount[k][r], many.headcount[k][r]);
    }
    ASSERT_EQ(one.goals.size(), many.goals.size());
    for (std::size_t i = 0; i < one.goals.size(); ++i) {
      for (std::size_t k = 0; k < one.times.size(); ++k) expect_same(one.goals[i].reached_by_time[k], many.goals[i].reached_by_time[k]);
      EXPECT_EQ(one.goals[i].p50, many.goals[i].p50);
    }
    ASSERT_EQ(one.trajectories.size(), many.trajectories.size());
    for (std::size_t i = 0; i < one.trajectories.size(); ++i) {
      EXPECT_EQ(one.trajectories[i].roles, many.trajectories[i].roles);
      EXPECT_EQ(one.trajectories[i].count, many.trajectories[i].count);
    }
    EXPECT_EQ(one.mean_skills, many.mean_skills);
  }
}

TEST(Simulator, AnotherSeedGivesOtherSamples) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, kSmallJunior);
  const SimulationSummary a = simulate(g, s);
  s.seed = 6;
  const SimulationSummary b = simulate(g, s);
  EXPECT_NE(a.headcount.back()[role_index(g, "senior")].mean, b.headcount.back()[role_index(g, "senior")].mean);
}

// With skill effects off the simulator must agree with the exact chain.
void expect_agrees_with_exact(const RoleGraph& g, const Scenario& s) {
  const SimulationSummary mc = simulate(g, s, {.threads = 2});
  const ExactAnswer exact = exact_answer(g, s).value();
  for (std::size_t k = 0; k < mc.times.size(); ++k) {
    for (std::size_t r = 0; r < g.role_count(); ++r) {
      expect_close_share(mc.headcount[k][r].mean, exact.headcount[k][r], s.runs, 5.0,
                         g.role(r).id + " at year " + std::to_string(mc.times[k]));
    }
    expect_close_share(mc.left[k].mean, exact.left[k], s.runs, 5.0, "left");
  }
  for (std::size_t i = 0; i < mc.goals.size(); ++i) {
    for (std::size_t k = 0; k < mc.times.size(); ++k) {
      expect_close_share(mc.goals[i].reached_by_time[k].mean, exact.goals[i].reached_by_time[k], s.runs, 5.0,
                         "goal " + g.role(mc.goals[i].role).id);
    }
  }
}

TEST(Simulator, AgreesWithTheExactChainOnTheSmallGraph) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, kSmallJunior);
  s.dynamics.skill_effects = SkillEffects::kOff;
  expect_agrees_with_exact(g, s);
}

TEST(Simulator, AgreesWithTheExactChainOnQuarterlyAndYearlySteps) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, kSmallJunior);
  s.dynamics.skill_effects = SkillEffects::kOff;
  for (StepLength step : {StepLength::kQuarter, StepLength::kYear}) {
    s.step = step;
    expect_agrees_with_exact(g, s);
  }
}

TEST(Simulator, AgreesWithTheExactChainOnTheDefaultGraph) {
  const RoleGraph tech = load_graph("tech").value();
  Scenario s = scenario(tech, R"({"format": "careerpath.scenario/1", "id": "pm",
    "population": {"profile": {"current_role": "program-manager", "years_in_role": 1, "skills": {}, "goals": ["tpm-3"]}},
    "runs": 6000, "horizon_years": 8, "seed": 3,
    "dynamics": {"skill_effects": false, "attrition": {"default": 0.08, "tracks": {"engineering": 0.12}}}})");
  expect_agrees_with_exact(tech, s);
}

TEST(Simulator, TimeToGoalMatchesTheFundamentalMatrix) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, R"({"format": "careerpath.scenario/1", "id": "t", "horizon_years": 60, "runs": 4000,
    "population": {"profile": {"current_role": "junior", "years_in_role": 0, "skills": {}}},
    "goals": ["pm"], "dynamics": {"skill_effects": false, "attrition": 0.1}})");
  const SimulationSummary mc = simulate(g, s, {.threads = 2});
  const ExactAnswer exact = exact_answer(g, s).value();
  // About a third of 4000 careers reach pm, with a spread of a few years:
  // the mean is good to about 0.15 year; allow four times that.
  EXPECT_NEAR(*mc.goals[0].mean_years_if_reached, *exact.goals[0].expected_years_if_ever, 0.6);
  expect_close_share(mc.goals[0].reached_by_time.back().mean, exact.goals[0].ever, s.runs, 5.0, "ever");
}

TEST(Simulator, OrganisationWithHiringAgreesWithTheExactChain) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, R"({"format": "careerpath.scenario/1", "id": "org", "runs": 1500, "horizon_years": 4,
    "population": {"organisation": {"headcount": {"junior": 6, "senior": 4, "pm": 2}, "years_in_role": {"min": 0, "max": 3}}},
    "goals": ["lead"],
    "dynamics": {"skill_effects": false, "attrition": 0.1, "hiring": [{"role": "junior", "per_year": 3}]}})");
  const SimulationSummary mc = simulate(g, s, {.threads = 2});
  const ExactAnswer exact = exact_answer(g, s).value();
  for (std::size_t k = 0; k < mc.times.size(); ++k) {
    for (std::size_t r = 0; r < g.role_count(); ++r) {
      const Estimate& e = mc.headcount[k][r];
      const double half = std::max(e.high - e.mean, 1e-3);  // 1.96 standard errors
      EXPECT_LE(std::abs(e.mean - exact.headcount[k][r]), 2.6 * half) << g.role(r).id << " at " << mc.times[k];
    }
  }
  for (std::size_t i = 0; i < mc.hires.size(); ++i) EXPECT_DOUBLE_EQ(mc.hires[i].mean, 3.0);
}

TEST(Simulator, SkillsGrowTowardsTheRoleInClosedForm) {
  const RoleGraph g = one_role();
  Scenario s = scenario(g, R"({"format": "careerpath.scenario/1", "id": "t", "runs": 3, "horizon_years": 4,
    "population": {"profile": {"current_role": "a", "years_in_role": 0, "skills": {"coding": 1, "sales": 2}}},
    "dynamics": {"skill_growth": 0.5, "stretch": 1}})");
  const SimulationSummary r = simulate(g, s);
  // Target min(5, 3 + 1) = 4, i.e. 0.8; dS/dt = 0.5 (0.8 - S) from 0.2.
  for (std::size_t k = 0; k < r.times.size(); ++k) {
    EXPECT_NEAR(r.mean_skills(static_cast<Eigen::Index>(k), 0), 0.8 - 0.6 * std::exp(-0.5 * r.times[k]), 1e-12);
    EXPECT_DOUBLE_EQ(r.mean_skills(static_cast<Eigen::Index>(k), 1), 0.4);  // not exercised: unchanged
  }
}

TEST(Simulator, MentoringSpeedsLearningOnlyWhileItLasts) {
  const RoleGraph g = one_role();
  Scenario s = scenario(g, R"({"format": "careerpath.scenario/1", "id": "t", "runs": 1, "horizon_years": 3,
    "population": {"profile": {"current_role": "a", "years_in_role": 0, "skills": {"coding": 1}}},
    "dynamics": {"skill_growth": 0.5, "stretch": 1},
    "interventions": [{"type": "mentoring", "at": 1, "duration": 1, "learning_multiplier": 2, "cost": 100}]})");
  const SimulationSummary r = simulate(g, s);
  // Exposure: one year at 0.5, one at 1.0, one at 0.5.
  EXPECT_NEAR(r.mean_skills(3, 0), 0.8 - 0.6 * std::exp(-2.0), 1e-12);
  EXPECT_DOUBLE_EQ(r.training_cost.mean, 100.0);
}

TEST(Simulator, TrainingAddsItsGainUpToTheCeiling) {
  const RoleGraph g = one_role();
  Scenario s = scenario(g, R"({"format": "careerpath.scenario/1", "id": "t", "runs": 2, "horizon_years": 2,
    "population": {"profile": {"current_role": "a", "years_in_role": 0, "skills": {"sales": 1}}},
    "dynamics": {"skill_growth": 0, "ceiling": 4},
    "interventions": [{"type": "training", "at": 0.5, "duration": 0.5, "skills": {"sales": 2}, "cost": 50},
                      {"type": "training", "at": 1.5, "skills": {"sales": 2}}]})");
  const SimulationSummary r = simulate(g, s);
  EXPECT_NEAR(r.mean_skills(1, 1), 0.6, 1e-12);  // 1 + 2 levels, spread over half a year
  EXPECT_NEAR(r.mean_skills(2, 1), 0.8, 1e-12);  // + 2 more, held at the ceiling of 4
  EXPECT_DOUBLE_EQ(r.training_cost.mean, 50.0);
}

TEST(Simulator, LowerFitSlowsMovesByFitSquared) {
  const RoleGraph& g = small_graph();
  // Sam's fit to senior: need coding 4 (w 1), planning 2 (w .5), people 2 (w .5);
  // with no skills the fit is 0 and nobody is promoted.
  Scenario s = scenario(g, R"({"format": "careerpath.scenario/1", "id": "t", "runs": 3000, "horizon_years": 1,
    "population": {"profile": {"current_role": "senior", "years_in_role": 5, "baseline": "none", "skills": {}}},
    "dynamics": {"skill_growth": 0}})");
  const SimulationSummary none = simulate(g, s);
  EXPECT_EQ(none.headcount[1][role_index(g, "lead")].mean, 0.0);
  EXPECT_EQ(none.headcount[1][role_index(g, "pm")].mean, 0.0);
  // Fully qualified for lead (coding 3, planning 3, people 4), not at all for pm.
  s.population.people[0].skills << 0.6, 0.6, 0.8;
  const SimulationSummary lead_ready = simulate(g, s);
  const double fit_pm = skill_fit(g, s.population.people[0].skills, role_index(g, "pm"));
  const double h_lead = -std::log(0.8);
  const double h_pm = -std::log(0.9) * fit_pm * fit_pm;
  const double moved = 1.0 - std::exp(-(h_lead + h_pm));
  expect_close_share(lead_ready.headcount[1][role_index(g, "lead")].mean, moved * h_lead / (h_lead + h_pm), s.runs, 5.0,
                     "lead");
  expect_close_share(lead_ready.headcount[1][role_index(g, "pm")].mean, moved * h_pm / (h_lead + h_pm), s.runs, 5.0, "pm");
}

constexpr const char* kTwoSeniors = R"({"format": "careerpath.scenario/1", "id": "cap", "runs": 500, "horizon_years": 6,
  "population": {"organisation": {"headcount": {"senior": 6}, "years_in_role": {"min": 3, "max": 3}}},
  "dynamics": {"skill_effects": false, "capacity": {"lead": 2}}})";

TEST(Simulator, CapacityKeepsARoleFromOverfilling) {
  const RoleGraph& g = small_graph();
  const SimulationSummary r = simulate(g, scenario(g, kTwoSeniors));
  const std::size_t lead = role_index(g, "lead");
  for (const auto& time : r.headcount) EXPECT_LE(time[lead].high, 2.0 + 1e-12);
  EXPECT_GT(r.headcount.back()[lead].mean, 1.5);
}

TEST(Simulator, OpenedPositionsAndFreezesChangeWhoCanMove) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, kTwoSeniors);
  s.interventions.push_back({.at = 1.0, .action = OpenPositions{.role = role_index(g, "lead"), .count = 2}});
  const SimulationSummary opened = simulate(g, s);
  EXPECT_GT(opened.headcount.back()[role_index(g, "lead")].mean, 2.5);
  EXPECT_LE(opened.headcount[1][role_index(g, "lead")].high, 2.0 + 1e-12);

  Scenario frozen = scenario(g, kTwoSeniors);
  frozen.interventions.push_back({.at = 0.0, .duration = 2.0, .action = Freeze{.role = role_index(g, "pm")}});
  const SimulationSummary f = simulate(g, frozen);
  EXPECT_EQ(f.headcount[2][role_index(g, "pm")].mean, 0.0);
  EXPECT_GT(f.headcount[3][role_index(g, "pm")].mean, 0.0);
}

TEST(Simulator, MoveRateChangesApplyToTheNamedMove) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, kSmallJunior);
  s.dynamics.skill_effects = SkillEffects::kOff;
  s.interventions.push_back({.at = 0.0, .action = MoveRateChange{.to = role_index(g, "senior"), .multiplier = 0.0}});
  const SimulationSummary r = simulate(g, s);
  for (const auto& time : r.headcount) EXPECT_EQ(time[role_index(g, "senior")].mean, 0.0);
  EXPECT_GT(r.headcount.back()[role_index(g, "analyst")].mean, 0.05);
}

TEST(Simulator, ComparingAScenarioWithItselfShowsNoDifference) {
  const RoleGraph& g = small_graph();
  const Scenario s = scenario(g, kSmallJunior);
  const Comparison c = simulate_comparison(g, s, s).value();
  for (const auto& time : c.difference.headcount) {
    for (const Estimate& e : time) {
      EXPECT_EQ(e.mean, 0.0);
      EXPECT_EQ(e.high, 0.0);
    }
  }
  const SimulationSummary alone = simulate(g, s);
  expect_same(alone.headcount.back()[role_index(g, "senior")], c.other.headcount.back()[role_index(g, "senior")]);
}

TEST(Simulator, TrainingRaisesTheChanceOfAGoalOnCommonRandomNumbers) {
  const RoleGraph& g = small_graph();
  const Scenario base = scenario(g, kSmallJunior);
  Scenario trained = base;
  trained.interventions.push_back(
      {.at = 0.0, .action = Training{.gains = {{.skill = 0, .amount = 0.2}, {.skill = 2, .amount = 0.2}}}});
  const Comparison c = simulate_comparison(g, base, trained).value();
  const std::size_t last = c.base.times.size() - 1;
  const std::size_t senior = role_index(g, "senior");
  const Estimate& d = c.difference.headcount[2][senior];
  EXPECT_GT(d.low, 0.0) << "training for the senior role must raise promotions";
  // Paired differences are far more precise than the two estimates apart.
  EXPECT_LT(d.high - d.low, (c.base.headcount[2][senior].high - c.base.headcount[2][senior].low));
  EXPECT_EQ(c.difference.goal_reached.size(), c.base.goals.size());
  EXPECT_GT(c.other.goals[1].reached_by_time[last].mean, c.base.goals[1].reached_by_time[last].mean);
}

TEST(Simulator, ComparisonNeedsTheSameHorizon) {
  const RoleGraph& g = small_graph();
  const Scenario a = scenario(g, kSmallJunior);
  Scenario b = a;
  b.years = 3;
  EXPECT_FALSE(simulate_comparison(g, a, b).ok());
}

TEST(Simulator, TrajectoriesAreCountedMostCommonFirst) {
  const RoleGraph& g = small_graph();
  const SimulationSummary r = simulate(g, scenario(g, kSmallJunior), {.top_trajectories = 5});
  ASSERT_EQ(r.trajectories.size(), 5U);
  EXPECT_EQ(r.careers, 4000U);
  double shares = 0.0;
  for (std::size_t i = 0; i < r.trajectories.size(); ++i) {
    EXPECT_EQ(r.trajectories[i].roles.front(), role_index(g, "junior"));
    if (i > 0) {
      EXPECT_LE(r.trajectories[i].count, r.trajectories[i - 1].count);
    }
    shares += r.trajectories[i].share;
  }
  EXPECT_LE(shares, 1.0);
  EXPECT_TRUE(r.trajectories_exact);
}

TEST(Simulator, AttritionEmptiesTheOrganisationAtItsRate) {
  const RoleGraph& g = small_graph();
  const SimulationSummary r = simulate(g, scenario(g, R"({"format": "careerpath.scenario/1", "id": "t", "runs": 400,
    "horizon_years": 2, "population": {"organisation": {"headcount": {"lead": 50}}},
    "dynamics": {"attrition": 0.2, "skill_effects": false}})"));
  // Lead's only move is a rare step back; 20% leave each year.
  EXPECT_NEAR(r.leavers[0].mean, 50 * 0.2, 0.3);
  EXPECT_NEAR(r.left[2].mean, 50 * (1 - 0.8 * 0.8), 0.5);
}

}  // namespace
}  // namespace careerpath

namespace careerpath {
namespace {

// Shares of runs near 0% got intervals reaching below 0% (mean - 1.96 SE).
// With 200 runs of one person some roles are held in a handful of runs:
// every interval of a share stays inside [0, 1] and contains its mean.
TEST(Simulator, ShareIntervalsStayBetweenZeroAndOne) {
  const RoleGraph& g = testing::small_graph();
  Scenario s = scenario(g, kSmallJunior);
  s.runs = 200;
  const SimulationSummary summary = simulate(g, s, {.threads = 1});
  std::size_t rare = 0;
  auto check = [&](const Estimate& e) {
    EXPECT_GE(e.low, 0.0);
    EXPECT_LE(e.high, 1.0);
    EXPECT_LE(e.low, e.mean);
    EXPECT_GE(e.high, e.mean);
    if (e.mean > 0.0 && e.mean < 0.05) ++rare;
  };
  for (const auto& row : summary.headcount) {
    for (const Estimate& e : row) check(e);
  }
  for (const GoalOutcome& goal : summary.goals) {
    for (const Estimate& e : goal.reached_by_time) check(e);
  }
  EXPECT_GT(rare, 0u);  // the test does look at shares near 0%
}

}  // namespace
}  // namespace careerpath
