// End-to-end tests of `careerpath import onet` on tests/data/onet-mini (see
// tests/unit/onet/onet_import_test.cpp for what that fixture holds).
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"
#include "onet_mini_graph.hpp"

namespace careerpath::testing {
namespace {


TEST(ImportOnet, WritesAGraphAndSummarisesWhatItRead) {
  const std::string out = temp_dir() + "/summary.json";
  const RunResult r = run_careerpath({"import", "onet", test_data("onet-mini"), "-o", out});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("imported O*NET 30.1 into " + out), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("27 occupations listed; 25 with a Job Zone became roles"),
            std::string::npos);
  EXPECT_NE(r.err.find("left out: 1 without ratings or a Job Zone"), std::string::npos);
  EXPECT_NE(r.err.find("imputed skills or knowledge for 4 roles"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("(missing)"), std::string::npos);  // Work Styles.txt
  EXPECT_TRUE(std::filesystem::exists(out));
}

TEST(ImportOnet, JsonSummaryOnStdout) {
  const RunResult r =
      run_careerpath({"--json", "import", "onet", test_data("onet-mini"), "-o", temp_dir() + "/j.json", "--moves", "5"});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["roles"], 25);
  EXPECT_EQ(j["imputed"]["roles"], 4);
  EXPECT_EQ(j["imputed"]["leave_one_out"]["held_out"], 21);
  EXPECT_EQ(j["transitions"], 25 * 5);
  EXPECT_EQ(j["left_out"]["without_job_zone"], 1);
  EXPECT_EQ(j["blocks"].size(), 14u);
}

TEST(ImportOnet, TheGraphWorksWithEveryCommandAndCarriesTheAttribution) {
  const RunResult roles = run_careerpath({"--graph", onet_mini_graph(), "roles"});
  ASSERT_EQ(roles.status, 0) << roles.err;
  EXPECT_NE(roles.out.find("15-1299.09"), std::string::npos);
  EXPECT_NE(roles.out.find("O*NET 30.1 Database"), std::string::npos);
  // An alternate title resolves to its occupation.
  const RunResult show = run_careerpath({"--graph", onet_mini_graph(), "show", "Computer Project Manager"});
  ASSERT_EQ(show.status, 0) << show.err;
  EXPECT_NE(show.out.find("Information Technology Project Managers (15-1299.09)"), std::string::npos);
  EXPECT_NE(show.out.find("USDOL/ETA"), std::string::npos);
}

TEST(ImportOnet, BadInputIsOneLineAndWritesNothing) {
  const std::string out = temp_dir() + "/never.json";
  const RunResult folder = run_careerpath({"import", "onet", test_data("graphs"), "-o", out});
  EXPECT_EQ(folder.status, 2);
  EXPECT_EQ(folder.err, "careerpath: " + test_data("graphs") + ": not an O*NET text folder: 'Occupation Data.txt' is missing\n");
  const RunResult block = run_careerpath({"import", "onet", test_data("onet-mini"), "-o", out, "--block", "titles"});
  EXPECT_EQ(block.status, 2);
  EXPECT_EQ(block.err, "careerpath: --block expects BLOCK=WEIGHT such as titles=1.5, got 'titles'\n");
  const RunResult unknown = run_careerpath({"import", "onet", test_data("onet-mini"), "-o", out, "--block", "skill=2"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.err, "careerpath: unknown similarity block 'skill'; did you mean 'skills'?\n");
  const RunResult moves = run_careerpath({"import", "onet", test_data("onet-mini"), "-o", out, "--moves", "0"});
  EXPECT_EQ(moves.status, 2);
  EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace careerpath::testing
