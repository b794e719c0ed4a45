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

TEST(UnknownNameMessage, SuggestionsCarryTheirCodes) {
  const std::vector<Suggestion> two = {{.name = "Scrum Master", .code = "scrum-master"}, {.name = "coding"}};
  EXPECT_EQ(listed_suggestions(two), "'Scrum Master' (scrum-master) or 'coding'");
  EXPECT_EQ(unknown_name_with_codes("role", "scrum mastr", two),
            "unknown role 'scrum mastr'; did you mean 'Scrum Master' (scrum-master) or 'coding'?");
  EXPECT_EQ(unknown_name_with_codes("role", "zzz", {}, " (see careerpath roles)"), "unknown role 'zzz' (see careerpath roles)");
}

TEST(SpellingDistance, TheRuleClosestMatchesUses) {
  EXPECT_EQ(spelling_distance("System-Desing", "system-design"), std::optional<std::size_t>(2));
  EXPECT_EQ(spelling_distance("stake", "stakeholder-engagement"), std::optional<std::size_t>(1));
  EXPECT_FALSE(spelling_distance("astronomy", "coding"));
}

}  // namespace
}  // namespace careerpath
