// careerpath mentor on the example team (profiles/teams/payments-team.json)
// in every format, and bad team files.
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace careerpath::testing {
namespace {

const std::string kTeam = source_path("profiles/teams/payments-team.json");
const std::string kSmall = test_data("graphs/small.json");

nlohmann::json team_json() {
  const RunResult r = run_careerpath({"--json", "mentor", kTeam});
  EXPECT_EQ(r.status, 0) << r.err;
  return nlohmann::json::parse(r.out);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string html_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string level(double v) {
  std::ostringstream s;
  s << std::round(v * 10.0) / 10.0;
  return s.str();
}

// Every element that is opened is closed, in order (void elements excepted).
::testing::AssertionResult balanced_tags(const std::string& html) {
  static const std::set<std::string> kVoid = {"meta", "br", "hr", "img", "link", "input", "col", "!doctype"};
  const std::regex tag(R"(<(/?)([A-Za-z!][A-Za-z0-9-]*)[^>]*?(/?)>)");
  std::vector<std::string> open;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
    std::string name = (*it)[2];
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (kVoid.count(name) || (*it)[3] == "/") continue;
    if ((*it)[1] == "") {
      open.push_back(name);
    } else if (open.empty() || open.back() != name) {
      return ::testing::AssertionFailure() << "</" << name << "> closes <" << (open.empty() ? "nothing" : open.back())
                                           << "> at offset " << it->position();
    } else {
      open.pop_back();
    }
  }
  if (!open.empty()) return ::testing::AssertionFailure() << "<" << open.back() << "> never closed";
  return ::testing::AssertionSuccess();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(Mentor, TableShowsEveryMembersPlanAndTheTeamSections) {
  const RunResult r = run_careerpath({"mentor", kTeam});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  for (const std::string name : {"Sam Okafor", "Mei Chen", "Aisha Bello", "Marcus Johnson", "Diego Alvarez", "Olivia Park",
                                 "Ravi Iyer", "Hannah Schmidt"}) {
    EXPECT_NE(r.out.find(name + ", "), std::string::npos) << name;
  }
  for (const std::string section : {"Skill gaps", "Group training candidates", "Single points of failure",
                                    "Suggested pairings", "Skills to work on next", "Best route", "Next steps"}) {
    EXPECT_NE(r.out.find(section), std::string::npos) << section;
  }
  // Mei has no goal of her own: the report says which goal it suggests.
  EXPECT_NE(r.out.find("Goal: Senior Software Engineer (swe-3), suggested goal"), std::string::npos);
}

TEST(Mentor, JsonHoldsPlansHeatmapAndTeamFindings) {
  const nlohmann::json doc = team_json();
  EXPECT_EQ(doc["team"]["id"], "payments-platform");
  EXPECT_EQ(doc["team"]["goals"].size(), 2u);
  EXPECT_EQ(doc["holds_well_level"], 4.0);
  const auto& members = doc["members"];
  ASSERT_EQ(members.size(), 8u);
  std::set<std::string> ids;
  for (const auto& m : members) {
    ids.insert(m["id"].get<std::string>());
    ASSERT_FALSE(m["goal"].is_null()) << m["id"];
    ASSERT_FALSE(m["routes"].empty()) << m["id"];
    EXPECT_EQ(m["routes"][0]["steps"].back()["to"]["id"], m["goal"]["id"]);
    EXPECT_LE(m["focus_skills"].size(), 3u);
    EXPECT_LE(m["next_steps"].size(), 3u);
  }
  EXPECT_EQ(members[1]["id"], "mei");
  EXPECT_EQ(members[1]["goal"]["source"], "suggested");
  EXPECT_EQ(members[0]["goal"]["source"], "own");

  const auto& heatmap = doc["heatmap"];
  ASSERT_EQ(heatmap["rows"].size(), 8u);
  for (const auto& row : heatmap["rows"]) {
    ASSERT_EQ(row["shortfall"].size(), heatmap["skills"].size());
    for (double v : row["shortfall"]) EXPECT_GE(v, 0.0);
  }
  // Group training candidates are lacked by two or more members, who all show a gap in the heatmap.
  for (const auto& gap : doc["group_training"]) {
    EXPECT_GE(gap["members"].size(), 2u);
    const auto column = std::find(heatmap["skills"].begin(), heatmap["skills"].end(), gap["skill"]["id"]);
    ASSERT_NE(column, heatmap["skills"].end());
    const auto j = static_cast<std::size_t>(column - heatmap["skills"].begin());
    for (const auto& who : gap["members"]) {
      for (const auto& row : heatmap["rows"]) {
        if (row["member"] == who) {
          EXPECT_GT(row["shortfall"][j].get<double>(), 0.0) << who;
        }
      }
    }
  }
  ASSERT_FALSE(doc["pairings"].empty());
  for (const auto& p : doc["pairings"]) {
    EXPECT_TRUE(ids.count(p["mentor"].get<std::string>()));
    EXPECT_TRUE(ids.count(p["mentee"].get<std::string>()));
    EXPECT_NE(p["mentor"], p["mentee"]);
    EXPECT_GE(p["mentor_level"].get<double>(), 4.0);
    EXPECT_GE(p["mentor_level"].get<double>() - p["mentee_level"].get<double>(), 1.0);
  }
  for (const auto& s : doc["single_points_of_failure"]) EXPECT_GE(s["level"].get<double>(), 4.0);
  // Deterministic: the same bytes twice.
  EXPECT_EQ(run_careerpath({"--json", "mentor", kTeam}).out, doc.dump(2) + "\n");
}

TEST(Mentor, MarkdownHasAHeadingPerMemberAndPipeTables) {
  const RunResult r = run_careerpath({"mentor", kTeam, "--format", "md"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("# Mentoring plan: Payments platform team\n", 0), 0u);
  EXPECT_EQ(count(r.out, "\n### "), 8u);
  EXPECT_NE(r.out.find("| skill | sam | mei | aisha | marcus | diego | olivia | ravi | hannah | total |"), std::string::npos);
  EXPECT_NE(r.out.find("| --- | ---: |"), std::string::npos);
}

TEST(Mentor, HtmlIsOneWellFormedSelfContainedFile) {
  const std::string path = temp_dir() + "/team.html";
  const RunResult r = run_careerpath({"mentor", kTeam, "--format", "html", "-o", path});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  const std::string html = read_file(path);
  ASSERT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(balanced_tags(html));
  // Nothing fetched from elsewhere: no scripts, no external links or sources.
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  const std::regex href(R"(href="([^"]*)\")");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
    EXPECT_EQ((*it)[1].str().rfind('#', 0), 0u) << (*it)[1];
  }
  // One heatmap and one route picture per member.
  EXPECT_EQ(count(html, "<svg class=\"heatmap\""), 1u);
  EXPECT_EQ(count(html, "<svg class=\"routes\""), 8u);
  EXPECT_EQ(count(html, "<svg"), count(html, "</svg>"));

  const nlohmann::json doc = team_json();
  for (const auto& m : doc["members"]) {
    const std::string name = m["name"];
    EXPECT_NE(html.find(">" + html_escape(name) + ", "), std::string::npos) << name;  // the member's heading
    EXPECT_NE(html.find("Goal: " + html_escape(m["goal"]["title"].get<std::string>())), std::string::npos) << name;
    for (const auto& f : m["focus_skills"]) EXPECT_NE(html.find(html_escape(f["skill"]["name"].get<std::string>())), std::string::npos);
  }
  // Every heatmap value is in the picture, on the member's and skill's cell.
  std::map<std::string, std::string> names;
  for (const auto& m : doc["members"]) names[m["id"]] = m["name"];
  const auto& skills = doc["heatmap"]["skills"];
  std::map<std::string, std::string> skill_names;
  for (const auto& m : doc["members"]) {
    for (const auto& f : m["focus_skills"]) skill_names[f["skill"]["id"]] = f["skill"]["name"];
  }
  std::size_t checked = 0;
  for (const auto& row : doc["heatmap"]["rows"]) {
    for (std::size_t j = 0; j < skills.size(); ++j) {
      const double v = row["shortfall"][j];
      const auto skill = skill_names.find(skills[j].get<std::string>());
      if (v <= 0.0 || skill == skill_names.end()) continue;
      const std::string cell = html_escape(names[row["member"]] + ", " + skill->second + ": " + level(v) + " levels short");
      EXPECT_NE(html.find(cell), std::string::npos) << cell;
      ++checked;
    }
  }
  EXPECT_GT(checked, 10u);
}

TEST(Mentor, OptionsChangeTheReport) {
  const RunResult r = run_careerpath({"--json", "mentor", kTeam, "--top", "1", "-k", "1", "--focus", "2", "--strong", "3.5"});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["holds_well_level"], 3.5);
  for (const auto& m : doc["members"]) {
    EXPECT_LE(m["next_steps"].size(), 1u);
    EXPECT_EQ(m["routes"].size(), 1u);
    EXPECT_LE(m["focus_skills"].size(), 2u);
  }
}

TEST(Mentor, EscapesNamesAndCopesWithAMemberWhoCannotMove) {
  const std::vector<std::string> base = {"--graph", kSmall, "mentor", test_data("teams/edge-team.json")};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return run_careerpath(args);
  };
  const RunResult table = with({});
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("No goal with a route and no next step were found"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("No route to Junior Engineer (junior): 'junior' is already the current role"), std::string::npos);
  const RunResult md = with({"--format", "md"});
  ASSERT_EQ(md.status, 0) << md.err;
  EXPECT_NE(md.out.find("Zed &lt;Lead> & co"), std::string::npos);
  EXPECT_EQ(md.out.find("<Lead>"), std::string::npos);
  const RunResult html = with({"--format", "html"});  // to stdout
  ASSERT_EQ(html.status, 0) << html.err;
  EXPECT_TRUE(balanced_tags(html.out));
  EXPECT_NE(html.out.find("Zed &lt;Lead&gt; &amp; co"), std::string::npos);
  EXPECT_EQ(count(html.out, "<svg class=\"routes\""), 1u);  // zed has no route to draw
}

struct BadTeam {
  const char* name;
  std::vector<std::string> args;
  std::string expected_in_error;
};

void PrintTo(const BadTeam& c, std::ostream* os) { *os << c.name; }

class MentorBadInput : public ::testing::TestWithParam<BadTeam> {};

TEST_P(MentorBadInput, OneClearLineExitStatus2AndNoOutputFile) {
  const BadTeam& c = GetParam();
  const std::string out = temp_dir() + "/never-" + c.name + ".html";
  std::vector<std::string> args = c.args;
  args.insert(args.end(), {"-o", out});
  EXPECT_TRUE(is_one_clear_error(run_careerpath(args), c.expected_in_error));
  EXPECT_FALSE(std::filesystem::exists(out));
}

std::string team(const std::string& name) { return test_data("teams/" + name); }

INSTANTIATE_TEST_SUITE_P(
    Files, MentorBadInput,
    ::testing::Values(
        BadTeam{"missing_member_file",
                {"--graph", kSmall, "mentor", team("missing-member.json")},
                team("missing-member.json") + ": /members/1: member profile 'members/nobody.json' does not exist"},
        BadTeam{"error_inside_member_file",
                {"--graph", kSmall, "mentor", team("bad-member.json")},
                team("members/bad-skill.json") + ": /skills/plannng: unknown skill 'plannng'; did you mean 'planning'"},
        BadTeam{"duplicate_member",
                {"--graph", kSmall, "mentor", team("duplicate-member.json")},
                team("duplicate-member.json") + ": /members/1: duplicate member id 'cat' (also at /members/0)"},
        BadTeam{"missing_team_file", {"mentor", team("nope.json")}, team("nope.json") + ": cannot open file for reading"},
        BadTeam{"malformed_team",
                {"mentor", write_temp_file("malformed-team.json", "{\"format\": \"careerpath.team/1\",\n \"id\": }")},
                "malformed-team.json:2:8: malformed JSON"},
        BadTeam{"empty_team", {"mentor", write_temp_file("empty-team.json", "")}, "empty-team.json: file is empty"},
        BadTeam{"unknown_team_goal",
                {"mentor", write_temp_file("goal-team.json",
                                           R"({"format": "careerpath.team/1", "id": "t", "goals": ["tech-laed"],
                                               "members": [{"id": "a", "current_role": "swe-1", "years_in_role": 1, "skills": {}}]})")},
                "goal-team.json: /goals/0: unknown role 'tech-laed'; did you mean 'tech-lead'"},
        BadTeam{"inline_level_off_scale",
                {"mentor", write_temp_file("level-team.json",
                                           R"({"format": "careerpath.team/1", "id": "t",
                                               "members": [{"id": "a", "current_role": "swe-1", "years_in_role": 1, "skills": {"coding": 9}}]})")},
                "level-team.json: /members/0/skills/coding: level 9 is above the maximum 5"},
        BadTeam{"json_and_format", {"--json", "mentor", kTeam, "--format", "md"}, "--json and --format md cannot be combined"},
        BadTeam{"strong_off_scale", {"mentor", kTeam, "--strong", "7"}, "--strong 7 must lie above 0 and at most 5"},
        BadTeam{"strong_nan", {"mentor", kTeam, "--strong", "nan"}, "--strong: expected a number"},
        BadTeam{"unknown_format", {"mentor", kTeam, "--format", "pdf"}, "--format"}),
    [](const ::testing::TestParamInfo<BadTeam>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace careerpath::testing
