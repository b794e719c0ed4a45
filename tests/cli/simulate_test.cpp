// End-to-end tests of `careerpath simulate`: what a user sees on stdout and
// stderr, the exit status, and the files --csv and --plot write.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace careerpath::testing {
namespace {

namespace fs = std::filesystem;

const std::string kSmall = test_data("graphs/small.json");
const std::string kMarkov = test_data("scenarios/markov.json");
const std::string kTeam = test_data("scenarios/team.json");

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// One line on stderr, exit status 2, nothing on stdout.
void expect_one_line_error(const RunResult& r, const std::string& words) {
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find(words), std::string::npos) << r.err;
}

// A small XML well-formedness check: every tag closes in order, one root.
bool well_formed_xml(const std::string& text) {
  std::vector<std::string> open;
  bool root_seen = false;
  for (std::size_t i = text.find('<'); i != std::string::npos; i = text.find('<', i + 1)) {
    if (text.compare(i, 4, "<!--") == 0) {
      i = text.find("-->", i);
      if (i == std::string::npos) return false;
      continue;
    }
    if (text.compare(i, 9, "<![CDATA[") == 0) {
      i = text.find("]]>", i);
      if (i == std::string::npos) return false;
      continue;
    }
    const std::size_t end = text.find('>', i);
    if (end == std::string::npos) return false;
    const std::string tag = text.substr(i + 1, end - i - 1);
    if (tag.empty() || tag[0] == '?' || tag[0] == '!') continue;
    const std::string name = tag.substr(tag[0] == '/' ? 1 : 0, tag.find_first_of(" \t\n/", 1) - (tag[0] == '/' ? 1 : 0));
    if (tag[0] == '/') {
      if (open.empty() || open.back() != name) return false;
      open.pop_back();
    } else if (tag.back() != '/') {
      if (open.empty() && root_seen) return false;
      open.push_back(name);
      root_seen = true;
    }
  }
  return root_seen && open.empty();
}

