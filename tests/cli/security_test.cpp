// Regression tests for the security and reliability findings of issue 14:
// each runs the built program the way a hostile or careless user would and
// checks what that user sees (exit status, stderr, files left behind).
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace careerpath::testing {
namespace {

namespace fs = std::filesystem;

// The program under test is built with the same flags as this test.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

const std::string kPm = source_path("profiles/program-manager.json");

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh folder of its own for each test.
fs::path folder(const std::string& name) {
  const fs::path dir = fs::path(temp_dir()) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// Runs the program with what `prepare` sets up in the child (standard
// streams, limits, environment) before exec; stderr goes to a file.
struct RawResult {
  int status = -1;  // exit status, or 128 + signal
  std::string err;
  double seconds = 0;
};
RawResult run_raw(const std::vector<std::string>& args, const std::function<void()>& prepare,
                  std::function<void(pid_t)> while_running = {}) {
  const std::string err_path = temp_dir() + "/raw-stderr-" + std::to_string(::getpid());
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(err, 2);
    ::close(err);
    prepare();
    std::vector<std::string> words = {CAREERPATH_BINARY};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  if (while_running) while_running(pid);
  int status = 0;
  ::waitpid(pid, &status, 0);
  RawResult r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.err = slurp(err_path);
  return r;
}

void stdout_to(const char* path) {
  const int fd = ::open(path, O_WRONLY);
  ::dup2(fd, 1);
  ::close(fd);
}

void stdin_from_null_stdout_to_null() {
  const int in = ::open("/dev/null", O_RDONLY);
  ::dup2(in, 0);
  ::close(in);
  stdout_to("/dev/null");
}

std::string profile_with(const std::string& field, const nlohmann::json& value) {
  nlohmann::json p = nlohmann::json::parse(slurp(kPm));
  p[field] = value;
  return p.dump();
}

// --- Critical: gnuplot ran backticks from a scenario or profile name ---------

TEST(Security, APlotTitleNeverRunsACommand) {
  if (::access("/usr/bin/gnuplot", X_OK) != 0) GTEST_SKIP() << "gnuplot is not installed";
  const fs::path dir = folder("plot-title");
  const fs::path marker = dir / "pwned";
  for (const std::string& name : {"`touch " + marker.string() + "`", "x\" . `touch " + marker.string() + "` . \"y",
                                  "it's `touch " + marker.string() + "`", "a\nset output '" + marker.string() + "'\n"}) {
    const std::string profile = write_temp_file("plot-title/person.json", profile_with("name", name));
    const RunResult r = run_careerpath(
        {"simulate", profile, "--runs", "50", "--years", "2", "--plot", (dir / "chart.svg").string()});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_FALSE(fs::exists(marker)) << "the name ran a command: " << name;
    EXPECT_NE(slurp(dir / "chart.svg").find("<svg"), std::string::npos);
  }
}

// --- High: inputs read whole ---------------------------------------------------

struct EndlessInput {
  const char* name;
  std::vector<std::string> args;
};
void PrintTo(const EndlessInput& c, std::ostream* os) { *os << c.name; }
class BoundedInput : public ::testing::TestWithParam<EndlessInput> {};

// /dev/zero stands for a FIFO or device that never ends: every command stops
// at the input limit with a message, instead of growing to gigabytes.
TEST_P(BoundedInput, AnEndlessInputStopsAtTheLimit) {
  EXPECT_TRUE(is_one_clear_error(run_careerpath(GetParam().args),
                                 "/dev/zero: input is larger than the limit of 64 MiB for one input"));
}

INSTANTIATE_TEST_SUITE_P(
    Commands, BoundedInput,
    ::testing::Values(EndlessInput{"recommend", {"recommend", "/dev/zero"}},
                      EndlessInput{"gap", {"gap", "/dev/zero", "tpm-3"}},
                      EndlessInput{"path", {"path", "/dev/zero", "--to", "tpm-4"}},
                      EndlessInput{"mentor", {"mentor", "/dev/zero"}},
                      EndlessInput{"simulate", {"simulate", "/dev/zero"}},
                      EndlessInput{"simulate_compare", {"simulate", kPm, "--compare", "/dev/zero", "--runs", "10"}},
                      EndlessInput{"eval", {"eval", "--truth", "/dev/zero"}},
                      EndlessInput{"graph", {"--graph", "/dev/zero", "roles"}},
                      EndlessInput{"graph_validate", {"graph", "validate", "/dev/zero"}}),
    [](const ::testing::TestParamInfo<EndlessInput>& info) { return std::string(info.param.name); });

TEST(Security, AFolderIsNotReportedAsAnEmptyFile) {
  const fs::path dir = folder("a-folder");
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"recommend", dir.string()}), dir.string() + ": is a directory, not a file"));
}

