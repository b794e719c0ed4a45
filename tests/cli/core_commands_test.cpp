// End-to-end tests of the foundation commands on the built-in graph and the
// example profiles: what a user sees on stdout, stderr and the exit status.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace careerpath::testing {
namespace {

const std::string kProgramManager = source_path("profiles/program-manager.json");

nlohmann::json run_json(const std::vector<std::string>& args) {
  const RunResult r = run_careerpath(args);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  return nlohmann::json::parse(r.out);
}

TEST(CoreCommands, RecommendRanksNextStepsWithReasons) {
  const RunResult r = run_careerpath({"recommend", kProgramManager});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Priya Raman, Program Manager for 3.5 years"), std::string::npos);
  EXPECT_NE(r.out.find("Why:"), std::string::npos);
  EXPECT_NE(r.out.find("build first:"), std::string::npos);
  EXPECT_NE(r.out.find("score = "), std::string::npos);
}

TEST(CoreCommands, RecommendJsonIsOneDocumentWithEveryComponent) {
  const nlohmann::json j = run_json({"recommend", kProgramManager, "--json", "--top", "7"});
  ASSERT_EQ(j["recommendations"].size(), 7u);
  EXPECT_EQ(j["person"]["current_role"]["id"], "program-manager");
  double previous = 1e9;
  for (const auto& rec : j["recommendations"]) {
    EXPECT_NE(rec["role"]["id"], "program-manager");
    EXPECT_NE(rec["role"]["id"], "engineering-manager");  // Priya avoids it
    const auto& c = rec["contributions"];
    const double sum = c["fit"].get<double>() + c["move"].get<double>() + c["goal"].get<double>() +
                       c["preference"].get<double>() + c["seniority"].get<double>();
    EXPECT_NEAR(sum, rec["score"].get<double>(), 1e-9);
    EXPECT_LE(rec["score"].get<double>(), previous);
    previous = rec["score"].get<double>();
    EXPECT_FALSE(rec["reasons"].empty());
  }
  // Both of her goals are among the top steps.
  std::vector<std::string> ids;
  for (const auto& rec : j["recommendations"]) ids.push_back(rec["role"]["id"]);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "tpm-3"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "product-manager"), ids.end());
}

TEST(CoreCommands, GapOrdersSkillsByWhatMattersMost) {
  const nlohmann::json j = run_json({"gap", kProgramManager, "Senior Technical Program Manager", "--json"});
  EXPECT_EQ(j["role"]["id"], "tpm-3");
  const auto& skills = j["skills"];
  ASSERT_GT(skills.size(), 5u);
  EXPECT_EQ(skills[0]["skill"], "system-design");
  for (std::size_t i = 1; i < skills.size(); ++i) {
    EXPECT_GE(skills[i - 1]["weighted_shortfall"].get<double>(), skills[i]["weighted_shortfall"].get<double>());
  }
  EXPECT_GT(j["readiness"].get<double>(), 0.0);
  EXPECT_LT(j["readiness"].get<double>(), 1.0);
}

TEST(CoreCommands, PathGivesKRoutesInOrderWithStepDetails) {
  const nlohmann::json j = run_json({"path", kProgramManager, "--to", "tpm-4", "-k", "3", "--json"});
  ASSERT_EQ(j["routes"].size(), 3u);
  double previous = 0.0;
  for (const auto& route : j["routes"]) {
    double total = 0.0;
    std::string at = "program-manager";
    for (const auto& step : route["steps"]) {
      EXPECT_EQ(step["from"], at);
      at = step["to"]["id"];
      total += step["expected_years"].get<double>();
      EXPECT_TRUE(step.contains("kind"));
      EXPECT_TRUE(step.contains("skills_to_build"));
    }
    EXPECT_EQ(at, "tpm-4");
    // Step means add to the route's mean; total_years is the route's median.
    EXPECT_NEAR(total, route["mean_years"].get<double>(), 1e-9);
    EXPECT_EQ(route["total_years"].get<double>(), route["years"]["median"].get<double>());
    EXPECT_LT(route["years"]["p10"].get<double>(), route["years"]["median"].get<double>());
    EXPECT_GT(route["years"]["p90"].get<double>(), route["years"]["median"].get<double>());
    EXPECT_GE(route["total_years"].get<double>(), previous);
    previous = route["total_years"].get<double>();
  }
}

TEST(CoreCommands, PathHonoursAvoidAndMaxSteps) {
  const nlohmann::json j =
      run_json({"path", kProgramManager, "--to", "tpm-4", "-k", "5", "--avoid", "tpm-3", "--max-steps", "2", "--json"});
  for (const auto& route : j["routes"]) {
    EXPECT_LE(route["steps"].size(), 2u);
    for (const auto& step : route["steps"]) EXPECT_NE(step["to"]["id"], "tpm-3");
  }
}

