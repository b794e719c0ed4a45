#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/number_format.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace careerpath {
namespace {

TEST(ParseJsonText, ReportsLineAndColumnOfSyntaxErrors) {
  auto r = parse_json_text("{\n  \"a\": 1,\n  \"b\": tru\n}", "f.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().file, "f.json");
  EXPECT_EQ(r.error().line, 3);
  EXPECT_EQ(r.error().column, 10);  // the end of the bad literal "tru"
  EXPECT_NE(r.error().message.find("malformed JSON"), std::string::npos);
  EXPECT_EQ(r.error().to_string().rfind("f.json:3:", 0), 0u);
}

TEST(ParseJsonText, RejectsEmptyInput) {
  auto r = parse_json_text("  \n", "empty.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("empty"), std::string::npos);
}

TEST(ParseJsonText, RejectsDuplicateKeysWithTheirPointer) {
  auto r = parse_json_text(R"({"roles": [{"id": "a"}, {"id": "b", "skills": {"sql": 1, "sql": 2}}]})", "g.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().pointer, "/roles/1/skills/sql");
  EXPECT_NE(r.error().message.find("duplicate key 'sql'"), std::string::npos);
}

TEST(ParseJsonText, RejectsNaNLiteralsAndOverflowingNumbers) {
  EXPECT_FALSE(parse_json_text(R"({"rate": NaN})", "x.json").ok());
  auto huge = parse_json_text(R"({"rate": 1e400})", "x.json");
  ASSERT_FALSE(huge.ok());
  // The message says what is wrong, not which nlohmann exception said so.
  EXPECT_EQ(huge.error().message, "malformed JSON: number overflow parsing '1e400'");
  auto syntax = parse_json_text(R"({"rate": nope})", "x.json");
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.error().message.find("malformed JSON: syntax error"), 0u) << syntax.error().message;
  EXPECT_EQ(syntax.error().message.find("[json.exception"), std::string::npos) << syntax.error().message;
}

TEST(ParseJsonText, PointsAtAStrayClosingBrace) {
  auto r = parse_json_text("{\n  \"a\": 1,\n}", "f.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().line, 3);
  EXPECT_EQ(r.error().column, 1);
}

TEST(JsonNode, NamesThePointerOfABadValue) {
  auto doc = nlohmann::json::parse(R"({"skills": {"sql": 9}})");
  JsonNode root(doc, "p.json");
  try {
    (void)root.at("skills").at("sql").number_in(0, 5, "level");
    FAIL() << "expected an InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.error().to_string(), "p.json: /skills/sql: level 9 is above the maximum 5");
  }
}

TEST(JsonNode, RejectsNonFiniteAndWrongTypes) {
  nlohmann::json doc = {{"a", std::numeric_limits<double>::infinity()}, {"b", "x"}, {"c", 2.5}};
  JsonNode root(doc, "f");
  EXPECT_THROW((void)root.at("a").number(), InputError);
  EXPECT_THROW((void)root.at("b").number(), InputError);
  EXPECT_THROW((void)root.at("c").integer_in(0, 10, "level"), InputError);
  EXPECT_THROW((void)root.at("missing"), InputError);
}

TEST(JsonNode, EscapesPointerTokens) { EXPECT_EQ(json_pointer_token("a/b~c"), "a~1b~0c"); }

TEST(FormatNumber, DropsTrailingZeros) {
  EXPECT_EQ(format_number(3.0), "3");
  EXPECT_EQ(format_number(2.5), "2.5");
  EXPECT_EQ(format_number(0.125), "0.125");
}

// format_number's definition, with printf alone.
std::string printf_number(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  if (std::strchr(buffer, 'e') != nullptr) return buffer;
  std::snprintf(buffer, sizeof buffer, "%.4f", value);
  std::string s = buffer;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

TEST(FormatNumber, IsPrintfsTextForEveryMagnitudeAndTie) {
  const double specials[] = {0.0, -0.0, 1e-4, 9.99995e-5, 0.00005, -0.00004, 1e-5, 99999.99995, 1e5, 123456.7,
                             999999.5, 1e6, 1e300, 5e-324, 0.00015, 2.00005, -2.00005,
                             std::numeric_limits<double>::infinity(), std::nan("")};
  for (const double x : specials) EXPECT_EQ(format_number(x), printf_number(x)) << x;
  std::mt19937_64 rng(5);
  for (long k = -300000; k <= 300000; ++k) {
    // Eighths, 1024ths and 100000ths: levels, and exact ties at the fourth decimal.
    for (const double x : {k / 8.0, k / 1024.0, k / 100000.0, k / 3.0}) {
      ASSERT_EQ(format_number(x), printf_number(x)) << k;
    }
  }
  for (int i = 0; i < 200000; ++i) {
    const double x = std::bit_cast<double>(rng());
    ASSERT_EQ(format_number(x), printf_number(x)) << std::bit_cast<std::uint64_t>(x);
  }
  std::string out = "level ";
  append_number(out, 2.5);
  EXPECT_EQ(out, "level 2.5");
}

}  // namespace
}  // namespace careerpath
