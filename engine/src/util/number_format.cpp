#include "careerpath/util/number_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace careerpath {
namespace {

// Drops the trailing zeros of the decimal fraction written to `out` from
// `start` on, and the point if nothing is left after it; a zero loses its
// sign ("-0.0000" -> "0").
void trim_fraction(std::string& out, std::size_t start) {
  if (out.find('.', start) != std::string::npos) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  if (out.compare(start, std::string::npos, "-0") == 0) out.erase(start, 1);
}

}  // namespace

void append_number(std::string& out, double value) {
  const std::size_t start = out.size();
  char buffer[64];
  const double magnitude = std::fabs(value);
  if (value == 0.0 || (magnitude >= 1e-4 && magnitude < 1e5)) {
    // "%.6g" has no exponent here, so the text is "%.4f" trimmed. to_chars
    // writes printf's exact digits (ties to even alike) at a fraction of its
    // cost, which batch pays for every skill gap it explains.
    const std::to_chars_result result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 4);
    out.append(buffer, result.ptr);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    if (std::strchr(buffer, 'e') != nullptr) {
      out += buffer;
      return;
    }
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    out += buffer;
  }
  trim_fraction(out, start);
}

std::string format_number(double value) {
  std::string text;
  append_number(text, value);
  return text;
}

}  // namespace careerpath
