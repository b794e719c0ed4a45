// careerpath batch end to end: each output line equals what recommend --json
// prints for that person alone, bad lines become error objects in place,
// order and counts hold for any thread count, and the output file is written
// whole or not at all, also when the run is interrupted.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "cli_runner.hpp"

namespace careerpath::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The example profiles that belong to the default graph, one JSON per line.
std::vector<json> example_profiles() {
  std::vector<json> profiles;
  for (const auto& entry : fs::directory_iterator(source_path("profiles"))) {
    json doc = json::parse(read_file(entry.path().string()), nullptr, false);
    if (doc.is_object() && doc.value("format", "") == "careerpath.profile/1" &&
        entry.path().filename().string().rfind("onet-", 0) != 0) {
      profiles.push_back(std::move(doc));
    }
  }
  std::sort(profiles.begin(), profiles.end(), [](const json& a, const json& b) { return a["id"] < b["id"]; });
  return profiles;
}

// Random people on the tech graph: skills at half levels, some goals and
// preferences, so that ties and every score component occur.
std::vector<json> random_profiles(std::size_t count, unsigned seed) {
  const json graph = json::parse(read_file(source_path("graphs/tech.json")));
  std::vector<std::string> roles, skills, tracks;
  for (const json& r : graph["roles"]) roles.push_back(r["id"]);
  for (const json& s : graph["skills"]) skills.push_back(s["id"]);
  for (const json& t : graph["tracks"]) tracks.push_back(t["id"]);
  std::mt19937 rng(seed);
  auto pick = [&](const std::vector<std::string>& from) { return from[rng() % from.size()]; };
  std::vector<json> people;
  for (std::size_t i = 0; i < count; ++i) {
    json p = {{"id", "r" + std::to_string(i)}, {"current_role", pick(roles)}, {"years_in_role", (rng() % 17) / 2.0}};
    json s = json::object();
    for (int k = 0; k < 12; ++k) s[pick(skills)] = (rng() % 11) / 2.0;
    p["skills"] = s;
    if (i % 3 == 0) p["goals"] = {pick(roles)};
    if (i % 4 == 0) p["preferences"] = {{"tracks", {{pick(tracks), 0.5}}}, {"step_back", i % 8 == 0}};
    people.push_back(std::move(p));
  }
  return people;
}

std::string to_jsonl(const std::vector<json>& people) {
  std::string text;
  for (const json& p : people) text += p.dump() + "\n";
  return text;
}

// What recommend --json prints for one person alone, as one compact line.
std::string recommend_line(const json& person, const std::vector<std::string>& extra = {}) {
  json document = person;
  document["format"] = "careerpath.profile/1";
  const std::string file = write_temp_file("person.json", document.dump());
  std::vector<std::string> args = {"--json", "recommend", file};
  args.insert(args.end(), extra.begin(), extra.end());
  const RunResult r = run_careerpath(args);
  EXPECT_EQ(r.status, 0) << r.err;
  return json::parse(r.out).dump();
}

void expect_lines_equal_recommend(const std::vector<json>& people, const std::vector<std::string>& options) {
  std::vector<std::string> args = {"batch", "--in", "-", "--out", "-"};
  args.insert(args.end(), options.begin(), options.end());
  const RunResult r = run_careerpath(args, to_jsonl(people));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), people.size());
  for (std::size_t i = 0; i < people.size(); ++i) {
    EXPECT_EQ(lines[i], recommend_line(people[i], options)) << "line " << i + 1;
  }
}

TEST(Batch, EachLineIsByteForByteWhatRecommendPrintsForTheExampleProfiles) {
  const std::vector<json> people = example_profiles();
  ASSERT_GE(people.size(), 5u);
  expect_lines_equal_recommend(people, {});
  expect_lines_equal_recommend(people, {"--top", "8", "--horizon", "3"});
}

TEST(Batch, EachLineIsByteForByteWhatRecommendPrintsForRandomProfiles) {
  expect_lines_equal_recommend(random_profiles(25, 5), {"--top", "6"});
}

