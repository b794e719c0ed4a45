#include "careerpath/io/scenario_io.hpp"

#include <filesystem>

#include <gtest/gtest.h>

#include "careerpath/io/json_reader.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::small_graph;
using testing::source_path;
using testing::test_data;

Result<Scenario> parse(const RoleGraph& g, const std::string& json_text) {
  return scenario_from_json(nlohmann::json::parse(json_text), g, "inline.json");
}

// A valid small-graph scenario with `extra` members spliced in at the top level.
std::string with(const std::string& extra) {
  return R"({"format": "careerpath.scenario/1", "id": "t",
    "population": {"profile": {"id": "sam", "current_role": "junior", "years_in_role": 1, "skills": {"coding": 2}}})" +
         (extra.empty() ? "" : ", " + extra) + "}";
}

TEST(ScenarioIo, ReadsEveryPartOfAScenario) {
  const RoleGraph& g = small_graph();
  const Scenario s = parse(g, R"({"format": "careerpath.scenario/1", "id": "org", "name": "Org",
    "population": {"organisation": {"headcount": {"junior": 4, "Senior Engineer": 2}, "skill_spread": 0.5,
                                    "years_in_role": {"min": 0, "max": 2}}},
    "runs": 50, "horizon_years": 2.5, "step": "quarter", "seed": 12, "goals": ["lead"],
    "dynamics": {"skill_growth": 0.4, "stretch": 0.5, "ceiling": 4.5, "fit_exponent": 1,
                 "attrition": {"default": 0.1, "tracks": {"eng": 0.2}, "roles": {"senior": 0.05}},
                 "hiring": [{"role": "junior", "per_year": 3, "skill_offset": -0.5}],
                 "capacity": {"lead": 2}},
    "interventions": [
      {"type": "training", "name": "course", "at": 0.5, "duration": 0.25, "who": {"role": "junior"},
       "skills": {"coding": 1}, "cost": 100},
      {"type": "mentoring", "at": 0, "who": {"track": "eng"}, "learning_multiplier": 1.5},
      {"type": "move_rate", "at": 1, "duration": 1, "from": "senior", "to": "lead", "multiplier": 2},
      {"type": "freeze", "at": 0, "duration": 1, "role": "pm"},
      {"type": "open_positions", "at": 1, "role": "lead", "count": 1}]})")
                         .value();
  EXPECT_EQ(s.population.kind, Population::Kind::kOrganisation);
  EXPECT_EQ(s.initial_population(), 6U);
  EXPECT_EQ(s.population.organisation.headcount[role_index(g, "senior")], 2);  // named by title
  EXPECT_DOUBLE_EQ(s.population.organisation.skill_spread, 0.1);                // levels / scale span 5
  EXPECT_EQ(s.runs, 50U);
  EXPECT_EQ(s.step, StepLength::kQuarter);
  EXPECT_EQ(s.total_steps(), 10U);
  EXPECT_EQ(s.report_times(), (std::vector<double>{0, 1, 2, 2.5}));
  EXPECT_DOUBLE_EQ(s.dynamics.ceiling, 0.9);
  EXPECT_DOUBLE_EQ(s.dynamics.attrition[role_index(g, "junior")], 0.2);  // track beats default
  EXPECT_DOUBLE_EQ(s.dynamics.attrition[role_index(g, "senior")], 0.05);  // role beats track
  EXPECT_DOUBLE_EQ(s.dynamics.attrition[role_index(g, "pm")], 0.1);
  EXPECT_DOUBLE_EQ(s.dynamics.hiring[0].skill_offset, -0.1);
  EXPECT_EQ(s.dynamics.capacity[role_index(g, "lead")], 2);
  EXPECT_FALSE(s.dynamics.capacity[role_index(g, "pm")]);  // unlimited
  ASSERT_EQ(s.interventions.size(), 5U);
  EXPECT_DOUBLE_EQ(std::get<Training>(s.interventions[0].action).gains[0].amount, 0.2);
  EXPECT_TRUE(std::holds_alternative<InRole>(s.interventions[0].who.group));
  EXPECT_FALSE(s.interventions[1].duration);  // mentoring to the horizon
  EXPECT_EQ(*std::get<MoveRateChange>(s.interventions[2].action).to, role_index(g, "lead"));
  EXPECT_EQ(std::get<OpenPositions>(s.interventions[4].action).count, 1);
}