// --- Medium: invalid UTF-8 in an O*NET file ----------------------------------

TEST(Security, InvalidUtf8InAnOnetFileNamesFileAndLine) {
  const fs::path dir = folder("onet-latin1");
  fs::copy(test_data("onet-mini"), dir / "onet");
  const fs::path occupations = dir / "onet" / "Occupation Data.txt";
  std::string text = slurp(occupations);
  const std::size_t second_line = text.find('\n') + 1;
  const std::size_t tab = text.find('\t', second_line);
  text.insert(tab + 1, "Caf\xe9 ");  // a Latin-1 byte in the first title
  std::ofstream(occupations, std::ios::binary) << text;
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"import", "onet", (dir / "onet").string(), "-o", (dir / "g.json").string()}),
                                 occupations.string() + ":2:"));
  EXPECT_FALSE(fs::exists(dir / "g.json"));
}

// --- Medium: NaN and out-of-range numbers on the command line ----------------

TEST(Security, NumbersOnTheCommandLineAreChecked) {
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"recommend", kPm, "--horizon", "nan"}), "--horizon"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"recommend", kPm, "--horizon", "inf"}), "--horizon"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"batch", "--in", "-", "--out", "-", "--horizon", "nan"}), "--horizon"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"simulate", kPm, "--years", "nan"}), "--years"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"mentor", source_path("profiles/teams/payments-team.json"), "--strong", "nan"}),
                                 "--strong"));
  // Seeds were all taken as one: -1, 2^64 and 10^26 each wrapped or saturated.
  for (const char* seed : {"-1", "18446744073709551616", "1e26", "9007199254740992", "2.5"}) {
    EXPECT_TRUE(is_one_clear_error(run_careerpath({"simulate", kPm, "--seed", seed}), "--seed")) << seed;
  }
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"batch", "--in", "-", "--out", "-", "--threads", "1024"}), "--threads"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"path", kPm, "--to", "tpm-4", "-k", "51"}), "-k"));
}

TEST(Security, ASeedAboveTheLimitIsNamedExactly) {
  nlohmann::json s = nlohmann::json::parse(slurp(source_path("scenarios/pm-to-tpm-course.json")));
  s["seed"] = 9007199254740992ULL;
  s["population"]["profile"] = kPm;
  const std::string path = write_temp_file("seed/scenario.json", s.dump());
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"simulate", path}),
                                 "/seed: seed 9007199254740992 is above the maximum 9007199254740991"));
}

// --- Medium: --block tasks=1e308 wrote a graph that could not be loaded --------

TEST(Security, AnImportWeightThatOverflowsIsRefused) {
  const fs::path dir = folder("block-weight");
  const RunResult r = run_careerpath(
      {"import", "onet", test_data("onet-mini"), "-o", (dir / "g.json").string(), "--block", "tasks=1e308"});
  EXPECT_TRUE(is_one_clear_error(r, "the weight of block 'tasks' must be a number from 0 to 100"));
  EXPECT_FALSE(fs::exists(dir / "g.json"));
}

// --- Medium: thread creation failure aborted with SIGABRT ---------------------

// A stack limit of 1 GiB makes each new thread ask for 1 GiB, and an address
// space limit of 4 GiB lets only a few of them start.
void few_threads_possible() {
  stdin_from_null_stdout_to_null();
  const rlimit stack{std::uint64_t{1} << 30, std::uint64_t{1} << 30};
  const rlimit space{std::uint64_t{4} << 30, std::uint64_t{4} << 30};
  ::setrlimit(RLIMIT_STACK, &stack);
  ::setrlimit(RLIMIT_AS, &space);
}

