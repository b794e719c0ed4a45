#include "batch/profile_line.hpp"

#include <filesystem>

#include <gtest/gtest.h>

#include "test_support.hpp"
#include "careerpath/util/input_file.hpp"

namespace careerpath {
namespace {

using testing::small_graph;

// A line with the padding the reader may look at, as the batch engine keeps it.
Result<Profile> read_line(ProfileLineReader& reader, const std::string& line) {
  std::string padded = line;
  padded.append(ProfileLineReader::kPadding, ' ');
  return reader.read(std::string_view(padded.data(), line.size()));
}

void expect_same_profile(const Profile& a, const Profile& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.summary, b.summary);
  EXPECT_EQ(a.current_role, b.current_role);
  EXPECT_EQ(a.years_in_role, b.years_in_role);
  EXPECT_EQ(a.skills, b.skills);
  EXPECT_EQ(a.goals, b.goals);
  EXPECT_EQ(a.preferences.track_weight, b.preferences.track_weight);
  EXPECT_EQ(a.preferences.avoid, b.preferences.avoid);
  EXPECT_EQ(a.preferences.step_back, b.preferences.step_back);
  EXPECT_EQ(a.learning_rate, b.learning_rate);
}

TEST(ProfileLine, ReadsTheExampleProfilesAsTheLoaderDoesWithoutFallingBack) {
  auto tech = load_graph("tech");
  ASSERT_TRUE(tech);
  ProfileLineReader reader(*tech, "in.jsonl");
  std::size_t read = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_path("profiles"))) {
    auto expected = load_profile(entry.path().string(), *tech);
    if (!expected) continue;  // teams, scenarios and other graphs' profiles
    SCOPED_TRACE(entry.path().string());
    const std::string line = nlohmann::json::parse(*read_input_text(entry.path().string())).dump();
    auto actual = read_line(reader, line);
    ASSERT_TRUE(actual) << actual.error().to_string();
    expect_same_profile(*expected, *actual);
    ++read;
  }
  EXPECT_GE(read, 5u);
  EXPECT_EQ(reader.fallbacks(), 0u);
}

TEST(ProfileLine, DefaultsMatchTheLoader) {
  ProfileLineReader reader(small_graph(), "in.jsonl");
  const std::string line = R"({"name":"Ana","current_role":"junior","years_in_role":1,"skills":{"coding":2.5}})";
  auto p = read_line(reader, line);
  ASSERT_TRUE(p);
  expect_same_profile(testing::make_profile(small_graph(), line), *p);
  EXPECT_EQ(p->id, "Ana");
  EXPECT_EQ(reader.fallbacks(), 0u);
}

TEST(ProfileLine, ARoleNamedByTitleIsAcceptedThroughTheLoader) {
  ProfileLineReader reader(small_graph(), "in.jsonl");
  const std::string line =
      R"({"current_role":"Senior Engineer","years_in_role":2,"skills":{"coding":4},"goals":["Team Lead"]})";
  auto p = read_line(reader, line);
  ASSERT_TRUE(p) << p.error().to_string();
  expect_same_profile(testing::make_profile(small_graph(), line), *p);
  EXPECT_EQ(reader.fallbacks(), 1u);
}

// Every kind of bad line gets the loader's own message.
TEST(ProfileLine, BadLinesGetTheLoadersMessages) {
  ProfileLineReader reader(small_graph(), "in.jsonl");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"current_role":"junior","years_in_role":1,"skills":{"codin":2}})",
       "in.jsonl: /skills/codin: unknown skill 'codin'; did you mean 'coding'?"},
      {R"({"current_role":"junor","years_in_role":1,"skills":{}})", "in.jsonl: /current_role: unknown role 'junor'"},
      {R"({"current_role":"junior","years_in_role":1,"skills":{"coding":9}})",
       "in.jsonl: /skills/coding: level 9 is above the maximum 5"},
      {R"({"current_role":"junior","years_in_role":-1,"skills":{}})",
       "in.jsonl: /years_in_role: years_in_role -1 is below the minimum 0"},
      {R"({"current_role":"junior","years_in_role":1,"skills":{"coding":2,"coding":3}})",
       "in.jsonl: /skills/coding: duplicate key 'coding' (each key may appear once)"},
      {R"({"current_role":"junior","years_in_role":1})", "in.jsonl: /: missing required field 'skills'"},
      {R"({"current_role":"junior","years_in_role":1,"skills":{},"mood":"good"})",
       "in.jsonl: /mood: unknown field 'mood'"},
      {R"({"current_role":"junior","years_in_role":NaN,"skills":{}})", "in.jsonl:1:"},
      {R"({"current_role":"junior",)", "in.jsonl:1:"},
      {R"([1,2])", "in.jsonl: /: expected a profile object"},
      {R"({"current_role":"junior","years_in_role":1,"skills":{},"goals":["lead","lead"]})",
       "in.jsonl: /goals/1: role 'lead' is listed twice"},
  };
  for (const auto& [line, message] : cases) {
    SCOPED_TRACE(line);
    auto p = read_line(reader, line);
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().to_string().substr(0, message.size()), message);
    auto document = parse_json_text(line, "in.jsonl");
    const std::string loader = document ? profile_from_json(*document, small_graph(), "in.jsonl", FormatField::kOptional)
                                              .error()
                                              .to_string()
                                        : document.error().to_string();
    EXPECT_EQ(p.error().to_string(), loader);
  }
}

}  // namespace
}  // namespace careerpath