TEST(Simulate, AProfileIsThatPersonManyTimes) {
  const RunResult r = run_careerpath({"simulate", source_path("profiles/program-manager.json"), "--runs", "2000"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << "no progress bar when stderr is not a terminal: " << r.err;
  EXPECT_NE(r.out.find("2000 runs of 1 person, 5 years in monthly steps"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Where the person is"), std::string::npos);
  EXPECT_NE(r.out.find("Senior Technical Program Manager"), std::string::npos);  // her goal
  EXPECT_NE(r.out.find("Most common careers"), std::string::npos);
  EXPECT_NE(r.out.find("Skills that grow most"), std::string::npos);
}

TEST(Simulate, JsonIsByteIdenticalForOneTwoAndEightThreads) {
  std::string first;
  for (const char* threads : {"1", "2", "8"}) {
    const RunResult r = run_careerpath({"--graph", kSmall, "--json", "simulate", kTeam, "--runs", "3000", "--threads", threads});
    ASSERT_EQ(r.status, 0) << r.err;
    if (first.empty()) {
      first = r.out;
    } else {
      EXPECT_EQ(r.out, first) << "threads " << threads;
    }
  }
  const nlohmann::json doc = nlohmann::json::parse(first);
  EXPECT_EQ(doc["scenario"]["population"]["kind"], "team");
  EXPECT_EQ(doc["results"]["runs"], 3000);
  EXPECT_EQ(doc["results"]["times"].size(), 4U);
  EXPECT_DOUBLE_EQ(doc["results"]["training_cost"]["mean"].get<double>(), 1500.0);
}

TEST(Simulate, CommandLineSettingsOverrideTheScenario) {
  const RunResult r = run_careerpath(
      {"--graph", kSmall, "--json", "simulate", kMarkov, "--runs", "300", "--years", "2", "--step", "quarter", "--seed", "99"});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["scenario"]["runs"], 300);
  EXPECT_EQ(doc["scenario"]["seed"], 99);
  EXPECT_EQ(doc["scenario"]["step"], "quarter");
  EXPECT_EQ(doc["results"]["times"], nlohmann::json::parse("[0, 1, 2]"));
}

TEST(Simulate, AnalyticPrintsTheExactAnswerTheMonteCarloMatches) {
  const RunResult exact = run_careerpath({"--graph", kSmall, "--json", "simulate", kMarkov, "--analytic"});
  ASSERT_EQ(exact.status, 0) << exact.err;
  const RunResult mc = run_careerpath({"--graph", kSmall, "--json", "simulate", kMarkov});
  ASSERT_EQ(mc.status, 0) << mc.err;
  const nlohmann::json a = nlohmann::json::parse(exact.out)["analytic"];
  const nlohmann::json m = nlohmann::json::parse(mc.out)["results"];
  const double p_exact = a["goals"][0]["reached_by_time"].back().get<double>();
  const double p_mc = m["goals"][0]["reached_by_time"].back()["mean"].get<double>();
  const double se = std::sqrt(p_exact * (1 - p_exact) / 4000.0);
  EXPECT_NEAR(p_mc, p_exact, 5 * se);
  EXPECT_GT(a["goals"][0]["expected_years_if_ever"].get<double>(), 0.0);
  const RunResult text = run_careerpath({"--graph", kSmall, "simulate", kMarkov, "--analytic"});
  EXPECT_NE(text.out.find("Exact Markov-chain answer"), std::string::npos);
}

TEST(Simulate, AnalyticNeedsSkillEffectsOff) {
  const RunResult r = run_careerpath({"simulate", source_path("profiles/program-manager.json"), "--analytic"});
  expect_one_line_error(r, "set skill_effects to false");
}

TEST(Simulate, CompareReportsPairedDifferences) {
  const RunResult r = run_careerpath({"--json", "simulate", source_path("profiles/program-manager.json"), "--compare",
                                      source_path("scenarios/pm-to-tpm-course.json"), "--runs", "3000"});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["other"]["scenario"]["id"], "pm-to-tpm-course");
  EXPECT_EQ(doc["other"]["scenario"]["seed"], doc["scenario"]["seed"]) << "common random numbers";
  // The course makes senior TPM (her first goal) more likely by year 5.
  const auto& d = doc["difference"]["goals"][0];
  EXPECT_EQ(d["role"], "tpm-3");
  EXPECT_GT(d["reached_by_time"].back()["low"].get<double>(), 0.0);
  const RunResult text = run_careerpath({"simulate", source_path("profiles/program-manager.json"), "--compare",
                                         source_path("scenarios/pm-to-tpm-course.json"), "--runs", "1000"});
  EXPECT_NE(text.out.find("Goals reached by y5"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("difference"), std::string::npos);
}

TEST(Simulate, CsvWritesTidyTables) {
  const fs::path dir = fs::path(temp_dir()) / "csv-out";
  const RunResult r = run_careerpath({"--graph", kSmall, "simulate", kTeam, "--runs", "200", "--csv", dir.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  for (const char* name : {"headcount.csv", "goals.csv", "time_to_goal.csv", "trajectories.csv", "flows.csv",
                           "population.csv", "cost.csv", "shares_wide.csv", "goals_wide.csv"}) {
    EXPECT_TRUE(fs::exists(dir / name)) << name;
  }
  const std::string headcount = read_file(dir / "headcount.csv");
  EXPECT_EQ(headcount.substr(0, headcount.find('\n')), "scenario,years,role,mean,low,high");
  // One row per scenario, time and role: 4 times x 5 roles.
  EXPECT_EQ(std::count(headcount.begin(), headcount.end(), '\n'), 1 + 4 * 5);
  EXPECT_NE(headcount.find("platform-mentoring,0,junior,1,1,1\n"), std::string::npos) << headcount;
}

TEST(Simulate, PlotDrawsAWellFormedSvg) {
  if (std::system("command -v gnuplot > /dev/null 2>&1") != 0) GTEST_SKIP() << "gnuplot is not installed";
  const fs::path svg = fs::path(temp_dir()) / "chart.svg";
  const RunResult r = run_careerpath({"--graph", kSmall, "simulate", kTeam, "--runs", "200", "--plot", svg.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string text = read_file(svg);
  EXPECT_NE(text.find("<svg"), std::string::npos);
  EXPECT_TRUE(well_formed_xml(text));
  EXPECT_NE(text.find("Junior Engineer"), std::string::npos) << "the legend names the roles";
}

TEST(Simulate, PlotWithoutGnuplotSaysHowToInstallIt) {
  const char* saved = std::getenv("PATH");
  const std::string path = saved ? saved : "";
  ::setenv("PATH", "/nonexistent", 1);
  const fs::path svg = fs::path(temp_dir()) / "never.svg";
  const RunResult r = run_careerpath({"--graph", kSmall, "simulate", kTeam, "--plot", svg.string()});
  ::setenv("PATH", path.c_str(), 1);
  expect_one_line_error(r, "apt-get install gnuplot-nox");
  EXPECT_FALSE(fs::exists(svg));
}

TEST(Simulate, BadArgumentsAndFilesGetOneLineAndStatusTwo) {
  const std::string pm = source_path("profiles/program-manager.json");
  expect_one_line_error(run_careerpath({"simulate", pm, "--threads", "0"}), "--threads");
  expect_one_line_error(run_careerpath({"simulate", pm, "--threads", "300"}), "--threads");
  expect_one_line_error(run_careerpath({"simulate", pm, "--runs", "0"}), "--runs");
  expect_one_line_error(run_careerpath({"simulate", pm, "--years", "0"}), "--years");
  expect_one_line_error(run_careerpath({"simulate", pm, "--years", "61"}), "--years");
  expect_one_line_error(run_careerpath({"simulate", pm, "--step", "week"}), "--step");
  expect_one_line_error(run_careerpath({"simulate", pm, "--years", "0.4", "--step", "year"}), "shorter than one year");
  expect_one_line_error(run_careerpath({"simulate", "missing.json"}), "missing.json");
  expect_one_line_error(run_careerpath({"simulate", pm, "--analytic", "--compare", pm}), "cannot be combined");
  expect_one_line_error(run_careerpath({"--graph", kSmall, "simulate", test_data("scenarios/bad-unknown-role.json")}),
                        "bad-unknown-role.json: /population/organisation/headcount/seniro: unknown role 'seniro'; did you mean 'senior'?");
  expect_one_line_error(run_careerpath({"--graph", kSmall, "simulate", test_data("scenarios/bad-syntax.json")}),
                        "bad-syntax.json:3:");
  expect_one_line_error(run_careerpath({"--graph", kSmall, "simulate", test_data("scenarios/bad-missing-profile.json")}),
                        "/population/profiles/1: 'nobody.json' does not exist");
  const std::string empty = write_temp_file("empty-scenario.json", "");
  expect_one_line_error(run_careerpath({"simulate", empty}), "empty-scenario.json");
  // A profile for another graph: every problem at once (the role, then each
  // skill the graph does not have), each on its own line, at most 20.
  const RunResult other_graph =
      run_careerpath({"--graph", kSmall, "simulate", kMarkov, "--compare", source_path("profiles/program-manager.json")});
  EXPECT_EQ(other_graph.status, 2);
  EXPECT_TRUE(other_graph.out.empty());
  EXPECT_EQ(other_graph.err.rfind("careerpath: ", 0), 0U) << other_graph.err;
  EXPECT_NE(other_graph.err.substr(0, other_graph.err.find('\n')).find("/current_role: unknown role 'program-manager'"),
            std::string::npos)
      << other_graph.err;
  EXPECT_LE(std::count(other_graph.err.begin(), other_graph.err.end(), '\n'), 22) << other_graph.err;
}

TEST(Simulate, TheExampleOrganisationsCompare) {
  const RunResult r = run_careerpath({"simulate", source_path("scenarios/product-org.json"), "--compare",
                                      source_path("scenarios/product-org-training.json"), "--runs", "60"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Headcount per role at y5"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Organisation"), std::string::npos);
  EXPECT_NE(r.out.find("Training and mentoring cost per run"), std::string::npos);
}

}  // namespace
}  // namespace careerpath::testing

namespace careerpath::testing {
namespace {

const std::string kOrg = source_path("scenarios/product-org.json");

TEST(SimulateWhatIf, BadCommandLineInterventionsGetOneLineAndStatusTwo) {
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--train", "system-desing+2"}),
                        "--train 'system-desing+2': unknown skill 'system-desing'; did you mean 'system-design'?");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--train", "system-design+2", "--to", "program-manger"}),
                        "--to 'program-manger': unknown role or track 'program-manger'; did you mean 'program-manager'?");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--rate", "program-manager->tpm-9*2"}),
                        "--rate 'program-manager->tpm-9*2': unknown role 'tpm-9'");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--rate", "program-manager->tpm-3*-1"}),
                        "--rate 'program-manager->tpm-3*-1': the factor must be between 0 and 100");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--rate", "swe-1->director-of-product*2"}),
                        "the graph has no move from 'swe-1' to 'director-of-product'");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--train", "system-design+2", "--cost", "-5"}),
                        "--cost '-5': a cost cannot be negative");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--cost", "100"}),
                        "--cost '100': give it after the --train, --mentor or --rate it belongs to");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--train", "system-design+2@7y"}),
                        "starts at year 7, at or after the horizon of 5 years");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--open", "swe-1+2"}), "the role has no capacity");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--train", "system-design+2@soon"}),
                        "'soon' is not a time");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--levers"}), "--levers breaks down a comparison");
  expect_one_line_error(run_careerpath({"simulate", kOrg, "--rate-uncertainty", "-0.5"}), "--rate-uncertainty");
  expect_one_line_error(run_careerpath({"--graph", kSmall, "simulate", test_data("scenarios/extends/cycle/a.json")}),
                        "b.json: /extends: \"extends\" makes a cycle: a.json -> b.json -> a.json");
  const std::string negative = write_temp_file("negative-target.json", R"({"format": "careerpath.scenario/1", "id": "n",
    "population": {"organisation": {"headcount": {"junior": 2}}},
    "dynamics": {"hiring": [{"role": "senior", "policy": "target", "headcount": -3}]}})");
  expect_one_line_error(run_careerpath({"--graph", kSmall, "simulate", negative}),
                        "negative-target.json: /dynamics/hiring/0/headcount: target headcount -3 is below the minimum 0");
}

