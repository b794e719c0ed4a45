// Small text helpers for looking things up by name: case folding and edit
// distance.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace careerpath {

[[nodiscard]] std::string fold_case(std::string_view text);

// An id made of a name: lower-case letters and digits, every run of other
// characters one '-' ("Planning & Scheduling" -> "planning-scheduling").
[[nodiscard]] std::string slug_of(std::string_view name);

// Levenshtein distance between two case-folded strings.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace careerpath
