// Numbers as people write them, for every message and document careerpath
// prints: 3, 2.5, 0.125 (no trailing zeros; "%.6g" where that needs an
// exponent, else "%.4f" trimmed).
#pragma once

#include <string>

namespace careerpath {

[[nodiscard]] std::string format_number(double value);
// The same text appended to `out` (no allocation beyond the string's growth).
void append_number(std::string& out, double value);

}  // namespace careerpath
