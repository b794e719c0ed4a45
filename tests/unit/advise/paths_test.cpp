#include "careerpath/advise/paths.hpp"

#include <algorithm>
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::make_profile;
using testing::role_index;
using testing::small_graph;

const char* kSam = R"({"current_role": "junior", "years_in_role": 1.5,
  "skills": {"coding": 3, "planning": 1.5, "people": 1}})";

std::vector<std::string> route_ids(const RoleGraph& g, const CareerPath& p) {
  std::vector<std::string> ids{g.role(p.steps.front().from).id};
  for (const auto& s : p.steps) ids.push_back(g.role(s.to).id);
  return ids;
}

TEST(Paths, BestRouteAndAlternativeInOrderOfMedianYears) {
  const RoleGraph& g = small_graph();
  auto paths = plan_paths(g, make_profile(g, kSam), role_index(g, "pm"), {.k = 3});
  ASSERT_TRUE(paths.ok()) << paths.error().to_string();
  // Only two loopless routes exist without step backs.
  ASSERT_EQ(paths->size(), 2u);
  EXPECT_EQ(route_ids(g, (*paths)[0]), (std::vector<std::string>{"junior", "senior", "pm"}));
  EXPECT_EQ(route_ids(g, (*paths)[1]), (std::vector<std::string>{"junior", "analyst", "pm"}));

  // Hand computation of the first step (see time_model.hpp):
  // junior->senior: wait 2 - 1.5 = 0.5; shortfalls coding 1 (importance 1),
  // planning .5 (.5), people 1 (.5): depth 1 level at 1.5 a year = 2/3 y,
  // breadth 1.75 / 6 of senior's weighted requirement x 3 y = 0.875 y; land:
  // a promotion at the reference rate .3, 0.35 y.
  const CareerPath& best = (*paths)[0];
  EXPECT_NEAR(best.steps[0].wait_years, 0.5, 1e-12);
  EXPECT_NEAR(best.steps[0].learn_years, 0.875, 1e-9);
  EXPECT_NEAR(best.steps[0].land_years, 0.35, 1e-12);
  const TimeModel model(g);
  const StepTime first = model.step(0.5, 0.875, 0.35);
  EXPECT_NEAR(best.steps[0].expected_years, first.mean_years, 1e-9);
  EXPECT_LT(best.steps[0].years.p10, best.steps[0].years.median);
  EXPECT_LT(best.steps[0].years.median, best.steps[0].years.p90);
  EXPECT_GE(best.steps[0].years.p10, 0.5);  // never before the minimum time is served
  // The route: means add; the median comes from the composed distribution.
  EXPECT_NEAR(best.mean_years, best.steps[0].expected_years + best.steps[1].expected_years, 1e-9);
  const StepTime parts[] = {best.steps[0].time, best.steps[1].time};
  EXPECT_NEAR(best.total_years, compose(parts).years.median, 1e-12);
  EXPECT_EQ(best.total_years, best.years.median);
  EXPECT_LT(best.years.p90, best.steps[0].years.p90 + best.steps[1].years.p90);  // percentiles do not add
  EXPECT_EQ(best.steps[0].kind, MoveKind::kPromotion);
  EXPECT_EQ(best.steps[1].kind, MoveKind::kSwitch);
  EXPECT_GT((*paths)[1].total_years, best.total_years);
  EXPECT_FALSE(best.beyond_career_stage);
}

TEST(Paths, AvoidedRolesAreNotPassedThrough) {
  const RoleGraph& g = small_graph();
  auto paths = plan_paths(g, make_profile(g, kSam), role_index(g, "pm"), {.avoid = {role_index(g, "senior")}});
  ASSERT_TRUE(paths.ok());
  ASSERT_EQ(paths->size(), 1u);
  EXPECT_EQ(route_ids(g, paths->front()), (std::vector<std::string>{"junior", "analyst", "pm"}));
}

TEST(Paths, StepLimitAndUnreachableTargetsAreClearErrors) {
  const RoleGraph& g = small_graph();
  const Profile sam = make_profile(g, kSam);
  auto limited = plan_paths(g, sam, role_index(g, "pm"), {.max_steps = 1});
  ASSERT_FALSE(limited.ok());
  EXPECT_NE(limited.error().message.find("at most 1 steps"), std::string::npos);
  auto self = plan_paths(g, sam, role_index(g, "junior"));
  ASSERT_FALSE(self.ok());
  EXPECT_NE(self.error().message.find("already the current role"), std::string::npos);
  const Profile pm = make_profile(g, R"({"current_role": "pm", "years_in_role": 1, "skills": {}})");
  auto back = plan_paths(g, pm, role_index(g, "junior"));
  ASSERT_FALSE(back.ok());
  EXPECT_NE(back.error().message.find("no route from 'pm' to 'junior'"), std::string::npos);
}

TEST(Paths, StepBacksOnlyWhenAllowed) {
  const RoleGraph& g = small_graph();
  const Profile lead = make_profile(g, R"({"current_role": "lead", "years_in_role": 2, "skills": {"people": 4}})");
  EXPECT_FALSE(plan_paths(g, lead, role_index(g, "pm")).ok());
  auto allowed = plan_paths(g, lead, role_index(g, "pm"), {.step_back = StepBack::kAllowed});
  ASSERT_TRUE(allowed.ok());
  EXPECT_EQ(route_ids(g, allowed->front()), (std::vector<std::string>{"lead", "senior", "pm"}));
  EXPECT_EQ(allowed->front().steps[0].kind, MoveKind::kStepBack);
}

