#include "careerpath/batch/fit_kernel.hpp"

#include <random>

#include <gtest/gtest.h>

#include "careerpath/advise/scorer.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::small_graph;

// Random people with some skills at 0 and some above every requirement, so
// that both sides of min(r, s) are exercised.
FloatRows random_people(Eigen::Index count, Eigen::Index skills, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> level(0.0f, 1.0f);
  std::bernoulli_distribution absent(0.3);
  FloatRows people(count, skills);
  for (Eigen::Index p = 0; p < count; ++p) {
    for (Eigen::Index j = 0; j < skills; ++j) people(p, j) = absent(rng) ? 0.0f : level(rng);
  }
  return people;
}

std::vector<KernelIsa> supported_isas() {
  std::vector<KernelIsa> isas;
  for (KernelIsa isa : {KernelIsa::kPortable, KernelIsa::kSse2, KernelIsa::kAvx2, KernelIsa::kAvx512}) {
    if (kernel_isa_supported(isa)) isas.push_back(isa);
  }
  return isas;
}

// Every instruction set against the double scorer, for block sizes that leave
// remainders in both the people tiles and the role chunks.
void expect_matches_scorer(const RoleGraph& graph, Eigen::Index count, unsigned seed) {
  const FloatRows people = random_people(count, static_cast<Eigen::Index>(graph.skill_count()), seed);
  for (KernelIsa isa : supported_isas()) {
    SCOPED_TRACE(std::string(to_string(isa)) + ", " + std::to_string(count) + " people");
    const FitKernel kernel(graph, isa);
    FloatRows fit(count, static_cast<Eigen::Index>(graph.role_count()));
    kernel.fit(people, fit);
    for (Eigen::Index p = 0; p < count; ++p) {
      const Eigen::VectorXd exact = skill_fit(graph, people.row(p).transpose().cast<double>());
      ASSERT_TRUE(fit.row(p).transpose().cast<double>().isApprox(exact, 1e-5) ||
                  (fit.row(p).transpose().cast<double>() - exact).cwiseAbs().maxCoeff() < 1e-5)
          << "person " << p;
    }
  }
}

TEST(FitKernel, MatchesTheScorerOnTheSmallGraph) {
  for (Eigen::Index count : {1, 3, 4, 7, 12, 13, 40}) expect_matches_scorer(small_graph(), count, 7u + static_cast<unsigned>(count));
}

TEST(FitKernel, MatchesTheScorerOnTheTechGraph) {
  auto tech = load_graph("tech");
  ASSERT_TRUE(tech) << tech.error().to_string();
  for (Eigen::Index count : {1, 25, 64}) expect_matches_scorer(*tech, count, 11u + static_cast<unsigned>(count));
}

TEST(FitKernel, HandComputedFit) {
  // small.json's senior needs coding 4 (w 1), planning 2 (w .5), people 2
  // (w .5); coding 4, planning 1, people 0 covers 0.8 + 0.1 + 0 of 1.2.
  const RoleGraph& g = small_graph();
  const FitKernel kernel(g);
  FloatRows person(1, 3);
  person << 0.8f, 0.2f, 0.0f;
  FloatRows fit(1, static_cast<Eigen::Index>(g.role_count()));
  kernel.fit(person, fit);
  EXPECT_NEAR(fit(0, static_cast<Eigen::Index>(testing::role_index(g, "senior"))), 0.75, 1e-6);
}

TEST(FitKernel, WritesOnlyTheRealRoles) {
  // `out` is a view into a wider matrix: the columns past the roles (where the
  // kernel's padding would land) must stay untouched.
  const RoleGraph& g = small_graph();
  const FitKernel kernel(g);
  const FloatRows people = random_people(5, 3, 3);
  FloatRows wide = FloatRows::Constant(5, 40, -7.0f);
  kernel.fit(people, wide.leftCols(static_cast<Eigen::Index>(g.role_count())));
  EXPECT_TRUE((wide.rightCols(40 - static_cast<Eigen::Index>(g.role_count())).array() == -7.0f).all());
}

TEST(FitKernel, RejectsMismatchedShapes) {
  const FitKernel kernel(small_graph());
  FloatRows people(2, 4);
  FloatRows out(2, 5);
  EXPECT_THROW(kernel.fit(people, out), std::invalid_argument);
}

}  // namespace
}  // namespace careerpath
