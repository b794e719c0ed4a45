// The workforce planner's view of a simulation: flows that add up, hiring
// policies, arrivals apart from incumbents, careers that end by leaving,
// levers that add up when the effects do, and input uncertainty.
#include <cmath>

#include <gtest/gtest.h>

#include "careerpath/io/scenario_io.hpp"
#include "careerpath/report/simulate_json.hpp"
#include "careerpath/simulate/simulator.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::small_graph;

Scenario scenario(const RoleGraph& g, const std::string& json_text) { return testing::make_scenario(g, json_text); }

// Everything that moves people at once: attrition, fixed, backfill and
// target hiring, a capacity and a freeze that bind.
constexpr const char* kBusyOrganisation = R"({"format": "careerpath.scenario/1", "id": "busy",
  "population": {"organisation": {"headcount": {"junior": 12, "senior": 6, "lead": 2, "pm": 3, "analyst": 4},
                                  "skill_spread": 0.8, "years_in_role": {"min": 0, "max": 4}}},
  "runs": 300, "horizon_years": 4, "seed": 9, "goals": ["lead", "pm"],
  "dynamics": {"attrition": 0.12,
               "hiring": [{"role": "junior", "per_year": 3}, {"role": "senior", "policy": "target"},
                          {"role": "analyst", "policy": "backfill"}],
               "capacity": {"lead": 2}},
  "interventions": [{"type": "freeze", "at": 1, "duration": 1, "role": "pm"}]})";

TEST(Flows, StartPlusArrivalsMinusDeparturesIsTheEndForEveryRoleAndPeriod) {
  const RoleGraph& g = small_graph();
  const Scenario s = scenario(g, kBusyOrganisation);
  const SimulationSummary r = simulate(g, s);
  const std::size_t roles = g.role_count();
  double moved = 0.0;
  for (std::size_t k = 0; k + 1 < r.times.size(); ++k) {
    std::vector<double> in(roles, 0.0), out(roles, 0.0);
    for (const MoveFlow& m : r.moves) {
      in[m.to] += m.by_interval[k].mean;
      out[m.from] += m.by_interval[k].mean;
      moved += m.by_interval[k].mean;
    }
    for (std::size_t role = 0; role < roles; ++role) {
      const RoleFlows& f = r.roles[role];
      const double end = r.headcount[k][role].mean + f.hires[k].mean + in[role] - out[role] - f.leavers[k].mean;
      // Per run the counts are whole numbers; the means differ only by rounding.
      EXPECT_NEAR(end, r.headcount[k + 1][role].mean, 1e-9) << g.role(role).id << " in year " << k + 1;
    }
    double leavers = 0.0, hires = 0.0;
    for (const RoleFlows& f : r.roles) {
      leavers += f.leavers[k].mean;
      hires += f.hires[k].mean;
    }
    EXPECT_NEAR(leavers, r.leavers[k].mean, 1e-9);
    EXPECT_NEAR(hires, r.hires[k].mean, 1e-9);
  }
  EXPECT_GT(moved, 1.0);
  // The leads' two seats are full from the start: moves into it are turned away.
  double blocked = 0.0;
  for (const Estimate& e : r.roles[role_index(g, "lead")].blocked) blocked += e.mean;
  EXPECT_GT(blocked, 0.1);
  EXPECT_EQ(r.headcount[2][role_index(g, "pm")].mean <= r.headcount[1][role_index(g, "pm")].mean, true)
      << "nobody joins a frozen role";
}

TEST(Hiring, TargetAndBackfillHoldHeadcountWithinOnePerson) {
  const RoleGraph& g = small_graph();
  const Scenario s = scenario(g, kBusyOrganisation);
  const SimulationSummary r = simulate(g, s);
  for (std::size_t k = 0; k < r.times.size(); ++k) {
    EXPECT_NEAR(r.headcount[k][role_index(g, "senior")].mean, 6.0, 1.0) << "target, year " << k;
    // Analysts only leave or move on (nobody moves in), and each departure is replaced.
    EXPECT_NEAR(r.headcount[k][role_index(g, "analyst")].mean, 4.0, 1.0) << "backfill, year " << k;
  }
  const RoleFlows& senior = r.roles[role_index(g, "senior")];
  ASSERT_TRUE(senior.time_to_fill.has_value());
  EXPECT_NEAR(*senior.time_to_fill, 0.25, 0.02);  // the default time to fill, where no capacity or freeze delays it
}

TEST(Goals, ArrivalsAreCountedApartFromIncumbents) {
  const RoleGraph& g = small_graph();
  const SimulationSummary r = simulate(g, scenario(g, kBusyOrganisation));
  const GoalOutcome& pm = r.goals[1];
  EXPECT_EQ(pm.incumbents, 3U);
  EXPECT_EQ(pm.arrival_eligible, 24U);
  EXPECT_EQ(pm.arrivals.front().mean, 0.0);
  EXPECT_GT(pm.arrivals.back().mean, 0.0);
  // Share reached (incumbents included) = (incumbents + arrivals) / everyone eligible.
  EXPECT_NEAR(pm.reached_by_time.back().mean, (3.0 + pm.arrivals.back().mean) / 27.0, 1e-12);
}

