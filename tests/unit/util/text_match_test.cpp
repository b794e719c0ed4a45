#include "careerpath/util/text_match.hpp"

#include <gtest/gtest.h>

namespace careerpath {
namespace {

TEST(TextMatch, EditDistanceIgnoresCase) {
  EXPECT_EQ(edit_distance("Scrum", "scrum"), 0u);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(TextMatch, ClosestMatchesBestFirstAndOnlyClose) {
  const std::vector<std::string> names = {"system-design", "systems-thinking", "coding", "stakeholder-engagement"};
  EXPECT_EQ(closest_matches("system-desing", names), (std::vector<std::string>{"system-design"}));
  EXPECT_TRUE(closest_matches("astronomy", names).empty());
  // A name containing the query counts as close.
  EXPECT_EQ(closest_matches("stakeholder", names).front(), "stakeholder-engagement");
}

TEST(TextMatch, DidYouMeanReadsNaturally) {
  EXPECT_EQ(did_you_mean({}), "");
  EXPECT_EQ(did_you_mean({"a"}), "did you mean 'a'?");
  EXPECT_EQ(did_you_mean({"a", "b", "c"}), "did you mean 'a', 'b' or 'c'?");
}

}  // namespace
}  // namespace careerpath
