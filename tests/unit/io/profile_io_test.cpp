#include "careerpath/io/profile_io.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::small_graph;

Error profile_error(const std::string& text) {
  auto p = profile_from_json(nlohmann::json::parse(text), small_graph(), "p.json");
  EXPECT_FALSE(p.ok());
  return p.ok() ? Error{} : p.error();
}

TEST(ProfileIo, LoadsAProfileFile) {
  auto p = load_profile(testing::test_data("profiles/junior.json"), small_graph());
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  EXPECT_EQ(p->id, "sam");
  EXPECT_EQ(small_graph().role(p->current_role).id, "junior");
  EXPECT_DOUBLE_EQ(p->skills(0), 0.6);  // coding 3 of 5
  EXPECT_DOUBLE_EQ(p->skills(2), 0.2);
  ASSERT_EQ(p->goals.size(), 1u);
  EXPECT_DOUBLE_EQ(p->preferences.track_weight[*small_graph().find_track("product")], 0.5);
}

TEST(ProfileIo, RoundTrips) {
  auto p = load_profile(testing::test_data("profiles/junior.json"), small_graph());
  ASSERT_TRUE(p.ok());
  const auto j = profile_to_json(*p, small_graph());
  auto again = profile_from_json(j, small_graph(), "again");
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_EQ(profile_to_json(*again, small_graph()), j);
}

TEST(ProfileIo, AcceptsARoleTitle) {
  auto p = profile_from_json(nlohmann::json::parse(R"({"format": "careerpath.profile/1", "current_role": "Team Lead",
      "years_in_role": 1, "skills": {}})"), small_graph(), "p.json");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(small_graph().role(p->current_role).id, "lead");
}

TEST(ProfileIo, RejectsBadProfilesNamingThePlace) {
  const std::string head = R"({"format": "careerpath.profile/1", "current_role": "junior", "years_in_role": 1, )";
  Error e = profile_error(head + R"("skills": {"codng": 3}})");
  EXPECT_EQ(e.pointer, "/skills/codng");
  EXPECT_NE(e.message.find("did you mean 'coding'"), std::string::npos);
  e = profile_error(head + R"("skills": {"coding": 6}})");
  EXPECT_EQ(e.pointer, "/skills/coding");
  e = profile_error(head + R"("skills": {"coding": -1}})");
  EXPECT_NE(e.message.find("below the minimum 0"), std::string::npos);
  e = profile_error(R"({"format": "careerpath.profile/1", "current_role": "ceo", "years_in_role": 1, "skills": {}})");
  EXPECT_EQ(e.pointer, "/current_role");
  e = profile_error(R"({"format": "careerpath.profile/1", "current_role": "junior", "years_in_role": -2, "skills": {}})");
  EXPECT_EQ(e.pointer, "/years_in_role");
  e = profile_error(head + R"("skills": {}, "goals": ["pm", "pm"]})");
  EXPECT_EQ(e.pointer, "/goals/1");
  e = profile_error(head + R"("skills": {}, "preferences": {"tracks": {"sales": 1}}})");
  EXPECT_EQ(e.pointer, "/preferences/tracks/sales");
  e = profile_error(R"({"current_role": "junior", "years_in_role": 1, "skills": {}})");
  EXPECT_NE(e.message.find("missing field 'format'"), std::string::npos);
}


// An unlisted skill is, by default, the typical level for the current role;
// "baseline": "none" keeps it at 0. Sources travel with the stated levels.
TEST(ProfileIo, UnlistedSkillsFollowTheBaseline) {
  auto p = profile_from_json(nlohmann::json::parse(R"({"format": "careerpath.profile/1", "current_role": "senior",
      "years_in_role": 2, "skills": {"coding": {"level": 5, "source": "evidenced"}}})"), small_graph(), "p.json");
  ASSERT_TRUE(p.ok()) << p.error().to_string();
  EXPECT_DOUBLE_EQ(p->skills(0), 1.0);  // coding 5, stated
  EXPECT_DOUBLE_EQ(p->skills(1), 0.4);  // planning: a senior's 2 of 5, assumed
  EXPECT_DOUBLE_EQ(p->skills(2), 0.4);  // people: a senior's 2 of 5, assumed
  EXPECT_EQ(source_of(*p, 0), LevelSource::kEvidenced);
  EXPECT_TRUE(is_assumed(*p, 1));
  EXPECT_EQ(stated_count(*p), 1u);
  // Senior's fit weights: coding 1 x 4, planning 0.5 x 2, people 0.5 x 2: 4 of 6 stated.
  EXPECT_NEAR(assumed_share(small_graph(), *p, *small_graph().find_role("senior")), 2.0 / 6.0, 1e-12);

  auto none = profile_from_json(nlohmann::json::parse(R"({"format": "careerpath.profile/1", "current_role": "senior",
      "years_in_role": 2, "baseline": "none", "skills": {"Coding": 5}})"), small_graph(), "p.json");
  ASSERT_TRUE(none.ok()) << none.error().to_string();
  EXPECT_DOUBLE_EQ(none->skills(1), 0.0);
  EXPECT_EQ(source_of(*none, 0), LevelSource::kStated);

  // Saved and read back: the same levels, sources and baseline.
  for (const Profile& person : {*p, *none}) {
    const auto j = profile_to_json(person, small_graph());
    auto again = profile_from_json(j, small_graph(), "again");
    ASSERT_TRUE(again.ok()) << again.error().to_string();
    EXPECT_EQ(again->skills, person.skills);
    EXPECT_EQ(again->sources, person.sources);
    EXPECT_EQ(again->baseline, person.baseline);
  }
}

TEST(ProfileIo, RejectsBadBaselinesAndSources) {
  EXPECT_EQ(profile_error(R"({"format": "careerpath.profile/1", "current_role": "junior", "years_in_role": 1,
      "baseline": "zero", "skills": {}})").pointer, "/baseline");
  EXPECT_EQ(profile_error(R"({"format": "careerpath.profile/1", "current_role": "junior", "years_in_role": 1,
      "skills": {"coding": {"level": 3, "source": "guess"}}})").pointer, "/skills/coding/source");
}

// Every problem of a file at once, each with its place.
TEST(ProfileIo, ReportsEveryProblemAtOnce) {
  const Error e = profile_error(R"({"format": "careerpath.profile/1", "current_role": "nobody", "years_in_role": -1,
      "skills": {"coding": 9, "cooking": 2, "planning": 1, "Planning": 2}, "goals": ["nowhere"]})");
  std::vector<std::string> pointers{e.pointer};
  for (const Error& m : e.more) pointers.push_back(m.pointer);
  EXPECT_EQ(pointers, (std::vector<std::string>{"/current_role", "/years_in_role", "/skills/coding", "/skills/cooking",
                                                "/skills/planning", "/goals/0"}));
  EXPECT_EQ(all_problem_lines(e).size(), 6u);
}

}  // namespace
}  // namespace careerpath