TEST(ScenarioIo, ResolvesProfilesAndTeamsRelativeToTheScenarioFile) {
  const RoleGraph& g = small_graph();
  const Scenario s = load_scenario(test_data("scenarios/team.json"), g).value();
  ASSERT_EQ(s.population.people.size(), 2U);
  EXPECT_EQ(s.population.team_id, "platform");
  EXPECT_EQ(s.population.people[0].id, "sam");
  // The team's goal joins each member's own.
  EXPECT_EQ(s.all_goals(), (std::vector<std::size_t>{role_index(g, "pm"), role_index(g, "senior")}));
  const Scenario m = load_scenario(test_data("scenarios/markov.json"), g).value();
  EXPECT_EQ(m.population.people[0].current_role, role_index(g, "junior"));
  EXPECT_EQ(m.dynamics.skill_effects, SkillEffects::kOff);
}

TEST(ScenarioIo, RefusesFilePathsWhenFileReferencesAreRefused) {
  const RoleGraph& g = small_graph();
  const auto doc = parse_json_file(test_data("scenarios/team.json")).value();
  auto s = scenario_from_json(doc, g, "request body", FileReferences::kRefuse);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().pointer, "/population/team");
  EXPECT_EQ(s.error().message, "a file path is not accepted here; give the profile or team inline");
  // Inline people are still read.
  EXPECT_TRUE(scenario_from_json(nlohmann::json::parse(with("")), g, "request body", FileReferences::kRefuse).ok());
}

TEST(ScenarioIo, AProfileFileMeansThatPersonManyTimes) {
  const RoleGraph& g = small_graph();
  const Scenario s = load_scenario_or_profile(test_data("profiles/junior.json"), g).value();
  EXPECT_EQ(s.population.people.size(), 1U);
  EXPECT_EQ(s.runs, 10000U);
  EXPECT_EQ(s.all_goals(), std::vector<std::size_t>{role_index(g, "pm")});
}

TEST(ScenarioIo, TheExampleScenariosLoadAgainstTheDefaultGraph) {
  const RoleGraph tech = load_graph("tech").value();
  std::size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("scenarios"))) {
    if (entry.path().extension() != ".json") continue;
    auto s = load_scenario(entry.path().string(), tech);
    EXPECT_TRUE(s.ok()) << s.error().to_string();
    ++count;
  }
  EXPECT_GE(count, 4U);
}

struct BadCase {
  std::string extra;    // spliced into a valid scenario
  std::string pointer;  // where the error must point
  std::string words;    // what the message must say
};

class BadScenario : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadScenario, GetsOneClearErrorWithItsPlace) {
  const BadCase& c = GetParam();
  auto s = parse(small_graph(), with(c.extra));
  ASSERT_FALSE(s.ok()) << c.extra;
  EXPECT_EQ(s.error().file, "inline.json");
  EXPECT_EQ(s.error().pointer, c.pointer) << s.error().to_string();
  EXPECT_NE(s.error().message.find(c.words), std::string::npos) << s.error().to_string();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BadScenario,
    ::testing::Values(
        BadCase{R"("runs": 0)", "/runs", "runs"},
        BadCase{R"("runs": 1e12)", "/runs", "runs"},
        BadCase{R"("horizon_years": 0)", "/horizon_years", "above 0"},
        BadCase{R"("horizon_years": 61)", "/horizon_years", "horizon_years"},
        BadCase{R"("step": "week")", "/step", "expected month, quarter or year"},
        BadCase{R"("seed": -1)", "/seed", "seed"},
        BadCase{R"("goals": ["leed"])", "/goals/0", "did you mean 'lead'"},
        BadCase{R"("goals": ["lead", "lead"])", "/goals/1", "listed twice"},
        BadCase{R"("horizon": 3)", "/horizon", "horizon"},
        BadCase{R"("dynamics": {"attrition": -0.1})", "/dynamics/attrition", "attrition"},
        BadCase{R"("dynamics": {"attrition": 1})", "/dynamics/attrition", "below 1"},
        BadCase{R"("dynamics": {"attrition": {"tracks": {"engg": 0.1}}})", "/dynamics/attrition/tracks/engg", "unknown track"},
        BadCase{R"("dynamics": {"capacity": {"lead": -1}})", "/dynamics/capacity/lead", "capacity"},
        BadCase{R"("dynamics": {"hiring": [{"role": "junior", "per_year": -2}]})", "/dynamics/hiring/0/per_year", "per_year"},
        BadCase{R"("dynamics": {"hiring": [{"role": "junior", "per_year": 6000}, {"role": "pm", "per_year": 6000}]})",
                "/dynamics/hiring", "above the limit"},
        BadCase{R"("dynamics": {"skill_growth": "fast"})", "/dynamics/skill_growth", "number"},
        BadCase{R"("interventions": [{"type": "party", "at": 0}])", "/interventions/0/type", "unknown intervention type"},
        BadCase{R"("interventions": [{"type": "training", "at": 0, "skills": {"codding": 1}}])",
                "/interventions/0/skills/codding", "did you mean 'coding'"},
        BadCase{R"("interventions": [{"type": "training", "at": 9, "skills": {"coding": 1}}])", "/interventions/0/at",
                "after the horizon"},
        BadCase{R"("interventions": [{"type": "training", "at": 0, "skills": {"coding": 0}}])",
                "/interventions/0/skills/coding", "above 0"},
        BadCase{R"("interventions": [{"type": "mentoring", "at": 0, "who": {"people": ["sma"]}, "learning_multiplier": 2}])",
                "/interventions/0/who/people/0", "unknown person 'sma'"},
        BadCase{R"("interventions": [{"type": "mentoring", "at": 0, "who": {"role": "lead", "track": "eng"}, "learning_multiplier": 2}])",
                "/interventions/0/who", "exactly one"},
        BadCase{R"("interventions": [{"type": "move_rate", "at": 0, "multiplier": 2}])", "/interventions/0",
                "needs \"from\", \"to\""},
        BadCase{R"("interventions": [{"type": "move_rate", "at": 0, "from": "junior", "to": "lead", "multiplier": 2}])",
                "/interventions/0/to", "no move from 'junior' to 'lead'"},
        BadCase{R"("interventions": [{"type": "open_positions", "at": 0, "role": "lead", "count": 2}])",
                "/interventions/0/role", "no capacity"},
        BadCase{R"("interventions": [{"type": "freeze", "at": 0, "duration": 0, "role": "lead"}])",
                "/interventions/0/duration", "above 0"}));

