// The role graph's matrices, indices and name lookup, on a graph small enough
// to check by hand.
#include <gtest/gtest.h>

#include <boost/graph/graph_traits.hpp>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {
namespace {

RoleGraph three_roles() {
  RoleGraphData d;
  d.tracks = {{.id = "eng", .name = "Engineering"}, {.id = "mgmt", .name = "Management"}};
  d.skills = SkillSpace({{.id = "coding", .name = "Coding", .category = "technical"},
                         {.id = "people", .name = "People leadership", .category = "people"}},
                        Scale{.min = 1.0, .max = 5.0});
  d.roles = {{.id = "dev", .title = "Developer", .track = 0, .level = 1, .aliases = {"Software Developer", "Coder"}},
             {.id = "lead", .title = "Tech Lead", .track = 0, .level = 2},
             {.id = "em", .title = "Engineering Manager", .track = 1, .level = 2, .aliases = {"dev"}}};
  d.requirements = {{{.skill = 0, .level = 3.0, .importance = 1.0}},
                    {{.skill = 0, .level = 5.0, .importance = 1.0}, {.skill = 1, .level = 3.0, .importance = 0.5}},
                    {{.skill = 1, .level = 5.0, .importance = 1.0}}};
  d.transitions = {{.from = 0, .to = 1, .kind = MoveKind::kPromotion, .rate = 0.3, .min_years = 2.0},
                   {.from = 0, .to = 2, .kind = MoveKind::kPromotion, .rate = 0.1, .min_years = 3.0},
                   {.from = 1, .to = 2, .kind = MoveKind::kLateral, .rate = 0.2, .min_years = 1.0}};
  return value_or_throw(validated_graph(d));
}

TEST(RoleGraph, MatricesAreNormalisedToTheScale) {
  const RoleGraph g = three_roles();
  ASSERT_EQ(g.requirements().rows(), 3);
  ASSERT_EQ(g.requirements().cols(), 2);
  // Scale 1..5: level 3 is half way, level 5 the top.
  EXPECT_DOUBLE_EQ(g.requirements()(0, 0), 0.5);
  EXPECT_DOUBLE_EQ(g.requirements()(1, 0), 1.0);
  EXPECT_DOUBLE_EQ(g.requirements()(1, 1), 0.5);
  EXPECT_DOUBLE_EQ(g.requirements()(0, 1), 0.0);  // not listed: 0 in both
  EXPECT_DOUBLE_EQ(g.importance()(0, 1), 0.0);
  EXPECT_DOUBLE_EQ(g.importance()(1, 1), 0.5);
  // Sum of importance x requirement per role.
  EXPECT_DOUBLE_EQ(g.total_weighted_requirement()(0), 0.5);
  EXPECT_DOUBLE_EQ(g.total_weighted_requirement()(1), 1.0 + 0.25);
  EXPECT_DOUBLE_EQ(g.total_weighted_requirement()(2), 1.0);
}

TEST(RoleGraph, MovesAreIndexedBothWaysAndInTheBoostGraph) {
  const RoleGraph g = three_roles();
  EXPECT_EQ(std::vector<std::size_t>(g.moves_from(0).begin(), g.moves_from(0).end()), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(std::vector<std::size_t>(g.moves_into(2).begin(), g.moves_into(2).end()), (std::vector<std::size_t>{1, 2}));
  EXPECT_TRUE(g.moves_from(2).empty());
  EXPECT_EQ(g.find_transition(1, 2), std::optional<std::size_t>(2));
  EXPECT_EQ(g.find_transition(2, 1), std::nullopt);
  EXPECT_EQ(boost::num_vertices(g.graph()), 3U);
  EXPECT_EQ(boost::num_edges(g.graph()), 3U);
  for (auto [e, end] = boost::edges(g.graph()); e != end; ++e) {
    const Transition& t = g.transition(g.graph()[*e].transition);
    EXPECT_EQ(boost::source(*e, g.graph()), t.from);
    EXPECT_EQ(boost::target(*e, g.graph()), t.to);
  }
}

TEST(RoleGraph, NamesResolveIdBeforeTitleBeforeAliasAnyCase) {
  const RoleGraph g = three_roles();
  EXPECT_EQ(g.find_role("lead"), std::optional<std::size_t>(1));
  EXPECT_EQ(g.find_role("Lead"), std::nullopt);  // ids are exact
  EXPECT_EQ(g.find_track("mgmt"), std::optional<std::size_t>(1));
  EXPECT_EQ(g.roles_named("TECH LEAD"), std::vector<std::size_t>{1});
  EXPECT_EQ(g.roles_named("software developer"), std::vector<std::size_t>{0});
  // "dev" is role 0's id and role 2's alias: the id comes first.
  EXPECT_EQ(g.roles_named("dev"), (std::vector<std::size_t>{0, 2}));
  EXPECT_TRUE(g.roles_named("astronaut").empty());
}

TEST(SkillSpace, FindsByIdAndSuggestsCloseIds) {
  const SkillSpace space({{.id = "system-design", .name = "System design"}, {.id = "sql", .name = "SQL"}},
                         Scale{.min = 0.0, .max = 5.0});
  EXPECT_EQ(space.find("sql"), std::optional<std::size_t>(1));
  EXPECT_EQ(space.find("SQL"), std::nullopt);
  const std::vector<std::string> suggestions = space.suggest("system-desing");
  ASSERT_FALSE(suggestions.empty());
  EXPECT_EQ(suggestions.front(), "system-design");
  EXPECT_DOUBLE_EQ(space.scale().normalise(2.5), 0.5);
  EXPECT_DOUBLE_EQ(space.scale().denormalise(0.5), 2.5);
}

}  // namespace
}  // namespace careerpath
