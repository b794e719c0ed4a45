#include "careerpath/util/input_file.hpp"

#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace careerpath {
namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("careerpath-input-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

TEST(InputFile, ReadsAWholeFile) {
  const fs::path dir = fresh_dir("whole");
  auto text = read_input_text(write(dir / "a.json", "{\"a\": 1}\n"));
  ASSERT_TRUE(text.ok()) << text.error().to_string();
  EXPECT_EQ(*text, "{\"a\": 1}\n");
  fs::remove_all(dir);
}

TEST(InputFile, TakesExactlyTheLimitAndNoMore) {
  const fs::path dir = fresh_dir("limit");
  EXPECT_TRUE(read_input_text(write(dir / "100", std::string(100, 'x')), 100).ok());
  auto over = read_input_text(write(dir / "101", std::string(101, 'x')), 100);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.error().file, (dir / "101").string());
  EXPECT_NE(over.error().message.find("above the limit of 100 bytes"), std::string::npos) << over.error().message;
  fs::remove_all(dir);
}

// /dev/zero never ends: the reader stops at the limit instead of growing
// until the machine gives out.
TEST(InputFile, StopsAnEndlessStreamAtTheLimit) {
  auto text = read_input_text("/dev/zero", 1 << 20);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().to_string(),
            "/dev/zero: input is larger than the limit of 1 MiB for one input (see Limits in docs/formats.md)");
}

// A huge file is refused by its size, before any of it is read.
TEST(InputFile, RefusesAHugeFileByItsSize) {
  const fs::path dir = fresh_dir("huge");
  const fs::path path = dir / "huge.json";
  { std::ofstream touch(path); }
  fs::resize_file(path, std::uintmax_t{100} << 30);  // sparse: takes no disk
  auto text = read_input_text(path.string());
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().message.find("file is 100 GiB, above the limit of 64 MiB"), std::string::npos)
      << text.error().message;
  fs::remove_all(dir);
}

TEST(InputFile, ReadsAFifoToItsEnd) {
  const fs::path dir = fresh_dir("fifo");
  const fs::path fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << "{\"from\": \"a pipe\"}"; });
  auto text = read_input_text(fifo.string());
  writer.join();
  ASSERT_TRUE(text.ok()) << text.error().to_string();
  EXPECT_EQ(*text, "{\"from\": \"a pipe\"}");
  fs::remove_all(dir);
}

TEST(InputFile, SaysWhatIsWrongWithThePath) {
  const fs::path dir = fresh_dir("paths");
  auto folder = read_input_text(dir.string());
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.error().message, "is a directory, not a file");  // not "file is empty"
  auto missing = read_input_text((dir / "nope.json").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().message, "cannot open file for reading: no such file");
  auto nul = read_input_text(std::string("a.json\0b", 8));
  ASSERT_FALSE(nul.ok());
  EXPECT_EQ(nul.error().message, "a file name must not contain a NUL byte");
  fs::remove_all(dir);
}

// A NUL byte would end JSON parsing early and let anything after it pass.
TEST(InputFile, RefusesANulByteNamingItsPlace) {
  const fs::path dir = fresh_dir("nul");
  auto text = read_input_text(write(dir / "p.json", std::string("{\"a\": 1}\n  \0garbage", 20)));
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().line, 2);
  EXPECT_EQ(text.error().column, 3);
  EXPECT_EQ(text.error().message, "contains a NUL byte (expected text)");
  fs::remove_all(dir);
}

TEST(InputFile, NamesStandardInput) {
  EXPECT_EQ(input_display_name("-"), "<stdin>");
  EXPECT_EQ(input_display_name("a.json"), "a.json");
  EXPECT_EQ(byte_size_text(1), "1 byte");
  EXPECT_EQ(byte_size_text(1536), "1.5 KiB");
  EXPECT_EQ(byte_size_text(64u << 20), "64 MiB");
}

}  // namespace
}  // namespace careerpath