TEST(ScenarioIo, RejectsBadPopulations) {
  const RoleGraph& g = small_graph();
  auto missing = parse(g, R"({"format": "careerpath.scenario/1", "id": "t"})");
  EXPECT_EQ(missing.error().message, "missing required field 'population'") << missing.error().to_string();
  auto two = parse(g, R"({"format": "careerpath.scenario/1", "id": "t", "population": {"profile": {}, "team": "x.json"}})");
  EXPECT_EQ(two.error().pointer, "/population");
  auto empty = parse(g, R"({"format": "careerpath.scenario/1", "id": "t", "population": {"organisation": {"headcount": {}}}})");
  EXPECT_EQ(empty.error().pointer, "/population/organisation/headcount");
  auto over = parse(g, R"({"format": "careerpath.scenario/1", "id": "t",
    "population": {"organisation": {"headcount": {"lead": 3}}}, "dynamics": {"capacity": {"lead": 2}}})");
  EXPECT_EQ(over.error().pointer, "/dynamics/capacity/lead");
  auto twice = parse(g, R"({"format": "careerpath.scenario/1", "id": "t", "runs": 5,
    "population": {"profile": {"current_role": "junior", "years_in_role": 0, "skills": {}}, "runs": 4}})");
  EXPECT_EQ(twice.error().pointer, "/runs");
  auto bad_person = parse(g, R"({"format": "careerpath.scenario/1", "id": "t",
    "population": {"profiles": [{"current_role": "junior", "years_in_role": 0, "skills": {"coding": 9}}]}})");
  EXPECT_EQ(bad_person.error().pointer, "/population/profiles/0/skills/coding");
}

TEST(ScenarioIo, ErrorsInsideNamedFilesNameThoseFiles) {
  const RoleGraph& g = small_graph();
  auto missing = load_scenario(test_data("scenarios/bad-missing-profile.json"), g);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().pointer, "/population/profiles/1");
  EXPECT_NE(missing.error().message.find("'nobody.json' does not exist"), std::string::npos);
  auto syntax = load_scenario(test_data("scenarios/bad-syntax.json"), g);
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().line, 3);
  auto absent = load_scenario(test_data("scenarios/no-such-file.json"), g);
  EXPECT_FALSE(absent.ok());
  auto wrong_format = parse(g, R"({"format": "careerpath.graph/1", "id": "t"})");
  EXPECT_EQ(wrong_format.error().pointer, "/format");
}


