#include "careerpath/util/text_match.hpp"

#include <gtest/gtest.h>

namespace careerpath {
namespace {

TEST(TextMatch, EditDistanceIgnoresCase) {
  EXPECT_EQ(edit_distance("Scrum", "scrum"), 0u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(TextMatch, FoldCaseLowersAsciiOnly) {
  EXPECT_EQ(fold_case("Scrum Master"), "scrum master");
  // Bytes outside ASCII pass through unchanged (UTF-8 stays valid).
  EXPECT_EQ(fold_case("\xc3\x89QUIPE"), "\xc3\x89quipe");
}

}  // namespace
}  // namespace careerpath

namespace careerpath {
namespace {

TEST(SlugOf, NamesBecomeIds) {
  EXPECT_EQ(slug_of("Planning & Scheduling"), "planning-scheduling");
  EXPECT_EQ(slug_of("  System_design "), "system-design");
  EXPECT_EQ(slug_of("AI/ML programs"), "ai-ml-programs");
  EXPECT_EQ(slug_of("--"), "");
}

}  // namespace
}  // namespace careerpath
