// The time model held to its calibration table (docs/time-model.md): the
// ladders the built-in graph cites and practitioner guidance, each checked
// on the route `path` would show.
#include "careerpath/advise/time_model.hpp"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "careerpath/advise/paths.hpp"
#include "careerpath/io/builtin_graphs.hpp"
#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/profile_io.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::source_path;

const RoleGraph& tech() {
  static const RoleGraph graph = [] {
    auto g = load_graph("tech");
    if (!g) throw std::runtime_error(g.error().to_string());
    return std::move(g).value();
  }();
  return graph;
}

Profile shipped_profile(const std::string& name) {
  auto p = load_profile(source_path("profiles/" + name), tech());
  if (!p) throw std::runtime_error(p.error().to_string());
  return std::move(p).value();
}

CareerPath best_route(const Profile& person, const std::string& target) {
  auto paths = plan_paths(tech(), person, role_index(tech(), target), {.k = 1});
  if (!paths) throw std::runtime_error(paths.error().message);
  return paths->front();
}

// A typical newcomer to `role`: meets its requirements, nothing more.
Profile newcomer(const std::string& role) { return profile_for_role(tech(), role_index(tech(), role), 0.0); }

void expect_within(const YearsRange& y, double low, double high, const std::string& what) {
  EXPECT_GE(y.median, low) << what;
  EXPECT_LE(y.median, high) << what;
}

// Dropbox Engineering Career Framework, typical time in level: L1 1.5-2 y,
// L2 2-3 y, L3 2-4 y (IC4 is a career level: no expected time).
TEST(TimeModelCalibration, DropboxTimeInLevel) {
  const YearsRange l1 = best_route(newcomer("swe-1"), "swe-2").years;
  expect_within(l1, 1.5, 2.0, "L1 -> L2");
  EXPECT_GE(l1.p10, 1.0);  // practitioner: SE I -> II in about 1-2.5 years
  EXPECT_LE(l1.p90, 2.6);
  expect_within(best_route(newcomer("swe-2"), "swe-3").years, 2.0, 3.0, "L2 -> L3");
  expect_within(best_route(newcomer("swe-3"), "swe-4").years, 2.0, 4.0, "L3 -> L4");
  // The TPM ladder follows the same guide.
  expect_within(best_route(newcomer("tpm-1"), "tpm-2").years, 1.5, 2.0, "TPM L1 -> L2");
}

// Practitioner guidance quoted in the issue (docs/time-model.md, table).
TEST(TimeModelCalibration, PractitionerGuidance) {
  // A senior engineer who goes for engineering management: about 0.5-4 years.
  const CareerPath aisha = best_route(shipped_profile("senior-engineer.json"), "engineering-manager");
  expect_within(aisha.years, 0.5, 4.0, "senior engineer -> EM");
  EXPECT_GE(aisha.years.p10, 0.5);
  EXPECT_LE(aisha.years.p90, 4.5);
  // A program manager with a system-design gap to Senior TPM: about 1-4 years.
  const CareerPath priya = best_route(shipped_profile("program-manager.json"), "tpm-3");
  expect_within(priya.years, 1.0, 4.0, "program manager -> Senior TPM");
  EXPECT_LE(priya.years.p90, 4.5);
  // A product manager to director of product: about 4-12 years. A newcomer
  // PM has the whole minimum time of three promotions (8.5 years) ahead, so
  // sits at the slow end: the median within the range, the slowest tenth a
  // little past it.
  const CareerPath pm = best_route(newcomer("product-manager"), "director-of-product");
  expect_within(pm.years, 4.0, 12.0, "product manager -> director of product");
  EXPECT_GE(pm.years.p10, 4.0);
  EXPECT_LE(pm.years.p90, 14.0);
}

// Someone who already meets the role and has served the usual time gets
// there in months: only the time to land the move is left.
TEST(TimeModelCalibration, ReadyPeopleLandInMonths) {
  Profile ready = shipped_profile("program-manager.json");
  ready.skills = ready.skills.cwiseMax(tech().requirements().row(role_index(tech(), "tpm-3")).transpose());
  const CareerPath route = best_route(ready, "tpm-3");
  EXPECT_LT(route.years.median, 1.0);
  EXPECT_LT(route.years.p90, 1.5);
  EXPECT_NEAR(route.steps[0].learn_years, 0.0, 1e-12);
}

// Closing a skill gap visibly shortens the route: all of Priya's gap to
// Senior TPM cuts her route by at least a quarter.
TEST(TimeModelCalibration, ClosingTheGapShortensTheRoute) {
  const Profile priya = shipped_profile("program-manager.json");
  Profile closed = priya;
  closed.skills = closed.skills.cwiseMax(tech().requirements().row(role_index(tech(), "tpm-3")).transpose());
  const double before = best_route(priya, "tpm-3").years.median;
  const double after = best_route(closed, "tpm-3").years.median;
  EXPECT_LE(after, 0.75 * before) << before << " -> " << after;
}

// The composed percentiles agree with the distribution they summarise:
// draws of the steps' times, summed, have about the composed median and
// 10th / 90th percentiles.
TEST(TimeModel, ComposedRangeMatchesDrawnSums) {
  const TimeModel model(tech());
  const StepTime steps[] = {model.step(0.5, 1.2, 0.4), model.step(2.0, 3.3, 0.5), model.step(3.0, 0.8, 0.5)};
  const RouteTime route = compose(steps);
  std::mt19937_64 random(11);
  std::normal_distribution<double> z;
  std::vector<double> sums(200000);
  for (double& s : sums) {
    s = 0.0;
    for (const StepTime& step : steps) s += model.draw(step, z(random), z(random));
  }
  std::sort(sums.begin(), sums.end());
  const auto at = [&](double q) { return sums[static_cast<std::size_t>(q * static_cast<double>(sums.size()))]; };
  EXPECT_NEAR(route.years.median, at(0.5), 0.03 * at(0.5));
  EXPECT_NEAR(route.years.p10, at(0.1), 0.05 * at(0.1));
  EXPECT_NEAR(route.years.p90, at(0.9), 0.05 * at(0.9));
  double mean = 0.0;
  for (double s : sums) mean += s / static_cast<double>(sums.size());
  EXPECT_NEAR(route.mean_years, mean, 0.01 * mean);
  EXPECT_NEAR(route.chance_within(route.years.median), 0.5, 1e-9);
}

TEST(TimeModel, ImpossibleMovesNeverHappen) {
  const TimeModel model(tech());
  Transition never{.rate = 0.0};
  EXPECT_TRUE(std::isinf(model.land_years(never)));
  const StepTime step = model.step(0.0, 0.0, model.land_years(never));
  EXPECT_TRUE(std::isinf(step.mean_years));
  const StepTime steps[] = {step};
  EXPECT_EQ(compose(steps).chance_within(100.0), 0.0);
}

}  // namespace
}  // namespace careerpath