TEST(CoreCommands, UnreachableTargetIsAClearMessage) {
  const RunResult r = run_careerpath({"path", kProgramManager, "--to", "swe-1"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no route from 'program-manager' to 'swe-1'"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(CoreCommands, RolesAndShow) {
  const RunResult roles = run_careerpath({"roles", "--track", "technical-program-management"});
  ASSERT_EQ(roles.status, 0) << roles.err;
  EXPECT_NE(roles.out.find("tpm-1"), std::string::npos);
  EXPECT_EQ(roles.out.find("swe-1 "), std::string::npos);
  const nlohmann::json all = run_json({"roles", "--json"});
  EXPECT_GE(all["roles"].size(), 45u);
  const RunResult show = run_careerpath({"show", "scrum master"});
  ASSERT_EQ(show.status, 0) << show.err;
  EXPECT_NE(show.out.find("Requirements"), std::string::npos);
  EXPECT_NE(show.out.find("Moves out:"), std::string::npos);
}

TEST(CoreCommands, UnknownRoleSuggestsTheClosest) {
  const RunResult r = run_careerpath({"show", "scrum mastr"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("unknown role 'scrum mastr'; did you mean 'Scrum Master'"), std::string::npos) << r.err;
}

// Issue 13: a registered nurse of one year was offered physicians as a
// "usual promotion", with no word of medical school.
TEST(CoreCommands, ANurseIsNotOfferedPhysiciansAsAUsualStep) {
  const std::string profile = write_temp_file(
      "rn.json",
      R"({"format": "careerpath.profile/1", "id": "rn", "current_role": "29-1141.00", "years_in_role": 1, "skills": {}})");
  const RunResult r = run_careerpath({"--graph", "onet", "--json", "recommend", profile, "--top", "40"});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  bool saw_physician = false;
  for (const auto& rec : j["recommendations"]) {
    const std::string code = rec["role"]["code"];
    if (!code.starts_with("29-12")) continue;  // physicians and surgeons
    if (rec["move"].is_null()) continue;
    saw_physician = true;
    EXPECT_NE(rec["move"]["kind"], "promotion") << code;
    const std::string reasons = rec["reasons"].dump();
    EXPECT_NE(reasons.find("not a usual step from Registered Nurses: it requires"), std::string::npos) << reasons;
    // Years of study: at least a master's beyond the nurse's bachelor's, and
    // medical school and residency for obstetricians.
    EXPECT_GE(rec["move"]["min_years"].get<double>(), code == "29-1218.00" ? 5.0 : 2.0) << code;
  }
  EXPECT_TRUE(saw_physician);
}

TEST(CoreCommands, AJobTitleTheGraphDoesNotListIsFoundByItsWords) {
  const RunResult r = run_careerpath({"--graph", "onet", "show", "Pediatric Registered Nurse"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Registered Nurses (29-1141.00)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("is not a listed title; taken as"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("other candidates"), std::string::npos);
  // Titles sharing only some of its words are candidates, not an answer.
  const RunResult tpm = run_careerpath({"--graph", "onet", "show", "Technical Program Manager"});
  EXPECT_TRUE(is_one_clear_error(tpm, "role 'Technical Program Manager' is ambiguous: it could be "
                                      "'Information Technology Project Managers' (15-1299.09)"));
}

TEST(CoreCommands, GraphToolsOnTheDefaultGraph) {
  const RunResult v = run_careerpath({"graph", "validate"});
  ASSERT_EQ(v.status, 0) << v.err;
  EXPECT_NE(v.out.find("valid"), std::string::npos);
  const nlohmann::json s = run_json({"graph", "stats", "--json"});
  EXPECT_GE(s["roles"].get<int>(), 45);
  EXPECT_GE(s["tracks"].get<int>(), 7);
  EXPECT_GE(s["skills"].get<int>(), 24);
  EXPECT_GE(s["transitions"].get<int>(), 150);
  EXPECT_EQ(s["transitions_per_kind"].size(), 4u);
  const RunResult dot = run_careerpath({"graph", "dot"});
  ASSERT_EQ(dot.status, 0);
  EXPECT_EQ(dot.out.rfind("digraph careerpath {", 0), 0u);
  EXPECT_NE(dot.out.find("cluster_technical-program-management"), std::string::npos);
  EXPECT_NE(dot.out.find("style=dotted"), std::string::npos);  // switches
  EXPECT_EQ(dot.out.back(), '\n');
}

TEST(CoreCommands, GraphFileCanBeGivenByPath) {
  const nlohmann::json j = run_json({"--graph", test_data("graphs/small.json"), "roles", "--json"});
  EXPECT_EQ(j["roles"].size(), 5u);
  const RunResult r = run_careerpath({"--graph", test_data("graphs/small.json"), "recommend", test_data("profiles/junior.json")});
  EXPECT_EQ(r.status, 0) << r.err;
}

TEST(CoreCommands, DotToFileIsWrittenWhole) {
  const std::string out = temp_dir() + "/graph.dot";
  const RunResult r = run_careerpath({"graph", "dot", "-o", out});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  const RunResult missing_dir = run_careerpath({"graph", "dot", "-o", temp_dir() + "/no/such/dir/g.dot"});
  EXPECT_EQ(missing_dir.status, 2);
  EXPECT_NE(missing_dir.err.find("no/such/dir/g.dot"), std::string::npos);
}

TEST(CoreCommands, EveryExampleProfileGetsRecommendations) {
  for (const char* name : {"program-manager", "junior-engineer", "senior-engineer", "tpm-to-product",
                           "payroll-project-manager", "business-analyst", "scrum-master", "product-owner"}) {
    const nlohmann::json j = run_json({"recommend", source_path(std::string("profiles/") + name + ".json"), "--json"});
    EXPECT_FALSE(j["recommendations"].empty()) << name;
  }
}

}  // namespace
}  // namespace careerpath::testing
