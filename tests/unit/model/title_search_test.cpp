#include "careerpath/model/title_search.hpp"

#include <gtest/gtest.h>

#include "careerpath/io/graph_io.hpp"

namespace careerpath {
namespace {

RoleGraph titled_roles() {
  auto g = parse_graph(R"({
    "format": "careerpath.graph/1",
    "skills": [{"id": "sql", "name": "SQL", "category": "technical"}],
    "roles": [
      {"id": "it-pm", "title": "Information Technology Project Managers", "track": "t", "level": 4,
       "aliases": ["Scrum Master", "IT Program Manager", "Technical Project Manager"], "requirements": {}},
      {"id": "eng-mgr", "title": "Architectural and Engineering Managers", "track": "t", "level": 5,
       "aliases": ["Engineering Program Manager", "Engineering Manager"], "requirements": {}},
      {"id": "ops", "title": "General and Operations Managers", "track": "t", "level": 4,
       "aliases": ["Program Manager", "Operations Manager"], "requirements": {}},
      {"id": "cook", "title": "Cooks, Restaurant", "track": "t", "level": 2, "aliases": ["Line Cook"], "requirements": {}}
    ]
  })",
                       "titles.json");
  if (!g) throw std::runtime_error(g.error().to_string());
  return std::move(g).value();
}

TEST(TitleSearch, RareSharedWordsDecide) {
  const RoleGraph g = titled_roles();
  const auto matches = search_titles(g, "Technical Program Manager");
  ASSERT_GE(matches.size(), 3u);
  // "technical" is rare and only the IT project managers offer it.
  EXPECT_EQ(g.role(matches[0].role).id, "it-pm");
  EXPECT_EQ(matches[0].name, "Technical Project Manager");
  for (const TitleMatch& m : matches) EXPECT_NE(g.role(m.role).id, "cook");
  for (std::size_t i = 1; i < matches.size(); ++i) EXPECT_LE(matches[i].score, matches[i - 1].score);
}

TEST(TitleSearch, ExactNameScoresOneAndCaseDoesNotMatter) {
  const RoleGraph g = titled_roles();
  const auto matches = search_titles(g, "scrum MASTER", 1);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(g.role(matches[0].role).id, "it-pm");
  EXPECT_NEAR(matches[0].score, 1.0, 1e-12);
}

TEST(TitleSearch, NoSharedWordNoMatch) {
  const RoleGraph g = titled_roles();
  EXPECT_TRUE(search_titles(g, "Astronaut").empty());
  EXPECT_TRUE(search_titles(g, "").empty());
  EXPECT_TRUE(search_titles(g, "of the").empty());  // only function words
}

TEST(TitleSearch, TechnicalProgramManagerFindsItProjectManagersOnTheOnetGraph) {
  auto g = load_graph("onet");
  if (!g) GTEST_SKIP() << "onet is not built in";
  const auto matches = search_titles(*g, "Technical Program Manager", 3);
  ASSERT_FALSE(matches.empty());
  EXPECT_EQ(g->role(matches[0].role).id, "15-1299.09");  // Information Technology Project Managers
}

}  // namespace
}  // namespace careerpath
