#include "careerpath/util/unknown_name.hpp"

#include <gtest/gtest.h>

namespace careerpath {
namespace {

TEST(ClosestMatches, BestFirstAndOnlyClose) {
  const std::vector<std::string> names = {"system-design", "systems-thinking", "coding", "stakeholder-engagement"};
  EXPECT_EQ(closest_matches("system-desing", names), (std::vector<std::string>{"system-design"}));
  EXPECT_TRUE(closest_matches("astronomy", names).empty());
  // A name containing the query counts as close.
  EXPECT_EQ(closest_matches("stakeholder", names).front(), "stakeholder-engagement");
}

TEST(ClosestMatches, TiesBrokenByNameAndLimited) {
  const std::vector<std::string> names = {"lead-c", "lead-a", "lead-b", "lead-d"};
  EXPECT_EQ(closest_matches("lead-x", names), (std::vector<std::string>{"lead-a", "lead-b", "lead-c"}));
  EXPECT_EQ(closest_matches("lead-x", names, 1), (std::vector<std::string>{"lead-a"}));
}

TEST(UnknownNameMessage, SuggestsInTheGivenOrder) {
  EXPECT_EQ(unknown_name_message("role", "leed", {"lead"}), "unknown role 'leed'; did you mean 'lead'?");
  EXPECT_EQ(unknown_name_message("skill", "x", {"c", "a", "b"}), "unknown skill 'x'; did you mean 'c', 'a' or 'b'?");
  EXPECT_EQ(unknown_name_message("track", "x", {"a", "b"}), "unknown track 'x'; did you mean 'a' or 'b'?");
}

TEST(UnknownNameMessage, FallsBackWhenNothingIsClose) {
  EXPECT_EQ(unknown_name_message("role", "zzz", {}), "unknown role 'zzz'");
  EXPECT_EQ(unknown_name_message("role", "zzz", {}, " (see careerpath roles)"), "unknown role 'zzz' (see careerpath roles)");
  // The fallback is only for the case with no suggestion.
  EXPECT_EQ(unknown_name_message("role", "led", {"lead"}, " (see careerpath roles)"), "unknown role 'led'; did you mean 'lead'?");
}

}  // namespace
}  // namespace careerpath
