// The JSON pieces of report/include/careerpath/report/json_writer.hpp against nlohmann::json::dump(),
// whose bytes they promise: every ASCII byte and UTF-8 of every length in
// strings, doubles of every magnitude (and the non-finite ones), integers at
// their limits.
#include "careerpath/report/json_writer.hpp"

#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace careerpath::report {
namespace {

using nlohmann::json;

std::string written_string(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

std::string written_double(double value) {
  std::string out;
  append_json_double(out, value);
  return out;
}

// `code_point` in UTF-8.
std::string utf8(char32_t code_point) {
  std::string s;
  if (code_point < 0x80) {
    s += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    s += static_cast<char>(0xC0 | (code_point >> 6));
    s += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    s += static_cast<char>(0xE0 | (code_point >> 12));
    s += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (code_point >> 18));
    s += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return s;
}

TEST(JsonWriter, EveryAsciiCharacterIsEscapedAsNlohmannEscapesIt) {
  for (int c = 0; c < 0x80; ++c) {
    const std::string text = "a" + std::string(1, static_cast<char>(c)) + "z";
    EXPECT_EQ(written_string(text), json(text).dump()) << "character " << c;
  }
  EXPECT_EQ(written_string(""), "\"\"");
  EXPECT_EQ(written_string(std::string("\x01\x1f\"\\\b\f\n\r\t", 9)), R"("\u0001\u001f\"\\\b\f\n\r\t")");
}

TEST(JsonWriter, Utf8PassesThroughAsNlohmannWritesIt) {
  const std::string text = "Ingénieur \"données\" \\ 日本語 " + utf8(0x1F600) + utf8(0x7F) + utf8(0x2028) + "\n";
  EXPECT_EQ(written_string(text), json(text).dump());
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    std::string random;
    for (int k = 0; k < 12; ++k) {
      const std::uint32_t range = std::array<std::uint32_t, 4>{0x80, 0x800, 0x10000, 0x110000}[rng() % 4];
      char32_t cp = static_cast<char32_t>(rng() % range);
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // surrogates are not UTF-8
      random += utf8(cp);
    }
    ASSERT_EQ(written_string(random), json(random).dump()) << json(random).dump(-1, ' ', true);
  }
}

TEST(JsonWriter, DoublesAreWrittenAsNlohmannWritesThem) {
  const double specials[] = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 2.0 / 3.0, 1e-4, 9.9999e-5, 1e-5, 1e14, 1e15, 1e16,
                             123456789.0, 0.30000000000000004, 5e-324, std::numeric_limits<double>::min(),
                             std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
  for (const double x : specials) EXPECT_EQ(written_double(x), json(x).dump()) << x;
  EXPECT_EQ(written_double(2.0), "2.0");
  EXPECT_EQ(written_double(std::nan("")), "null");
  EXPECT_EQ(written_double(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(written_double(-std::numeric_limits<double>::infinity()), "null");

  std::mt19937_64 rng(11);
  for (int i = 0; i < 100000; ++i) {
    const double any = std::bit_cast<double>(rng());  // every exponent
    const double score = static_cast<double>(rng() % 1000000) / 999983.0;  // scores and fractions
    const double level = static_cast<double>(rng() % 81) / 8.0;            // levels and years
    for (const double x : {any, score, level}) {
      if (!std::isfinite(x)) continue;
      ASSERT_EQ(written_double(x), json(x).dump()) << std::bit_cast<std::uint64_t>(x);
    }
  }
}

TEST(JsonWriter, ShortestDoublesReadBackAsTheSameValue) {
  std::string out;
  append_shortest_double(out, 2.0);
  EXPECT_EQ(out, "2") << "no .0: the scores line's form";
  std::mt19937_64 rng(3);
  for (int i = 0; i < 10000; ++i) {
    const double x = static_cast<double>(rng() % 1000000) / 999983.0;
    out.clear();
    append_shortest_double(out, x);
    ASSERT_EQ(json::parse(out).get<double>(), x) << out;
  }
}

TEST(JsonWriter, IntegersAndBoolsAreWrittenAsNlohmannWritesThem) {
  const auto written = [](auto value) {
    std::string out;
    append_json_integer(out, value);
    return out;
  };
  EXPECT_EQ(written(0), json(0).dump());
  EXPECT_EQ(written(-3), json(-3).dump());
  EXPECT_EQ(written(std::numeric_limits<int>::min()), json(std::numeric_limits<int>::min()).dump());
  EXPECT_EQ(written(std::numeric_limits<std::int64_t>::min()), json(std::numeric_limits<std::int64_t>::min()).dump());
  EXPECT_EQ(written(std::numeric_limits<std::size_t>::max()), json(std::numeric_limits<std::size_t>::max()).dump());
  std::string out;
  append_json_bool(out, true);
  append_json_bool(out, false);
  EXPECT_EQ(out, json(true).dump() + json(false).dump());
}

}  // namespace
}  // namespace careerpath::report