TEST(Careers, PeopleWhoLeaveEndInALeftState) {
  const RoleGraph& g = small_graph();
  const SimulationSummary r = simulate(g, scenario(g, kBusyOrganisation), {.top_trajectories = 1000});
  double left = 0.0, all = 0.0;
  for (const TrajectoryCount& t : r.trajectories) {
    all += t.share;
    if (t.left) left += t.share;
  }
  EXPECT_NEAR(all, 1.0, 1e-9);
  // 12% a year over four years: about 40% leave.
  EXPECT_GT(left, 0.3);
  EXPECT_LT(left, 0.5);
}

// Two levers that reach different people who never compete for a seat:
// each person's career in the bundle is their career under their own lever,
// so the effects add up exactly, run by run.
TEST(Levers, PartsAddUpToTheBundleWhenTheEffectsAreAdditive) {
  const RoleGraph& g = small_graph();
  const Scenario base = scenario(g, R"({"format": "careerpath.scenario/1", "id": "base",
    "population": {"organisation": {"headcount": {"junior": 20, "analyst": 10}, "skill_spread": 0.5}},
    "runs": 400, "horizon_years": 3, "seed": 4, "goals": ["senior", "pm"], "dynamics": {"attrition": 0.1}})");
  Scenario both = base;
  both.id = "both";
  both.interventions.push_back({.name = "faster promotion", .at = 0.0, .who = {.group = InRole{role_index(g, "junior")}},
                                .action = MoveRateChange{.from = role_index(g, "junior"), .to = role_index(g, "senior"),
                                                         .multiplier = 2.0}});
  both.interventions.push_back({.name = "planning course", .at = 0.0, .who = {.group = InRole{role_index(g, "analyst")}},
                                .action = Training{.gains = {{.skill = 1, .amount = 0.3}}, .cost_per_person = 500}});
  const Comparison c = simulate_comparison(g, base, both, {.levers = Levers::kBreakDown}).value();
  ASSERT_TRUE(c.levers.has_value());
  const LeverBreakdown& b = *c.levers;
  ASSERT_EQ(b.alone.size(), 2U);
  for (std::size_t goal = 0; goal < 2; ++goal) {
    EXPECT_EQ(b.interaction[goal], 0.0) << "goal " << goal;
    EXPECT_NEAR(b.alone[0].headcount[goal].mean + b.alone[1].headcount[goal].mean, b.together.headcount[goal].mean, 1e-12);
  }
  EXPECT_GT(b.alone[0].headcount[0].mean, 0.5);   // more seniors from the faster promotion
  EXPECT_EQ(b.alone[1].headcount[0].mean, 0.0);   // the course reaches no junior
  EXPECT_GT(b.alone[1].headcount[1].mean, 0.0);   // more product managers from the course
  EXPECT_EQ(b.alone[1].cost.mean, 5000.0);
  EXPECT_EQ(b.together.cost.mean, 5000.0);
  // The bundle is the comparison's difference itself.
  EXPECT_EQ(b.together.headcount[1].mean, c.difference.headcount.back()[role_index(g, "pm")].mean);
  // Cost per additional product manager: the cost over the extra people, with an interval around it.
  const auto& cost = c.difference.cost_per_additional[1].value;
  ASSERT_TRUE(cost.has_value());
  EXPECT_NEAR(cost->mean, 5000.0 / c.difference.headcount.back()[role_index(g, "pm")].mean, 1e-6);
  EXPECT_LT(cost->low, cost->mean);
  EXPECT_GT(cost->high, cost->mean);
}

TEST(InputUncertainty, WidensTheRangeAndStaysByteIdenticalForAnyThreadCount) {
  const RoleGraph& g = small_graph();
  Scenario s = scenario(g, kBusyOrganisation);
  const SimulationSummary known = simulate(g, s);
  s.dynamics.rate_uncertainty = 0.5;
  const SimulationSummary one = simulate(g, s, {.threads = 1});
  const SimulationSummary two = simulate(g, s, {.threads = 2});
  EXPECT_EQ(report::summary_json(g, one).dump(), report::summary_json(g, two).dump());
  const Estimate& juniors = one.headcount.back()[role_index(g, "junior")];
  ASSERT_TRUE(juniors.range.has_value());
  EXPECT_FALSE(known.headcount.back()[role_index(g, "junior")].range.has_value());
  EXPECT_LT(juniors.range->low, juniors.low);
  EXPECT_GT(juniors.range->high, juniors.high);
  EXPECT_NE(juniors.mean, known.headcount.back()[role_index(g, "junior")].mean);  // the rates were drawn
}

}  // namespace
}  // namespace careerpath
