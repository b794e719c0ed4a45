#include "careerpath/io/team_io.hpp"

#include <gtest/gtest.h>

#include "careerpath/io/json_reader.hpp"
#include "test_support.hpp"
#include "careerpath/util/input_file.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::small_graph;
using testing::test_data;

Error team_error(const std::string& text, const std::string& file = "team.json") {
  auto team = team_from_json(nlohmann::json::parse(text), small_graph(), file);
  EXPECT_FALSE(team.ok());
  return team ? Error{} : team.error();
}

TEST(TeamIo, LoadsMembersByPathAndInline) {
  const RoleGraph& g = small_graph();
  auto team = load_team(test_data("teams/small-team.json"), g);
  ASSERT_TRUE(team.ok()) << team.error().to_string();
  EXPECT_EQ(team->id, "small-team");
  EXPECT_EQ(team->name, "Small hand-checked team");
  EXPECT_EQ(team->mentor, "Dana");
  ASSERT_EQ(team->goals.size(), 1u);
  EXPECT_EQ(team->goals[0], role_index(g, "lead"));
  ASSERT_EQ(team->members.size(), 3u);
  EXPECT_EQ(team->members[0].id, "sam");  // ../profiles/junior.json, relative to the team file
  EXPECT_EQ(team->members[1].id, "ben");  // inline, no format field needed
  EXPECT_EQ(team->members[1].current_role, role_index(g, "senior"));
  EXPECT_EQ(team->members[2].id, "cat");  // members/cat.json
  EXPECT_DOUBLE_EQ(team->members[2].skills(1), 0.8);  // planning 4 on 0-5
}

TEST(TeamIo, MissingMemberFileNamesTheTeamFileTheEntryAndThePath) {
  const std::string file = test_data("teams/missing-member.json");
  auto team = load_team(file, small_graph());
  ASSERT_FALSE(team.ok());
  EXPECT_EQ(team.error().file, file);
  EXPECT_EQ(team.error().pointer, "/members/1");
  EXPECT_NE(team.error().message.find("members/nobody.json"), std::string::npos) << team.error().message;
  EXPECT_NE(team.error().message.find("does not exist"), std::string::npos) << team.error().message;
}

TEST(TeamIo, ErrorInsideAMemberFileNamesThatFile) {
  auto team = load_team(test_data("teams/bad-member.json"), small_graph());
  ASSERT_FALSE(team.ok());
  EXPECT_NE(team.error().file.find("members/bad-skill.json"), std::string::npos) << team.error().file;
  EXPECT_EQ(team.error().pointer, "/skills/plannng");
  EXPECT_NE(team.error().message.find("did you mean 'planning'"), std::string::npos) << team.error().message;
}

TEST(TeamIo, RefusesMemberFilesWhenFileReferencesAreRefused) {
  // A team that arrives over the network must not make the loader read files.
  const auto doc = parse_json_file(test_data("teams/small-team.json")).value();
  auto team = team_from_json(doc, small_graph(), "request body", FileReferences::kRefuse);
  ASSERT_FALSE(team.ok());
  EXPECT_EQ(team.error().pointer, "/members/0");
  EXPECT_EQ(team.error().message, "a member given as a file path is not accepted here; give the profile inline");
}

TEST(TeamIo, RejectsDuplicateMemberIds) {
  auto team = load_team(test_data("teams/duplicate-member.json"), small_graph());
  ASSERT_FALSE(team.ok());
  EXPECT_EQ(team.error().pointer, "/members/1");
  EXPECT_EQ(team.error().message, "duplicate member id 'cat' (also at /members/0)");
}

TEST(TeamIo, RejectsBadDocuments) {
  const std::string member = R"({"id": "a", "current_role": "junior", "years_in_role": 1, "skills": {}})";
  EXPECT_EQ(team_error(R"({"id": "t", "members": [)" + member + "]}").message,
            "missing field 'format' (expected \"careerpath.team/1\")");
  EXPECT_EQ(team_error(R"({"format": "careerpath.profile/1", "id": "t", "members": [)" + member + "]}").pointer,
            "/format");
  const Error empty = team_error(R"({"format": "careerpath.team/1", "id": "t", "members": []})");
  EXPECT_EQ(empty.pointer, "/members");
  EXPECT_EQ(empty.message, "a team needs at least one member");
  const Error goal = team_error(R"({"format": "careerpath.team/1", "id": "t", "goals": ["leed"], "members": [)" +
                                member + "]}");
  EXPECT_EQ(goal.pointer, "/goals/0");
  EXPECT_NE(goal.message.find("unknown role 'leed'; did you mean 'lead'"), std::string::npos) << goal.message;
  EXPECT_EQ(team_error(R"({"format": "careerpath.team/1", "id": "t", "members": [42]})").pointer, "/members/0");
  EXPECT_EQ(team_error(R"({"format": "careerpath.team/1", "id": "t", "members": [)" + member + "], \"mentr\": \"x\"}")
                .pointer,
            "/mentr");
  const Error inline_member = team_error(
      R"({"format": "careerpath.team/1", "id": "t", "members": [{"id": "a", "current_role": "junior", "years_in_role": -1, "skills": {}}]})");
  EXPECT_EQ(inline_member.file, "team.json");
  EXPECT_EQ(inline_member.pointer, "/members/0/years_in_role");
  EXPECT_EQ(team_error(R"({"format": "careerpath.team/1", "id": "Bad Id", "members": [)" + member + "]}").pointer, "/id");
}

TEST(TeamIo, SchemaDeclaresExactlyTheFieldsTheLoaderAccepts) {
  auto text = read_input_text(testing::source_path("schemas/team.schema.json"));
  ASSERT_TRUE(text.ok());
  const nlohmann::json schema = nlohmann::json::parse(*text);
  EXPECT_EQ(schema["properties"]["format"]["const"], std::string(kTeamFormat));
  // A team using every declared field loads ...
  nlohmann::json doc = {{"format", kTeamFormat}, {"id", "t"}, {"name", "T"}, {"mentor", "M"}, {"goals", {"lead"}},
                        {"members", {{{"id", "a"}, {"current_role", "junior"}, {"years_in_role", 1}, {"skills", nlohmann::json::object()}}}}};
  for (const auto& [key, value] : schema["properties"].items()) EXPECT_TRUE(doc.contains(key)) << key;
  ASSERT_EQ(doc.size(), schema["properties"].size());
  EXPECT_TRUE(team_from_json(doc, small_graph(), "team.json").ok());
  // ... and the loader rejects what the schema does not declare.
  doc["extra"] = 1;
  EXPECT_EQ(team_error(doc.dump()).pointer, "/extra");
  for (const auto& required : schema["required"]) {
    nlohmann::json missing = doc;
    missing.erase("extra");
    missing.erase(required.get<std::string>());
    EXPECT_FALSE(team_from_json(missing, small_graph(), "team.json").ok()) << required;
  }
}

}  // namespace
}  // namespace careerpath
