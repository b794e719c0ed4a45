// Small text helpers for looking things up by name: case folding and edit
// distance.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace careerpath {

[[nodiscard]] std::string fold_case(std::string_view text);

// Levenshtein distance between two case-folded strings.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace careerpath