TEST(Security, BatchSaysSoWhenItCannotStartItsThreads) {
  if (kSanitized) GTEST_SKIP() << "AddressSanitizer reserves more address space than the limit this test sets";
  const fs::path dir = folder("batch-threads");
  const std::string in = test_data("batch/mixed.jsonl");
  const RawResult r = run_raw({"batch", "--in", in, "--out", (dir / "out.jsonl").string(), "--threads", "32"},
                              few_threads_possible);
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_NE(r.err.find("cannot start 32 worker threads"), std::string::npos) << r.err;
  EXPECT_EQ(names_in(dir), std::vector<std::string>{});  // no temporary left behind
}

TEST(Security, SimulateGivesTheSameAnswerWithTheThreadsItCouldStart) {
  if (kSanitized) GTEST_SKIP() << "AddressSanitizer reserves more address space than the limit this test sets";
  // 300,000 runs of one person are 74 chunks of work, enough for 64 threads.
  const fs::path dir = folder("simulate-threads");
  const std::string out = (dir / "limited.json").string();
  const RawResult limited = run_raw({"--json", "simulate", kPm, "--runs", "300000", "--years", "1", "--threads", "64", "--seed", "5"}, [&] {
    few_threads_possible();
    const int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(fd, 1);
    ::close(fd);
  });
  EXPECT_EQ(limited.status, 0) << limited.err;
  const RunResult one = run_careerpath({"--json", "simulate", kPm, "--runs", "300000", "--years", "1", "--threads", "1", "--seed", "5"});
  EXPECT_EQ(slurp(out), one.out);
}

// --- Medium: SIGINT/SIGTERM during output left temporaries ---------------------

// A stand-in gnuplot that says where it was started from and then waits, so
// that the test can interrupt careerpath while its outputs are in progress.
fs::path slow_gnuplot(const fs::path& dir) {
  fs::create_directories(dir / "bin");
  const fs::path tool = dir / "bin" / "gnuplot";
  std::ofstream(tool) << "#!/bin/sh\nprintf '%s' \"$1\" > '" << (dir / "started").string() << "'\nexec /bin/sleep 10\n";
  fs::permissions(tool, fs::perms::owner_all);
  return dir / "bin";
}

TEST(Security, AnInterruptionLeavesOldOutputsAndNoTemporaries) {
  for (const int signal_number : {SIGTERM, SIGINT}) {
    const fs::path dir = folder("interrupt-" + std::to_string(signal_number));
    const fs::path bin = slow_gnuplot(dir);
    fs::create_directories(dir / "csv");
    std::ofstream(dir / "csv" / "goals.csv") << "old";
    std::string script;
    const RawResult r = run_raw(
        {"simulate", kPm, "--runs", "200", "--years", "3", "--csv", (dir / "csv").string(), "--plot",
         (dir / "chart.svg").string()},
        [&] {
          stdin_from_null_stdout_to_null();
          ::setenv("PATH", bin.c_str(), 1);
        },
        [&](pid_t pid) {
          for (int i = 0; i < 600 && !fs::exists(dir / "started"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
          std::this_thread::sleep_for(std::chrono::milliseconds(100));
          script = slurp(dir / "started");
          ::kill(pid, signal_number);
        });
    EXPECT_EQ(r.status, 128 + signal_number) << r.err;
    EXPECT_EQ(names_in(dir / "csv"), std::vector<std::string>{"goals.csv"});
    EXPECT_EQ(slurp(dir / "csv" / "goals.csv"), "old");
    EXPECT_FALSE(fs::exists(dir / "chart.svg"));
    ASSERT_FALSE(script.empty());
    EXPECT_FALSE(fs::exists(fs::path(script).parent_path())) << "scratch folder left: " << script;
  }
}

// --- Medium: an error part-way through --csv/--plot left earlier files --------

TEST(Security, AnErrorPartWayLeavesNoNewFiles) {
  const fs::path dir = folder("csv-partial");
  fs::create_directories(dir / "csv" / "trajectories.csv");  // the last file's place is taken by a folder
  const RunResult r = run_careerpath({"simulate", kPm, "--runs", "100", "--years", "2", "--csv", (dir / "csv").string()});
  EXPECT_TRUE(is_one_clear_error(r, "trajectories.csv: is a folder; expected an output file name"));
  EXPECT_EQ(names_in(dir / "csv"), std::vector<std::string>{"trajectories.csv"});
}

TEST(Security, ANewCsvFolderIsRemovedWhenNothingIsWritten) {
  const fs::path dir = folder("csv-new-folder");
  const RunResult r = run_careerpath(
      {"simulate", kPm, "--runs", "100", "--years", "2", "--csv", (dir / "new" / "csv").string(), "--plot", dir.string()});
  EXPECT_TRUE(is_one_clear_error(r, "is a folder"));
  EXPECT_EQ(names_in(dir), std::vector<std::string>{});
}

// --- Medium: writes to standard output were never checked ---------------------

TEST(Security, AFullDiskOnStandardOutputIsAnError) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"recommend", kPm}, {"--json", "recommend", kPm}, {"roles"}, {"graph", "dot"}}) {
    const RawResult r = run_raw(args, [] { stdout_to("/dev/full"); });
    EXPECT_EQ(r.status, 1) << args[0];  // the system's failure, as for output files
    EXPECT_EQ(r.err, "careerpath: cannot write to standard output: No space left on device\n");
  }
  const std::string in = write_temp_file("full/in.jsonl", slurp(test_data("batch/mixed.jsonl")));
  const RawResult batch = run_raw({"batch", "--in", in, "--out", "-"}, [] { stdout_to("/dev/full"); });
  EXPECT_EQ(batch.status, 1);
  EXPECT_NE(batch.err.find("No space left on device"), std::string::npos) << batch.err;
}