TEST(Batch, ScoresFormatCarriesRecommendsNumbersExactly) {
  const std::vector<json> people = random_profiles(15, 9);
  const RunResult r = run_careerpath({"batch", "--in", "-", "--out", "-", "--format", "scores"}, to_jsonl(people));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> lines = lines_of(r.out);
  ASSERT_EQ(lines.size(), people.size());
  for (std::size_t i = 0; i < people.size(); ++i) {
    const json lean = json::parse(lines[i]);
    const json full = json::parse(recommend_line(people[i]));
    EXPECT_EQ(lean["id"], people[i]["id"]);
    ASSERT_EQ(lean["recommendations"].size(), full["recommendations"].size());
    for (std::size_t k = 0; k < lean["recommendations"].size(); ++k) {
      const json& a = lean["recommendations"][k];
      const json& b = full["recommendations"][k];
      EXPECT_EQ(a["role"], b["role"]["id"]);
      // Parsed back, the shortest round-trip text gives the same doubles.
      EXPECT_EQ(a["score"].get<double>(), b["score"].get<double>());
      EXPECT_EQ(a["fit"].get<double>(), b["components"]["fit"].get<double>());
      EXPECT_EQ(a["move"].get<double>(), b["components"]["move"].get<double>());
      EXPECT_EQ(a["seniority"].get<double>(), b["components"]["seniority"].get<double>());
      ASSERT_EQ(a["skills_to_build"].size(), b["skills_to_build"].size());
      for (std::size_t g = 0; g < a["skills_to_build"].size(); ++g) {
        EXPECT_EQ(a["skills_to_build"][g], b["skills_to_build"][g]["skill"]);
      }
    }
  }
}

TEST(Batch, BadLinesBecomeErrorObjectsInPlaceAndTheRunGoesOn) {
  const std::string out = temp_dir() + "/mixed.out.jsonl";
  const RunResult r = run_careerpath({"batch", "--in", test_data("batch/mixed.jsonl"), "--out", out, "--format", "scores"});
  EXPECT_EQ(r.status, 3) << "exit 3 tells that some lines failed";
  EXPECT_EQ(r.err, "careerpath: batch: 8 lines, 3 recommended, 5 failed\n");
  const std::vector<std::string> lines = lines_of(read_file(out));
  ASSERT_EQ(lines.size(), 8u);
  EXPECT_EQ(json::parse(lines[0])["id"], "ana");
  EXPECT_EQ(lines[1], R"({"line":2,"error":"/skills/codng: unknown skill 'codng'; did you mean 'coding'?"})");
  EXPECT_EQ(lines[2], R"x({"line":3,"error":"empty line (expected a profile object)"})x");
  EXPECT_EQ(json::parse(lines[3])["current_role"], "program-manager") << "a role named by its title is accepted";
  EXPECT_EQ(json::parse(lines[4])["line"], 5);
  EXPECT_NE(json::parse(lines[4])["error"].get<std::string>().find("malformed JSON"), std::string::npos);
  EXPECT_EQ(lines[5], R"({"line":6,"error":"/skills/coding: level 7 is above the maximum 5"})");
  EXPECT_EQ(json::parse(lines[6])["error"].get<std::string>().rfind("/team: unknown field 'team'", 0), 0u);
  EXPECT_EQ(json::parse(lines[7])["id"], "gus");
}

TEST(Batch, OrderAndBytesDoNotDependOnThreadsAcrossManyBlocks) {
  // 1500 lines (several blocks) with a bad line every 97th.
  std::string input;
  const std::vector<json> people = random_profiles(50, 13);
  for (std::size_t i = 0; i < 1500; ++i) input += (i % 97 == 96 ? std::string("{\"oops\":") : people[i % 50].dump()) + "\n";
  const RunResult one = run_careerpath({"batch", "--in", "-", "--out", "-", "--threads", "1", "--format", "scores"}, input);
  const RunResult three = run_careerpath({"batch", "--in", "-", "--out", "-", "--threads", "3", "--format", "scores"}, input);
  EXPECT_EQ(one.status, 3);
  EXPECT_EQ(three.status, 3);
  EXPECT_EQ(one.out, three.out);
  const std::vector<std::string> lines = lines_of(one.out);
  ASSERT_EQ(lines.size(), 1500u);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const json line = json::parse(lines[i]);
    if (i % 97 == 96) {
      EXPECT_EQ(line["line"], i + 1);
    } else {
      EXPECT_EQ(line["id"], people[i % 50]["id"]) << "line " << i + 1;
    }
  }
  EXPECT_EQ(one.err, "careerpath: batch: 1500 lines, 1485 recommended, 15 failed\n");
}