TEST(Paths, SkillsToBuildReflectEarlierSteps) {
  const RoleGraph& g = small_graph();
  auto paths = plan_paths(g, make_profile(g, kSam), role_index(g, "pm"), {.k = 1});
  ASSERT_TRUE(paths.ok());
  const PathStep& to_pm = paths->front().steps[1];
  // After senior, people is at 2 of pm's 3 and planning at 2 of 3.
  ASSERT_EQ(to_pm.skills_to_build.size(), 2u);
  EXPECT_EQ(g.skills()[to_pm.skills_to_build[0].skill].id, "planning");
  EXPECT_DOUBLE_EQ(to_pm.skills_to_build[0].have, 2.0);
}

// Every loopless route of at most `max_steps` moves, by depth-first search.
void enumerate_routes(const RoleGraph& g, const std::vector<double>& cost, std::size_t at, std::size_t target,
                      std::size_t max_steps, std::vector<bool>& on_route, double so_far, std::vector<double>& totals) {
  if (at == target) {
    totals.push_back(so_far);
    return;
  }
  if (max_steps == 0) return;
  for (std::size_t t : g.moves_from(at)) {
    const std::size_t next = g.transition(t).to;
    if (on_route[next] || !std::isfinite(cost[t])) continue;
    on_route[next] = true;
    enumerate_routes(g, cost, next, target, max_steps - 1, on_route, so_far + cost[t], totals);
    on_route[next] = false;
  }
}

// Checks plan_paths against brute force for one person and many targets;
// returns how many targets had a route.
int check_against_brute_force(const RoleGraph& g, const Profile& person, const PathOptions& options, std::size_t target_stride) {
  const std::vector<double> cost = move_costs(g, person, options);
  int checked = 0;
  for (std::size_t target = 1; target < g.role_count(); target += target_stride) {
    if (target == person.current_role) continue;
    std::vector<double> totals;
    std::vector<bool> on_route(g.role_count(), false);
    // Roles to avoid are marked as already on the route: never entered.
    for (std::size_t r : options.avoid) on_route[r] = true;
    if (on_route[target]) continue;
    on_route[person.current_role] = true;
    enumerate_routes(g, cost, person.current_role, target, *options.max_steps, on_route, 0.0, totals);
    std::sort(totals.begin(), totals.end());
    const std::string pair = g.role(person.current_role).id + " -> " + g.role(target).id;
    auto paths = plan_paths(g, person, target, options);
    if (totals.empty()) {
      EXPECT_FALSE(paths.ok()) << pair;
      continue;
    }
    EXPECT_TRUE(paths.ok()) << pair;
    if (!paths.ok()) continue;
    EXPECT_EQ(paths->size(), std::min(options.k, totals.size())) << pair;
    // Yen finds the k routes of least mean time; they are shown by median.
    std::vector<double> means;
    for (const CareerPath& p : *paths) means.push_back(p.mean_years);
    std::sort(means.begin(), means.end());
    for (std::size_t i = 1; i < paths->size(); ++i) EXPECT_LE((*paths)[i - 1].total_years, (*paths)[i].total_years) << pair;
    for (std::size_t i = 0; i < std::min(paths->size(), totals.size()); ++i) {
      EXPECT_NEAR(means[i], totals[i], 1e-9) << pair << " route " << i;
      EXPECT_LE((*paths)[i].steps.size(), *options.max_steps) << pair;
      for (const PathStep& step : (*paths)[i].steps) {
        EXPECT_EQ(std::count(options.avoid.begin(), options.avoid.end(), step.to), 0) << pair;
      }
    }
    ++checked;
  }
  return checked;
}

// Yen's algorithm must return exactly the k cheapest loopless routes: check
// it against brute force on the default graph for many source/target pairs.
TEST(Paths, YenMatchesBruteForceOnTheDefaultGraph) {
  auto loaded = load_graph("tech");
  ASSERT_TRUE(loaded.ok());
  const RoleGraph& g = *loaded;
  int checked = 0;
  for (std::size_t source = 0; source < g.role_count(); source += 3) {
    const Profile person = profile_for_role(g, source, 1.0);
    checked += check_against_brute_force(g, person, {.k = 6, .max_steps = 4}, 5);
  }
  EXPECT_GT(checked, 50);
}

// The same with the parts the plain case leaves out: skills below the
// current role's (so learning dominates some moves), step backs allowed, roles
// to avoid, and more routes than most pairs have within the step limit.
TEST(Paths, YenMatchesBruteForceWithStepBacksAvoidedRolesAndSkillGaps) {
  auto loaded = load_graph("tech");
  ASSERT_TRUE(loaded.ok());
  const RoleGraph& g = *loaded;
  std::mt19937 random(7);
  std::uniform_real_distribution<double> fraction(0.0, 1.0);
  int checked = 0;
  for (std::size_t source = 1; source < g.role_count(); source += 4) {
    Profile person = profile_for_role(g, source, 0.5);
    for (Eigen::Index s = 0; s < person.skills.size(); ++s) person.skills(s) *= fraction(random);
    person.learning_rate = 0.5 + fraction(random);
    PathOptions options{.k = 12, .max_steps = 4, .step_back = StepBack::kAllowed};
    for (std::size_t r = (source * 7) % g.role_count(); options.avoid.size() < 3; r = (r + 11) % g.role_count()) {
      if (r != source) options.avoid.push_back(r);
    }
    checked += check_against_brute_force(g, person, options, 3);
  }
  EXPECT_GT(checked, 100);
}

}  // namespace
}  // namespace careerpath