// --- Medium: "did you mean" on a huge name ------------------------------------

TEST(Security, AHugeNameIsRefusedQuickly) {
  const std::string huge(1 << 20, 'q');
  const std::string long_argument(100'000, 'q');  // Linux passes at most 128 KiB in one argument
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"--graph", "onet", "show", long_argument}),
                                 "a role name of 100000 bytes is longer than the limit of 256"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"roles", "--track", long_argument}), "unknown track"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"recommend",
                                                 write_temp_file("huge-name.json", profile_with("current_role", huge))}),
                                 "/current_role: a role name of 1048576 bytes is longer than the limit of 256"));
  const std::string under_line_limit(1'000'000, 'q');  // a batch line holds at most 1 MiB
  const RunResult batch = run_careerpath(
      {"--graph", "onet", "batch", "--in", "-", "--out", "-"},
      nlohmann::json{{"current_role", under_line_limit}, {"years_in_role", 1}, {"skills", nlohmann::json::object()}}.dump() + "\n");
  EXPECT_EQ(batch.status, 3);
  EXPECT_NE(batch.out.find("longer than the limit of 256"), std::string::npos);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 20.0);
}

// --- Medium: graph size and interventions --------------------------------------

TEST(Security, AGraphAboveTheRoleLimitIsRefused) {
  nlohmann::json g = {{"format", "careerpath.graph/1"}, {"skills", {{{"id", "s"}, {"name", "S"}, {"category", "c"}}}}};
  nlohmann::json roles = nlohmann::json::array();
  for (int i = 0; i <= 20000; ++i) {
    roles.push_back({{"id", "r" + std::to_string(i)}, {"title", "R"}, {"track", "t"}, {"level", 1}, {"requirements", nlohmann::json::object()}});
  }
  g["roles"] = std::move(roles);
  const std::string path = write_temp_file("big-graph.json", g.dump());
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"--graph", path, "roles"}), "/roles: 20001 roles is above the limit of 20000"));
}

TEST(Security, TooManyInterventionsAreRefused) {
  nlohmann::json s = nlohmann::json::parse(slurp(source_path("scenarios/pm-to-tpm-course.json")));
  s["population"]["profile"] = kPm;
  const nlohmann::json one = s["interventions"][0];
  s["interventions"] = nlohmann::json::array();
  for (int i = 0; i < 1001; ++i) s["interventions"].push_back(one);
  const std::string path = write_temp_file("many-interventions.json", s.dump());
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"simulate", path}), "/interventions: 1001 interventions is above the limit of 1000"));
}

// --- Low: one line per problem ---------------------------------------------------

TEST(Security, ALineBreakInAValueStaysOnOneLine) {
  const std::string path = write_temp_file("newline.json", profile_with("current_role", "astro\nnaut"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"recommend", path}), "unknown role 'astro\\nnaut'"));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"show", "astro\nnaut"}), "unknown role 'astro\\nnaut'"));
  const std::string long_value = write_temp_file("long-value.json", profile_with("name", std::string(2'000'000, 'n')));
  nlohmann::json p = nlohmann::json::parse(slurp(long_value));
  p["years_in_role"] = std::string(300'000, 'y');
  std::ofstream(long_value) << p.dump();
  const RunResult r = run_careerpath({"recommend", long_value});
  EXPECT_TRUE(is_one_clear_error(r, "/years_in_role: expected a number, found a string"));
  EXPECT_LT(r.err.size(), 1000u);
}