TEST(Batch, LastLineWithoutNewlineAndWindowsLineEndsAreRead) {
  const std::vector<json> people = random_profiles(2, 3);
  const RunResult r = run_careerpath({"batch", "-i", "-", "-o", "-", "-f", "scores"}, people[0].dump() + "\r\n" + people[1].dump());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(lines_of(r.out).size(), 2u);
}

TEST(Batch, AnEmptyInputGivesAnEmptyOutput) {
  const std::string out = temp_dir() + "/empty.out.jsonl";
  const RunResult r = run_careerpath({"batch", "--in", write_temp_file("empty.jsonl", ""), "--out", out});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::exists(out));
  EXPECT_EQ(fs::file_size(out), 0u);
}

TEST(Batch, AMissingInputIsOneErrorLineAndNoOutputFile) {
  const std::string dir = temp_dir() + "/missing-input";
  fs::create_directories(dir);
  const RunResult r = run_careerpath({"batch", "--in", dir + "/nope.jsonl", "--out", dir + "/out.jsonl"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err.rfind("careerpath: " + dir + "/nope.jsonl: cannot open file for reading", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1);
  EXPECT_TRUE(fs::is_empty(dir)) << "no output and no temporary file";
}

TEST(Batch, BadOptionsAreUsageErrors) {
  EXPECT_EQ(run_careerpath({"batch", "--in", "-"}).status, 2);
  EXPECT_EQ(run_careerpath({"batch", "--in", "-", "--out", "-", "--top", "0"}).status, 2);
  EXPECT_EQ(run_careerpath({"batch", "--in", "-", "--out", "-", "--format", "xml"}).status, 2);
  EXPECT_EQ(run_careerpath({"batch", "--in", "-", "--out", "-", "--threads", "-2"}).status, 2);
}

// Starts `careerpath args...` with a stdin pipe that stays open, so the run
// waits for more input until it is interrupted.
pid_t start_waiting_on_stdin(const std::vector<std::string>& args, int& stdin_write) {
  int in_pipe[2];
  if (::pipe(in_pipe) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::dup2(in_pipe[0], 0);
    ::close(in_pipe[0]);
    ::close(in_pipe[1]);
    std::vector<std::string> copies = args;
    std::string binary = CAREERPATH_BINARY;
    std::vector<char*> argv{binary.data()};
    for (std::string& a : copies) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(in_pipe[0]);
  stdin_write = in_pipe[1];
  return pid;
}

TEST(Batch, AnInterruptedRunLeavesNoOutputAndNoTemporaryFile) {
  for (int signal : {SIGINT, SIGTERM}) {
    const std::string dir = temp_dir() + "/interrupted-" + std::to_string(signal);
    fs::create_directories(dir);
    int stdin_write = -1;
    const pid_t pid = start_waiting_on_stdin({"batch", "--in", "-", "--out", dir + "/out.jsonl"}, stdin_write);
    const std::string some = to_jsonl(random_profiles(20, 1));
    ASSERT_EQ(::write(stdin_write, some.data(), some.size()), static_cast<ssize_t>(some.size()));
    // Wait for the temporary output to appear: the run is under way.
    for (int i = 0; i < 500 && fs::is_empty(dir); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_FALSE(fs::is_empty(dir));
    ::kill(pid, signal);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(stdin_write);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 130);
    EXPECT_TRUE(fs::is_empty(dir)) << "the temporary file is removed and out.jsonl never appears";
  }
}

TEST(Batch, AFailedRunKeepsThePreviousOutputFile) {
  const std::string out = write_temp_file("previous.jsonl", "previous results\n");
  int stdin_write = -1;
  const pid_t pid = start_waiting_on_stdin({"batch", "--in", "-", "--out", out}, stdin_write);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ::kill(pid, SIGINT);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(stdin_write);
  EXPECT_EQ(read_file(out), "previous results\n");
}

}  // namespace
}  // namespace careerpath::testing
