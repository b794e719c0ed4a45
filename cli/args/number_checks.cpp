#include "args/number_checks.hpp"

#include <charconv>
#include <cmath>

#include "careerpath/util/number_format.hpp"

namespace careerpath::cli {
namespace {

// The number in `text`, or NaN when it is not one number.
double parse_number(const std::string& text) {
  double value = 0.0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nan("");
  return value;
}

}  // namespace

CLI::Validator finite_range(double lo, double hi) {
  const std::string range = format_number(lo) + " to " + format_number(hi);
  return CLI::Validator(
      [lo, hi, range](std::string& text) -> std::string {
        const double v = parse_number(text);
        if (!std::isfinite(v) || v < lo || v > hi) return "expected a number from " + range + ", got '" + text + "'";
        return "";
      },
      "NUMBER in [" + range + "]");
}

CLI::Validator finite_above(double lo, double hi) {
  const std::string range = "above " + format_number(lo) + " and at most " + format_number(hi);
  return CLI::Validator(
      [lo, hi, range](std::string& text) -> std::string {
        const double v = parse_number(text);
        if (!std::isfinite(v) || v <= lo || v > hi) return "expected a number " + range + ", got '" + text + "'";
        return "";
      },
      "NUMBER " + range);
}

CLI::Validator whole_number(std::uint64_t lo, std::uint64_t hi) {
  const std::string range = std::to_string(lo) + " to " + std::to_string(hi);
  return CLI::Validator(
      [lo, hi, range](std::string& text) -> std::string {
        std::uint64_t value = 0;
        const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (!digits || ec != std::errc() || end != text.data() + text.size() || value < lo || value > hi) {
          return "expected a whole number from " + range + ", got '" + text + "'";
        }
        return "";
      },
      "INTEGER in [" + range + "]");
}

}  // namespace careerpath::cli
