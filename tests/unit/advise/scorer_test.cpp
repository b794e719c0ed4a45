#include "careerpath/advise/scorer.hpp"

#include <random>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::small_graph;

Eigen::VectorXd levels(std::initializer_list<double> on_scale) {
  Eigen::VectorXd v(static_cast<Eigen::Index>(on_scale.size()));
  Eigen::Index i = 0;
  for (double x : on_scale) v(i++) = x / 5.0;
  return v;
}

TEST(Scorer, HandComputedFit) {
  const RoleGraph& g = small_graph();
  // senior needs coding 4 (w 1), planning 2 (w .5), people 2 (w .5):
  // shortfalls 0, .2, .4 (normalised) cost .1 + .2 = .3 of a total 1.2.
  EXPECT_NEAR(skill_fit(g, levels({4, 1, 0}), role_index(g, "senior")), 0.75, 1e-12);
  EXPECT_NEAR(skill_fit(g, levels({4, 1, 0}))(static_cast<Eigen::Index>(role_index(g, "senior"))), 0.75, 1e-12);
}

TEST(Scorer, MeetingEveryRequirementFitsFully) {
  const RoleGraph& g = small_graph();
  const Eigen::VectorXd fit = skill_fit(g, levels({5, 5, 5}));
  EXPECT_TRUE(fit.isOnes(1e-12));
  EXPECT_TRUE(skill_fit(g, levels({0, 0, 0})).isZero(1e-12));
}

TEST(Scorer, ImportantShortfallCostsMoreThanMinorOne) {
  const RoleGraph& g = small_graph();
  const std::size_t senior = role_index(g, "senior");
  // One level short on coding (importance 1) vs on planning (importance .5).
  const double short_on_important = skill_fit(g, levels({3, 2, 2}), senior);
  const double short_on_minor = skill_fit(g, levels({4, 1, 2}), senior);
  EXPECT_LT(short_on_important, short_on_minor);
}

TEST(Scorer, BeingAboveARequirementCostsNothing) {
  const RoleGraph& g = small_graph();
  const std::size_t senior = role_index(g, "senior");
  const double exact = skill_fit(g, levels({4, 2, 2}), senior);
  const double above = skill_fit(g, levels({5, 5, 5}), senior);
  const double below = skill_fit(g, levels({3, 2, 2}), senior);
  EXPECT_DOUBLE_EQ(exact, 1.0);
  EXPECT_DOUBLE_EQ(above, exact);
  EXPECT_LT(below, exact);
}

TEST(Scorer, ManyPeopleAtOnceMatchOneByOne) {
  const RoleGraph& g = small_graph();
  RoleMatrix people(3, 3);
  people << 0.1, 0.2, 0.3, 0.8, 0.4, 0.0, 1.0, 1.0, 0.5;
  const Eigen::MatrixXd all = skill_fit_many(g, people);
  for (Eigen::Index p = 0; p < 3; ++p) {
    EXPECT_TRUE(all.row(p).transpose().isApprox(skill_fit(g, people.row(p).transpose())));
  }
}

// Law: raising any skill never lowers the fit to any role. Checked over many
// random people and random raises, on the small graph and the default graph.
void expect_monotone(const RoleGraph& g, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<Eigen::Index> pick(0, static_cast<Eigen::Index>(g.skill_count()) - 1);
  for (int trial = 0; trial < 2000; ++trial) {
    Eigen::VectorXd s(static_cast<Eigen::Index>(g.skill_count()));
    for (Eigen::Index j = 0; j < s.size(); ++j) s(j) = unit(rng);
    Eigen::VectorXd raised = s;
    const Eigen::Index j = pick(rng);
    raised(j) = s(j) + (1.0 - s(j)) * unit(rng);
    const Eigen::VectorXd before = skill_fit(g, s);
    const Eigen::VectorXd after = skill_fit(g, raised);
    ASSERT_TRUE(((after - before).array() >= -1e-12).all()) << "trial " << trial << " skill " << j;
    ASSERT_TRUE((before.array() >= 0.0).all() && (before.array() <= 1.0).all());
  }
}

TEST(Scorer, RaisingASkillNeverLowersAFit) {
  expect_monotone(small_graph(), 1);
  auto tech = load_graph("tech");
  ASSERT_TRUE(tech) << tech.error().to_string();  // never skip half the test
  expect_monotone(*tech, 2);
}

}  // namespace
}  // namespace careerpath
