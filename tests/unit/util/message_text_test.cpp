#include "careerpath/util/message_text.hpp"

#include <gtest/gtest.h>

namespace careerpath {
namespace {

TEST(MessageText, OneProblemStaysOneLine) {
  EXPECT_EQ(one_line_message("p.json: /current_role: unknown role 'a\nb\tc\x1b[31m'"),
            "p.json: /current_role: unknown role 'a\\nb\\tc\\x1b[31m'");
}

TEST(MessageText, AHugeValueIsCutInTheMiddle) {
  const std::string message = "p.json: /current_role: unknown role '" + std::string(2'000'000, 'x') + "'; see roles";
  const std::string line = one_line_message(message);
  EXPECT_LE(line.size(), kMaxMessageBytes);
  EXPECT_EQ(line.rfind("p.json: /current_role: unknown role 'xxx", 0), 0u);
  EXPECT_NE(line.find(" ... "), std::string::npos);
  EXPECT_EQ(line.substr(line.size() - 12), "'; see roles");
}

TEST(MessageText, CutsBetweenUtf8Characters) {
  std::string message;
  for (int i = 0; i < 400; ++i) message += "\xc3\xa9";  // é
  const std::string line = one_line_message(message, 100);
  const std::size_t gap = line.find(" ... ");
  ASSERT_NE(gap, std::string::npos);
  EXPECT_EQ(gap % 2, 0u);                          // whole characters before
  EXPECT_EQ((line.size() - gap - 5) % 2, 0u);      // and after
  EXPECT_EQ(static_cast<unsigned char>(line[gap + 5]), 0xc3);
}

}  // namespace
}  // namespace careerpath
