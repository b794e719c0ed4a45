#include "batch/top_k.hpp"

#include <limits>

#include <gtest/gtest.h>

namespace careerpath {
namespace {

constexpr float kOut = -std::numeric_limits<float>::infinity();

std::vector<std::uint32_t> candidates(const std::vector<float>& scores, std::size_t k, float margin) {
  std::vector<std::uint32_t> out;
  std::vector<float> heap;
  top_k_candidates(scores, k, margin, out, heap);
  return out;
}

TEST(TopK, KeepsTheKBestInIndexOrder) {
  EXPECT_EQ(candidates({0.1f, 0.9f, 0.5f, 0.7f, 0.2f}, 2, 0.0f), (std::vector<std::uint32_t>{1, 3}));
}

TEST(TopK, AddsEverythingWithinTheMarginOfTheKth) {
  // The 2nd best is 0.7; 0.69 is within 0.02 of it and 0.5 is not.
  EXPECT_EQ(candidates({0.69f, 0.9f, 0.5f, 0.7f}, 2, 0.02f), (std::vector<std::uint32_t>{0, 1, 3}));
}

TEST(TopK, KeepsEveryTieAtTheKth) {
  EXPECT_EQ(candidates({0.5f, 0.5f, 0.9f, 0.5f}, 2, 0.0f), (std::vector<std::uint32_t>{0, 1, 2, 3}));
}

TEST(TopK, NeverPicksExcludedEntries) {
  EXPECT_EQ(candidates({kOut, 0.3f, kOut, -0.2f}, 3, 0.1f), (std::vector<std::uint32_t>{1, 3}));
  EXPECT_TRUE(candidates({kOut, kOut}, 1, 0.1f).empty());
  EXPECT_TRUE(candidates({0.3f}, 0, 0.1f).empty());
}

TEST(TopK, NegativeScoresAreRankedToo) {
  EXPECT_EQ(candidates({-0.9f, -0.1f, -0.5f}, 1, 0.0f), (std::vector<std::uint32_t>{1}));
}

}  // namespace
}  // namespace careerpath
