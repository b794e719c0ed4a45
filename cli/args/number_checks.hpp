// Checks for numbers given on the command line. CLI11's Range lets NaN
// through (every comparison with NaN is false), so `--horizon nan` would
// reach the engine and rank nothing; and an unsigned option takes "-1" as
// 2^64 - 1. Use these for every number option.
#pragma once

#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

namespace careerpath::cli {

// A finite number in [lo, hi] (no NaN, no infinity).
[[nodiscard]] CLI::Validator finite_range(double lo, double hi);

// A finite number above `lo` and at most `hi`.
[[nodiscard]] CLI::Validator finite_above(double lo, double hi);

// A whole number written in decimal digits only, in [lo, hi] (no sign, no
// exponent, no fraction: "-1", "1e3" and "2.5" are refused, not wrapped).
[[nodiscard]] CLI::Validator whole_number(std::uint64_t lo, std::uint64_t hi);

}  // namespace careerpath::cli