// The planner's question in one command: the effect on the goal roles with
// its interval, the cost per additional person and each lever's share.
TEST(SimulateWhatIf, OneCommandAnswersThePlannersQuestion) {
  const RunResult r = run_careerpath({"simulate", kOrg, "--years", "3", "--runs", "150", "--train",
                                      "system-design+2,cloud-infrastructure+1@6m", "--to", "program-manager:10", "--cost",
                                      "3500", "--rate", "program-manager->tpm-3*2@10m", "--levers", "--rate-uncertainty",
                                      "0.5"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Goal roles: headcount at y3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cost per additional"), std::string::npos);
  EXPECT_NE(r.out.find("Levers: effect on headcount at y3"), std::string::npos);
  EXPECT_NE(r.out.find("--train system-design+2,cloud-infrastructure+1@6m --to program-manager:10 --cost 3500"),
            std::string::npos);
  EXPECT_NE(r.out.find("within a factor 1.5"), std::string::npos) << "the output says which interval it shows";

  const RunResult j = run_careerpath({"--json", "simulate", kOrg, "--years", "3", "--runs", "150", "--train",
                                      "system-design+2@6m", "--to", "program-manager", "--cost", "3500", "--rate",
                                      "program-manager->tpm-3*2@10m", "--levers"});
  ASSERT_EQ(j.status, 0) << j.err;
  const auto doc = nlohmann::json::parse(j.out);
  EXPECT_EQ(doc["other"]["scenario"]["id"], "product-org+what-if");
  EXPECT_EQ(doc["levers"]["alone"].size(), 2U);
  const auto& tpm = doc["difference"]["cost_per_additional"][0];
  EXPECT_EQ(tpm["role"], "tpm-3");
  // 3500 for each program manager still in post at month six (of the ten at the start).
  const double cost = doc["difference"]["training_cost"]["mean"];
  EXPECT_GT(cost, 3500.0 * 6);
  EXPECT_LE(cost, 3500.0 * 10);
  EXPECT_TRUE(tpm["value"].is_null() || tpm["value"]["mean"].get<double>() > cost);
  EXPECT_TRUE(doc["results"]["flows"]["moves"].size() > 0);
  EXPECT_TRUE(doc["results"]["goals"][0].contains("arrivals"));
}

TEST(SimulateWhatIf, ShippedWhatIfsExtendTheirBase) {
  const RunResult r = run_careerpath({"--json", "simulate", source_path("scenarios/product-org-training.json"), "--runs", "5"});
  ASSERT_EQ(r.status, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["scenario"]["extends"].size(), 1U);
  EXPECT_NE(doc["scenario"]["extends"][0].get<std::string>().find("product-org.json"), std::string::npos);
}

}  // namespace
}  // namespace careerpath::testing

namespace careerpath::testing {
namespace {

TEST(SimulatePlot, ChosenRolesAndBothScenariosWithALegend) {
  if (std::system("command -v gnuplot > /dev/null 2>&1") != 0) GTEST_SKIP() << "gnuplot is not installed";
  const fs::path svg = fs::path(temp_dir()) / "whatif.svg";
  const RunResult r = run_careerpath({"simulate", source_path("scenarios/product-org.json"), "--runs", "30", "--years", "2",
                                      "--rate", "program-manager->tpm-3*2", "--plot", svg.string(), "--roles",
                                      "tpm-3,Program Manager"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string text = read_file(svg);
  EXPECT_TRUE(well_formed_xml(text));
  EXPECT_NE(text.find("product-org: Senior Technical Program Manager"), std::string::npos) << "the legend names both";
  EXPECT_NE(text.find("product-org+what-if: Program Manager"), std::string::npos);
  expect_one_line_error(run_careerpath({"simulate", source_path("scenarios/product-org.json"), "--plot", svg.string(),
                                        "--roles", "tpm-9"}),
                        "unknown role 'tpm-9'");
}

}  // namespace
}  // namespace careerpath::testing