// --- Low: NUL bytes ------------------------------------------------------------------

TEST(Security, ANulByteIsRefused) {
  const std::string path = write_temp_file("nul.json", slurp(kPm) + std::string("\0garbage", 8));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"recommend", path}), "contains a NUL byte"));
  const nlohmann::json team = {{"format", "careerpath.team/1"}, {"id", "t"},
                               {"members", {kPm + std::string("\0.ignored", 9)}}};
  const std::string team_path = write_temp_file("nul-team.json", team.dump());
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"mentor", team_path}), "must not contain a NUL byte"));
}

// --- Low: an output may not replace the command's own input ---------------------

TEST(Security, AnOutputNeverReplacesAnInput) {
  const fs::path dir = folder("own-input");
  const std::string team = (dir / "team.json").string();
  std::ofstream(team) << nlohmann::json{{"format", "careerpath.team/1"}, {"id", "t"}, {"members", {kPm}}}.dump();
  const std::string before = slurp(team);
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"mentor", team, "-o", team}), "is also an input of this command"));
  EXPECT_EQ(slurp(team), before);
  const std::string svg = (dir / "x.svg").string();
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"graph", "dot", "--svg", svg, "-o", svg}), "is named twice as an output"));
  EXPECT_FALSE(fs::exists(svg));
  const std::string in = write_temp_file("own-input/in.jsonl", slurp(test_data("batch/mixed.jsonl")));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"batch", "--in", in, "--out", in}), "is also the input"));
  EXPECT_EQ(slurp(in), slurp(test_data("batch/mixed.jsonl")));
}

// --- Low: batch with standard input closed read its own temporary file ------------

TEST(Security, BatchWithStandardInputClosedSaysSo) {
  const fs::path dir = folder("closed-stdin");
  const RawResult r = run_raw({"batch", "--in", "-", "--out", (dir / "out.jsonl").string()}, [] {
    ::close(0);
    stdout_to("/dev/null");
  });
  EXPECT_EQ(r.status, 2) << r.err;
  EXPECT_EQ(r.err, "careerpath: <stdin>: cannot read input: standard input is closed\n");
  EXPECT_EQ(names_in(dir), std::vector<std::string>{});
}

// --- Low: a SIGKILLed batch left its temporary forever -----------------------------

TEST(Security, ALaterRunRemovesTheTemporaryOfAKilledRun) {
  const fs::path dir = folder("killed");
  const std::string out = (dir / "out.jsonl").string();
  // Standard input: a pipe whose writing end the child itself holds, so the
  // run waits for input until it is killed.
  const RawResult killed = run_raw({"batch", "--in", "-", "--out", out},
                                   [] {
                                     int pipe_ends[2];
                                     if (::pipe(pipe_ends) == 0) ::dup2(pipe_ends[0], 0);
                                     stdout_to("/dev/null");
                                   },
                                   [&](pid_t pid) {
                                     for (int i = 0; i < 200 && names_in(dir).empty(); ++i) {
                                       std::this_thread::sleep_for(std::chrono::milliseconds(25));
                                     }
                                     ::kill(pid, SIGKILL);
                                   });
  ASSERT_EQ(killed.status, 128 + SIGKILL);
  ASSERT_EQ(names_in(dir).size(), 1u);
  EXPECT_EQ(names_in(dir).front().rfind(".out.jsonl.careerpath-tmp-", 0), 0u);
  const std::string in = write_temp_file("killed-in.jsonl", slurp(test_data("batch/mixed.jsonl")));
  const RunResult again = run_careerpath({"batch", "--in", in, "--out", out});
  EXPECT_EQ(names_in(dir), std::vector<std::string>{"out.jsonl"});
}

// --- Low: loaders and schemas disagreed -------------------------------------------

TEST(Security, NullForAnOptionalFieldIsRefused) {
  const std::string path = write_temp_file("null-goals.json", profile_with("goals", nullptr));
  EXPECT_TRUE(is_one_clear_error(run_careerpath({"recommend", path}), "/goals: null is not allowed here; leave the field out"));
}

}  // namespace
}  // namespace careerpath::testing
