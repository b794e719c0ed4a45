#include "careerpath/util/atomic_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace careerpath
