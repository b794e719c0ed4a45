#include "careerpath/util/text_match.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace careerpath {

std::string fold_case(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> closest_matches(std::string_view query, const std::vector<std::string>& candidates, std::size_t limit) {
  const std::string folded = fold_case(query);
  struct Scored {
    std::size_t distance;
    const std::string* name;
  };
  std::vector<Scored> scored;
  for (const std::string& c : candidates) {
    const std::string fc = fold_case(c);
    std::size_t d = edit_distance(folded, fc);
    if (!folded.empty() && fc.find(folded) != std::string::npos) d = std::min<std::size_t>(d, 1);
    // Only suggest names within a third of the query's length of edits.
    if (d <= std::max<std::size_t>(2, folded.size() / 3)) scored.push_back({d, &c});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
    return x.distance != y.distance ? x.distance < y.distance : *x.name < *y.name;
  });
  std::vector<std::string> out;
  for (const Scored& s : scored) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), *s.name) == out.end()) out.push_back(*s.name);
  }
  return out;
}

std::string did_you_mean(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) return "";
  std::string out = "did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (i > 0) out += i + 1 == suggestions.size() ? " or " : ", ";
    out += "'" + suggestions[i] + "'";
  }
  return out + "?";
}

}  // namespace careerpath
