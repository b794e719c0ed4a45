#include "careerpath/util/atomic_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace careerpath {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("careerpath-atomic-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

TEST(AtomicFile, WritesWholeAndReplaces) {
  const fs::path dir = fresh_dir("whole");
  const fs::path file = dir / "out.txt";
  ASSERT_TRUE(write_file_atomically(file.string(), "first").ok());
  ASSERT_TRUE(write_file_atomically(file.string(), "second").ok());
  EXPECT_EQ(slurp(file), "second");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);  // no temporary left
  fs::remove_all(dir);
}

TEST(AtomicFile, AbandonedOutputLeavesTheOldFileAndNoTemporary) {
  const fs::path dir = fresh_dir("abandon");
  const fs::path file = dir / "out.jsonl";
  ASSERT_TRUE(write_file_atomically(file.string(), "old\n").ok());
  {
    auto out = AtomicOutputFile::open(file.string());
    ASSERT_TRUE(out.ok());
    std::fputs("partial", (*out)->stream());
    // Destroyed without commit(), as on an error part-way through.
  }
  EXPECT_EQ(slurp(file), "old\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  fs::remove_all(dir);
}

TEST(AtomicFile, MissingDirectoryIsAnErrorNamingThePath) {
  const Status s = write_file_atomically("/nonexistent-dir/x/out.txt", "x");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().file, "/nonexistent-dir/x/out.txt");
}


std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// An error part-way (here the third file's place is a folder) leaves every
// old file as it was and no new one, where writing file by file left the
// first two replaced.
TEST(OutputSet, WritesAllFilesOrNone) {
  const fs::path dir = fresh_dir("set");
  ASSERT_TRUE(write_file_atomically((dir / "a.csv").string(), "old a").ok());
  ASSERT_TRUE(write_file_atomically((dir / "b.csv").string(), "old b").ok());
  fs::create_directories(dir / "c.csv");
  {
    OutputSet outputs;
    ASSERT_TRUE(outputs.add((dir / "a.csv").string(), "new a").ok());
    ASSERT_TRUE(outputs.add((dir / "b.csv").string(), "new b").ok());
    const Status third = outputs.add((dir / "c.csv").string(), "new c");
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().message, "is a folder; expected an output file name");
  }
  EXPECT_EQ(slurp(dir / "a.csv"), "old a");
  EXPECT_EQ(slurp(dir / "b.csv"), "old b");
  EXPECT_EQ(entries(dir), 3u);  // no temporary left
  {
    OutputSet outputs;
    ASSERT_TRUE(outputs.add((dir / "a.csv").string(), "new a").ok());
    ASSERT_TRUE(outputs.add((dir / "b.csv").string(), "new b").ok());
    EXPECT_EQ(slurp(dir / "a.csv"), "old a");  // nothing replaced before commit
    ASSERT_TRUE(outputs.commit().ok());
  }
  EXPECT_EQ(slurp(dir / "a.csv"), "new a");
  EXPECT_EQ(slurp(dir / "b.csv"), "new b");
  EXPECT_EQ(entries(dir), 3u);
  fs::remove_all(dir);
}

TEST(OutputSet, NeverReplacesAnInputOrOneOfItsOwnFiles) {
  const fs::path dir = fresh_dir("inputs");
  ASSERT_TRUE(write_file_atomically((dir / "team.json").string(), "{}").ok());
  OutputSet outputs;
  outputs.protect_input((dir / "team.json").string());
  const Status same = outputs.add((dir / "." / "team.json").string(), "report");
  ASSERT_FALSE(same.ok());
  EXPECT_NE(same.error().message.find("is also an input of this command"), std::string::npos);
  ASSERT_TRUE(outputs.add((dir / "x.svg").string(), "<svg/>").ok());
  const Status twice = outputs.add((dir / "x.svg").string(), "digraph {}");
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.error().message.find("is named twice as an output"), std::string::npos);
  EXPECT_EQ(slurp(dir / "team.json"), "{}");
  fs::remove_all(dir);
}

TEST(OutputSet, RemovesTheFolderItMadeWhenAbandoned) {
  const fs::path dir = fresh_dir("folder");
  {
    OutputSet outputs;
    ASSERT_TRUE(outputs.make_folder((dir / "csv" / "run1").string()).ok());
    ASSERT_TRUE(outputs.add((dir / "csv" / "run1" / "a.csv").string(), "a").ok());
  }
  EXPECT_FALSE(fs::exists(dir / "csv"));
  fs::remove_all(dir);
}

// A process killed with SIGKILL leaves its temporary; the next output to the
// same file removes it, and leaves a live process's one alone.
TEST(AtomicFile, RemovesTemporariesOfProcessesThatAreGone) {
  const fs::path dir = fresh_dir("stale");
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);  // a pid that no longer runs
  const fs::path stale = dir / (".out.jsonl.careerpath-tmp-" + std::to_string(child) + "-AbCdEf");
  const fs::path live = dir / (".out.jsonl.careerpath-tmp-" + std::to_string(::getpid()) + "-GhIjKl");
  const fs::path other = dir / (".other.jsonl.careerpath-tmp-" + std::to_string(child) + "-MnOpQr");
  for (const fs::path& p : {stale, live, other}) std::ofstream(p) << "partial";
  ASSERT_TRUE(write_file_atomically((dir / "out.jsonl").string(), "whole\n").ok());
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(other));  // another output's: left to its own next run
  fs::remove_all(dir);
}

// What the program's SIGINT/SIGTERM handler does: every output not yet
// committed, and every listed scratch file and folder, is removed.
TEST(AtomicFile, TheSignalCleanupRemovesUncommittedTemporaries) {
  const fs::path dir = fresh_dir("signal");
  const pid_t child = ::fork();
  if (child == 0) {
    auto out = AtomicOutputFile::open((dir / "out.jsonl").string());
    OutputSet outputs;
    if (!out.ok() || !outputs.add((dir / "a.csv").string(), "a").ok()) ::_exit(3);
    RegisteredTemporary scratch((dir / "scratch").string());
    fs::create_directories(dir / "scratch");
    RegisteredTemporary inside((dir / "scratch" / "chart.svg").string());
    std::ofstream(dir / "scratch" / "chart.svg") << "<svg";
    remove_registered_temporaries();
    ::_exit(0);  // as the handler ends the process: no destructor runs
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(entries(dir), 0u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace careerpath
