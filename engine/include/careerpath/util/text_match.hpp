// Small text helpers for looking things up by name: case folding and the
// closest candidates by edit distance, for "did you mean" suggestions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace careerpath {

[[nodiscard]] std::string fold_case(std::string_view text);

// Levenshtein distance between two case-folded strings.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates closest to `query` (case-insensitive; a candidate that
// contains the query counts as close), best first, at most `limit`.
[[nodiscard]] std::vector<std::string> closest_matches(std::string_view query, const std::vector<std::string>& candidates,
                                                       std::size_t limit = 3);

// "did you mean 'a', 'b' or 'c'?" or an empty string.
[[nodiscard]] std::string did_you_mean(const std::vector<std::string>& suggestions);

}  // namespace careerpath
