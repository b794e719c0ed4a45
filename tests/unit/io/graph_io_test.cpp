#include "careerpath/io/graph_io.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::small_graph;

// A valid two-role graph to mutate in the failure tests below.
nlohmann::json base_graph() {
  return nlohmann::json::parse(R"({
    "format": "careerpath.graph/1",
    "skills": [{"id": "sql", "name": "SQL", "category": "technical"},
               {"id": "talk", "name": "Talking", "category": "people"}],
    "roles": [
      {"id": "a", "title": "Analyst", "track": "data", "level": 1, "requirements": {"sql": {"level": 3, "importance": 1}}},
      {"id": "b", "title": "Senior Analyst", "track": "data", "level": 2, "requirements": {"sql": {"level": 4, "importance": 1}}}
    ],
    "transitions": [{"from": "a", "to": "b", "kind": "promotion", "rate": 0.3, "min_years": 2}]
  })");
}

Error expect_error(const nlohmann::json& doc) {
  auto g = graph_from_json(doc, "g.json");
  EXPECT_FALSE(g.ok());
  return g.ok() ? Error{} : g.error();
}

TEST(GraphIo, LoadsTheSmallGraph) {
  const RoleGraph& g = small_graph();
  EXPECT_EQ(g.role_count(), 5u);
  EXPECT_EQ(g.skill_count(), 3u);
  EXPECT_EQ(g.transitions().size(), 7u);
  EXPECT_EQ(g.tracks().size(), 3u);
  EXPECT_EQ(boost::num_edges(g.graph()), 7u);
  const auto senior = static_cast<Eigen::Index>(*g.find_role("senior"));
  EXPECT_DOUBLE_EQ(g.requirements()(senior, 0), 0.8);  // coding 4 of 5
  EXPECT_DOUBLE_EQ(g.importance()(senior, 2), 0.5);
  // The compact [level, importance] spelling reads the same.
  const auto pm = static_cast<Eigen::Index>(*g.find_role("pm"));
  EXPECT_DOUBLE_EQ(g.requirements()(pm, 2), 0.6);
  EXPECT_DOUBLE_EQ(g.importance()(pm, 2), 0.5);
}

TEST(GraphIo, FindsRolesByTitleAndAliasIgnoringCase) {
  const RoleGraph& g = small_graph();
  EXPECT_EQ(g.roles_named("team lead"), std::vector<std::size_t>{*g.find_role("lead")});
  EXPECT_EQ(g.roles_named("SENIOR ENGINEER"), std::vector<std::size_t>{*g.find_role("senior")});
  EXPECT_TRUE(g.roles_named("astronaut").empty());
}

TEST(GraphIo, SaveThenLoadGivesTheSameGraph) {
  const RoleGraph& g = small_graph();
  const nlohmann::json once = graph_to_json(g);
  auto again = graph_from_json(once, "round-trip");
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_EQ(graph_to_json(*again), once);
  EXPECT_TRUE(again->requirements().isApprox(g.requirements()));
}

TEST(GraphIo, RejectsUnknownSkillInRequirements) {
  auto doc = base_graph();
  doc["roles"][1]["requirements"]["sqll"] = {{"level", 1}, {"importance", 1}};
  const Error e = expect_error(doc);
  EXPECT_EQ(e.pointer, "/roles/1/requirements/sqll");
  EXPECT_NE(e.message.find("unknown skill 'sqll'; did you mean 'sql'?"), std::string::npos);
}

TEST(GraphIo, RejectsDuplicateRoleIds) {
  auto doc = base_graph();
  doc["roles"][1]["id"] = "a";
  const Error e = expect_error(doc);
  EXPECT_EQ(e.pointer, "/roles/1/id");
  EXPECT_NE(e.message.find("duplicate role id 'a'"), std::string::npos);
}

TEST(GraphIo, RejectsNegativeRate) {
  auto doc = base_graph();
  doc["transitions"][0]["rate"] = -0.1;
  EXPECT_EQ(expect_error(doc).pointer, "/transitions/0/rate");
}

TEST(GraphIo, RejectsRatesOutOfARoleAboveOne) {
  auto doc = base_graph();
  doc["roles"].push_back({{"id", "c"}, {"title", "C"}, {"track", "data"}, {"level", 2}, {"requirements", nlohmann::json::object()}});
  doc["transitions"][0]["rate"] = 0.7;
  doc["transitions"].push_back({{"from", "a"}, {"to", "c"}, {"kind", "lateral"}, {"rate", 0.6}});
  const Error e = expect_error(doc);
  EXPECT_EQ(e.pointer, "/transitions/1/rate");
  EXPECT_NE(e.message.find("sum to 1.3"), std::string::npos);
}

TEST(GraphIo, RejectsLevelAboveScale) {
  auto doc = base_graph();
  doc["roles"][0]["requirements"]["sql"]["level"] = 7;
  EXPECT_EQ(expect_error(doc).pointer, "/roles/0/requirements/sql/level");
}

TEST(GraphIo, RejectsPromotionThatDoesNotGoUp) {
  auto doc = base_graph();
  doc["roles"][1]["level"] = 1;
  EXPECT_NE(expect_error(doc).message.find("a promotion must go up a level"), std::string::npos);
}

TEST(GraphIo, RejectsUnknownRoleInTransitionAndMissingFields) {
  auto doc = base_graph();
  doc["transitions"][0]["to"] = "zz";
  EXPECT_EQ(expect_error(doc).pointer, "/transitions/0/to");
  doc = base_graph();
  doc["roles"][0].erase("title");
  EXPECT_NE(expect_error(doc).message.find("missing required field 'title'"), std::string::npos);
  doc = base_graph();
  doc["format"] = "careerpath.graph/2";
  EXPECT_EQ(expect_error(doc).pointer, "/format");
}

TEST(GraphIo, RejectsMisspeltOptionalField) {
  auto doc = base_graph();
  doc["transitions"][0]["min_year"] = 2;
  EXPECT_NE(expect_error(doc).message.find("unknown field 'min_year'"), std::string::npos);
}

TEST(GraphIo, NamesMissingFiles) {
  auto g = load_graph("/nonexistent/graph.json");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.error().to_string().find("/nonexistent/graph.json"), std::string::npos);
}

}  // namespace
}  // namespace careerpath