// "extends": the parent's folder anchors its own paths; the child overrides
// what it gives and adds its interventions after the parent's.
TEST(ScenarioExtends, ResolvesRelativePathsOverridesAndAddsInterventions) {
  const RoleGraph& g = small_graph();
  const Scenario base = load_scenario(test_data("scenarios/extends/base/sam.json"), g).value();
  const Scenario s = load_scenario(test_data("scenarios/extends/sam-course.json"), g).value();
  EXPECT_EQ(s.id, "sam-course");
  EXPECT_EQ(s.name, "sam-course");  // a name is not inherited: it would describe the parent
  ASSERT_EQ(s.population.people.size(), 1U);
  EXPECT_EQ(s.population.people[0].id, base.population.people[0].id);
  EXPECT_EQ(s.runs, 500U);    // inherited
  EXPECT_EQ(s.seed, 11U);     // inherited
  EXPECT_EQ(s.years, 3.0);    // overridden
  EXPECT_EQ(s.goals, base.goals);
  EXPECT_DOUBLE_EQ(s.dynamics.attrition[role_index(g, "junior")], 0.1);   // the child's role entry
  EXPECT_DOUBLE_EQ(s.dynamics.attrition[role_index(g, "senior")], 0.08);  // the parent's, kept
  EXPECT_DOUBLE_EQ(s.dynamics.attrition[role_index(g, "pm")], 0.05);
  EXPECT_EQ(s.dynamics.capacity[role_index(g, "lead")], 3);
  EXPECT_EQ(s.dynamics.capacity[role_index(g, "pm")], 2);
  ASSERT_EQ(s.interventions.size(), 2U);
  EXPECT_EQ(s.interventions[0], base.interventions[0]);
  EXPECT_EQ(s.interventions[1].name, "planning course");
  ASSERT_EQ(s.extends.size(), 1U);
  EXPECT_NE(s.extends[0].find("sam.json"), std::string::npos);

  const Scenario twice = load_scenario(test_data("scenarios/extends/sam-course-twice.json"), g).value();
  EXPECT_EQ(twice.interventions.size(), 3U);
  EXPECT_EQ(twice.years, 3.0);
  EXPECT_EQ(twice.extends.size(), 2U);
}

TEST(ScenarioExtends, RejectsCyclesMissingParentsAndInheritedInterventionsPastTheHorizon) {
  const RoleGraph& g = small_graph();
  auto cycle = load_scenario(test_data("scenarios/extends/cycle/a.json"), g);
  ASSERT_FALSE(cycle.ok());
  EXPECT_EQ(cycle.error().pointer, "/extends");
  EXPECT_NE(cycle.error().message.find("cycle: a.json -> b.json -> a.json"), std::string::npos) << cycle.error().to_string();

  auto missing = load_scenario(test_data("scenarios/extends/missing-parent.json"), g);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().pointer, "/extends");
  EXPECT_NE(missing.error().message.find("'no-such-base.json' does not exist"), std::string::npos)
      << missing.error().to_string();

  auto late = load_scenario(test_data("scenarios/extends/late-intervention.json"), g);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().pointer, "/horizon_years");
  EXPECT_NE(late.error().message.find("intervention 'planning course' starts at year 0.5, at or after the horizon of 0.25 years"),
            std::string::npos)
      << late.error().to_string();
}

TEST(ScenarioHiring, PoliciesPerRoleAndTrack) {
  const RoleGraph& g = small_graph();
  auto s = scenario_from_json(nlohmann::json::parse(R"({"format": "careerpath.scenario/1", "id": "h",
    "population": {"organisation": {"headcount": {"junior": 4, "senior": 3, "lead": 1}}},
    "dynamics": {"hiring": [{"role": "junior", "per_year": 2},
                            {"track": "eng", "policy": "target", "time_to_fill": 0.5},
                            {"role": "lead", "policy": "backfill"},
                            {"role": "pm", "policy": "target", "headcount": 2}]}})"), g, "");
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  const auto& hiring = s->dynamics.hiring;
  ASSERT_EQ(hiring.size(), 5U);  // the track's entry is one plan per role
  EXPECT_EQ(std::get<FixedPerYear>(hiring[0].rule).per_year, 2.0);
  EXPECT_EQ(hiring[1].role, role_index(g, "junior"));
  EXPECT_EQ(std::get<TargetHeadcount>(hiring[1].rule).headcount, 4);  // the starting headcount
  EXPECT_EQ(std::get<TargetHeadcount>(hiring[2].rule).headcount, 3);
  EXPECT_DOUBLE_EQ(hiring[2].time_to_fill, 0.5);
  EXPECT_TRUE(std::holds_alternative<Backfill>(hiring[3].rule));
  EXPECT_EQ(std::get<TargetHeadcount>(hiring[4].rule).headcount, 2);

  auto negative = scenario_from_json(nlohmann::json::parse(R"({"format": "careerpath.scenario/1", "id": "h",
    "population": {"organisation": {"headcount": {"junior": 4}}},
    "dynamics": {"hiring": [{"role": "pm", "policy": "target", "headcount": -1}]}})"), g, "");
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().pointer, "/dynamics/hiring/0/headcount");
  EXPECT_NE(negative.error().message.find("target headcount"), std::string::npos) << negative.error().to_string();
}

}  // namespace
}  // namespace careerpath
