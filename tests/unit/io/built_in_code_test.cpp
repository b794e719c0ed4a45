// Graphs and people built in code (as a binding or another program builds
// them) are validated by the same rules, with the same messages, as files.
#include <gtest/gtest.h>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/profile_io.hpp"

namespace careerpath {
namespace {

RoleGraphData two_role_data() {
  RoleGraphData d;
  d.name = "tiny";
  d.tracks = {{.id = "eng", .name = "Engineering"}};
  d.skills = SkillSpace({{.id = "coding", .name = "Coding", .category = "technical"},
                         {.id = "design", .name = "System design", .category = "technical"}},
                        Scale{.min = 0.0, .max = 5.0});
  d.roles = {{.id = "dev", .title = "Developer", .track = 0, .level = 1},
             {.id = "senior-dev", .title = "Senior Developer", .track = 0, .level = 2}};
  d.requirements = {{{.skill = 0, .level = 2.0, .importance = 1.0}},
                    {{.skill = 0, .level = 4.0, .importance = 1.0}, {.skill = 1, .level = 3.0, .importance = 0.5}}};
  d.transitions = {{.from = 0, .to = 1, .kind = MoveKind::kPromotion, .rate = 0.3, .min_years = 2.0}};
  return d;
}

TEST(GraphBuiltInCode, AValidGraphIsAccepted) {
  const Result<RoleGraph> graph = validated_graph(two_role_data());
  ASSERT_TRUE(graph) << graph.error().to_string();
  EXPECT_EQ(graph->role_count(), 2U);
  EXPECT_EQ(graph->role(1).title, "Senior Developer");
  EXPECT_EQ(graph->transitions().size(), 1U);
}

TEST(GraphBuiltInCode, AnIndexOutOfRangeNamesThePlace) {
  RoleGraphData d = two_role_data();
  d.transitions[0].to = 7;
  const Result<RoleGraph> graph = validated_graph(d, "my graph");
  ASSERT_FALSE(graph);
  EXPECT_EQ(graph.error().kind, ErrorKind::kBadInput);
  EXPECT_EQ(graph.error().file, "my graph");
  EXPECT_EQ(graph.error().pointer, "/transitions/0/to");
  EXPECT_NE(graph.error().message.find("out of range"), std::string::npos) << graph.error().message;
}

TEST(GraphBuiltInCode, TheFileRulesApplyWithTheFileMessages) {
  RoleGraphData d = two_role_data();
  d.roles[1].id = "dev";  // a duplicate id, as a file could have
  const Result<RoleGraph> from_code = validated_graph(d, "g");
  ASSERT_FALSE(from_code);
  const Result<RoleGraph> from_file = graph_from_json(graph_data_to_json(d), "g");
  ASSERT_FALSE(from_file);
  EXPECT_EQ(from_code.error().to_string(), from_file.error().to_string());
}

TEST(ProfileBuiltInCode, APersonBuiltInCodeRoundTrips) {
  const RoleGraph graph = value_or_throw(validated_graph(two_role_data()));
  Profile p = profile_for_role(graph, 0, 1.5);
  p.id = "ana";
  p.goals = {1};
  const Result<Profile> checked = validated_profile(p, graph);
  ASSERT_TRUE(checked) << checked.error().to_string();
  EXPECT_EQ(checked->current_role, 0U);
  EXPECT_DOUBLE_EQ(checked->years_in_role, 1.5);
  EXPECT_EQ(checked->goals, std::vector<std::size_t>{1});
  EXPECT_TRUE(checked->skills.isApprox(p.skills));
}

TEST(ProfileBuiltInCode, BadIndicesAndSizesAreErrorsNotCrashes) {
  const RoleGraph graph = value_or_throw(validated_graph(two_role_data()));
  Profile p = profile_for_role(graph, 0, 1.0);
  p.goals = {5};
  Result<Profile> checked = validated_profile(p, graph, "ana");
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().pointer, "/goals/0");
  p.goals.clear();
  p.skills = Eigen::VectorXd::Zero(9);
  checked = validated_profile(p, graph, "ana");
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().pointer, "/skills");
  p = profile_for_role(graph, 0, -2.0);  // negative years: the file rule
  checked = validated_profile(p, graph, "ana");
  ASSERT_FALSE(checked);
  EXPECT_EQ(checked.error().pointer, "/years_in_role");
}

}  // namespace
}  // namespace careerpath
