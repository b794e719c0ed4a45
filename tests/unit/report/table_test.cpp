// The number helpers of report/include/careerpath/report/table.hpp: fixed() is printf's "%.*f" (a zero
// without its minus sign) for every magnitude and every tie, percent() rounds
// to whole percent, and the append forms write the same text.
#include "careerpath/report/table.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <random>

#include <gtest/gtest.h>

namespace careerpath::report {
namespace {

// fixed()'s definition, with printf alone.
std::string printf_fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  std::string s = buffer;
  if (s.rfind("-0", 0) == 0 && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  return s;
}

TEST(Fixed, IsPrintfsTextForEveryMagnitudeAndTie) {
  const double specials[] = {0.0, -0.0, -0.04, 0.05, 0.15, 0.25, 2.5, -2.5, 1e15, 1e22, 1e60, 1e300, -1e300, 5e-324,
                             std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                             std::nan("")};
  for (int decimals = 0; decimals <= 4; ++decimals) {
    for (const double x : specials) EXPECT_EQ(fixed(x, decimals), printf_fixed(x, decimals)) << x;
  }
  std::mt19937_64 rng(9);
  for (int decimals = 0; decimals <= 3; ++decimals) {
    for (long k = -100000; k <= 100000; ++k) {
      // Halves to 1024ths hold exact ties at every one of these decimals.
      for (const double x : {k / 8.0, k / 1024.0, k / 20.0, k / 3.0}) {
        ASSERT_EQ(fixed(x, decimals), printf_fixed(x, decimals)) << k << " / " << decimals;
      }
    }
    for (int i = 0; i < 50000; ++i) {
      const double x = std::bit_cast<double>(rng());
      ASSERT_EQ(fixed(x, decimals), printf_fixed(x, decimals)) << std::bit_cast<std::uint64_t>(x);
    }
  }
}

TEST(Percent, RoundsToWholePercent) {
  EXPECT_EQ(percent(0.823), "82%");
  EXPECT_EQ(percent(0.005), "1%");
  EXPECT_EQ(percent(0.0), "0%");
  EXPECT_EQ(percent(-0.001), "0%");
  EXPECT_EQ(percent(1.0), "100%");
  std::string out = "fit ";
  append_percent(out, 0.5);
  append_fixed(out, 1.25, 1);
  EXPECT_EQ(out, "fit 50%1.2");
}

}  // namespace
}  // namespace careerpath::report
