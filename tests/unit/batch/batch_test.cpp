#include "careerpath/batch/batch.hpp"

#include <cstdio>
#include <string>

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::small_graph;

// Runs the batch engine on `input` with a formatter that prints the person's
// id and best role, and returns what it wrote.
struct BatchRun {
  Result<BatchCounts> counts = Error{};
  std::string output{};
};

BatchRun run_lines(const std::string& input, BatchOptions options) {
  std::FILE* in = std::tmpfile();
  std::fwrite(input.data(), 1, input.size(), in);
  std::fflush(in);
  std::rewind(in);
  std::FILE* out = std::tmpfile();
  const Recommender recommender(small_graph());
  const BatchScorer scorer(recommender, {.top = 1});
  const BatchFormatter format = [&](const Profile& p, const std::vector<Recommendation>& recs, std::string& line) {
    line = p.id + " " + (recs.empty() ? "-" : small_graph().role(recs[0].role).id);
  };
  BatchRun result;
  result.counts = run_batch(scorer, ::fileno(in), out, options, format);
  std::fflush(out);
  std::rewind(out);
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, out)) > 0;) result.output.append(buffer, n);
  std::fclose(in);
  std::fclose(out);
  return result;
}

std::string person(int i) {
  return R"({"id":"p)" + std::to_string(i) + R"(","current_role":"junior","years_in_role":2,"skills":{"coding":)" +
         std::to_string(i % 6) + "}}";
}

TEST(Batch, KeepsInputOrderAcrossBlocksAndThreads) {
  std::string input;
  for (int i = 0; i < 200; ++i) input += person(i) + "\n";
  const BatchRun one = run_lines(input, {.threads = 1, .block_lines = 7});
  const BatchRun four = run_lines(input, {.threads = 4, .block_lines = 7});
  ASSERT_TRUE(one.counts) << one.counts.error().to_string();
  ASSERT_TRUE(four.counts);
  EXPECT_EQ(one.output, four.output);
  EXPECT_EQ(one.counts->lines, 200u);
  EXPECT_EQ(one.counts->succeeded, 200u);
  std::size_t line = 0;
  for (std::size_t pos = 0; pos < one.output.size(); pos = one.output.find('\n', pos) + 1) {
    EXPECT_EQ(one.output.substr(pos, one.output.find(' ', pos) - pos), "p" + std::to_string(line++));
  }
  EXPECT_EQ(line, 200u);
}

TEST(Batch, BadLinesBecomeErrorObjectsWithTheirLineNumbers) {
  const std::string input = person(1) + "\n{\"current_role\":\"junior\",\"years_in_role\":1,\"skills\":{\"cooking\":3}}\n\n" +
                            person(2) + "\n";
  const BatchRun r = run_lines(input, {.threads = 2, .block_lines = 2, .input_name = "in.jsonl"});
  ASSERT_TRUE(r.counts);
  EXPECT_EQ(r.counts->lines, 4u);
  EXPECT_EQ(r.counts->failed, 2u);
  EXPECT_EQ(r.output,
            "p1 senior\n"
            "{\"line\":2,\"error\":\"/skills/cooking: unknown skill 'cooking'; did you mean 'coding'?\"}\n"
            "{\"line\":3,\"error\":\"empty line (expected a profile object)\"}\n"
            "p2 senior\n");
}

// A runaway line is a bad line of its own: it is not parsed or kept, and the
// lines around it keep their numbers, whether the line ends within one read
// or spans many, and whether or not it ends with a newline.
TEST(Batch, OverlongLinesAreSkippedAndReported) {
  const std::string junk(300, 'x');
  const std::string input = person(1) + "\n" + junk + "\n" + person(2) + "\n" + junk;
  const BatchRun small = run_lines(input, {.threads = 2, .block_lines = 2, .max_line_bytes = 200});
  ASSERT_TRUE(small.counts) << small.counts.error().to_string();
  EXPECT_EQ(small.counts->lines, 4u);
  EXPECT_EQ(small.counts->failed, 2u);
  const std::string too_long = "line longer than 200 bytes (a profile is a few KB); skipped";
  EXPECT_EQ(small.output, "p1 senior\n{\"line\":2,\"error\":\"" + too_long + "\"}\np2 senior\n{\"line\":4,\"error\":\"" +
                              too_long + "\"}\n");

  // Megabytes without a newline, read in many pieces, with the default limit.
  const std::string huge(3 * 1024 * 1024 + 17, '[');
  const BatchRun big = run_lines(huge + "\n" + person(3) + "\n" + huge, {.threads = 1});
  ASSERT_TRUE(big.counts) << big.counts.error().to_string();
  EXPECT_EQ(big.counts->lines, 3u);
  EXPECT_EQ(big.counts->succeeded, 1u);
  const std::string limit = "line longer than 1048576 bytes (a profile is a few KB); skipped";
  EXPECT_EQ(big.output, "{\"line\":1,\"error\":\"" + limit + "\"}\np3 senior\n{\"line\":3,\"error\":\"" + limit + "\"}\n");
}

TEST(Batch, ACancelRequestStopsTheRun) {
  const std::atomic<bool> cancel{true};
  const BatchRun r = run_lines(person(1) + "\n", {.threads = 1, .cancel = &cancel});
  ASSERT_TRUE(r.counts);
  EXPECT_TRUE(r.counts->cancelled);
}

TEST(Batch, AnUnreadableInputIsAnError) {
  const Recommender recommender(small_graph());
  const BatchScorer scorer(recommender, {});
  std::FILE* out = std::tmpfile();
  const auto counts = run_batch(scorer, -1, out, {.input_name = "broken"}, [](auto&&...) {});
  std::fclose(out);
  ASSERT_FALSE(counts);
  EXPECT_EQ(counts.error().to_string().rfind("broken: cannot read input", 0), 0u) << counts.error().to_string();
}

}  // namespace
}  // namespace careerpath
