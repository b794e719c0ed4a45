#include "careerpath/util/unknown_name.hpp"

#include <algorithm>

#include "careerpath/util/limits.hpp"
#include "careerpath/util/text_match.hpp"

namespace careerpath {

std::optional<std::size_t> spelling_distance(std::string_view name, std::string_view known) {
  // Edit distance costs name x candidate for every candidate: a runaway name
  // (a 1 MB "role name") gets no suggestion instead of a minute's work.
  if (name.size() > limits::kMaxNameBytes) return std::nullopt;
  const std::string folded = fold_case(name);
  const std::string fk = fold_case(known);
  std::size_t d = edit_distance(folded, fk);
  if (!folded.empty() && fk.find(folded) != std::string::npos) d = std::min<std::size_t>(d, 1);
  // Only suggest names within a third of the query's length of edits.
  if (d > std::max<std::size_t>(2, folded.size() / 3)) return std::nullopt;
  return d;
}

std::vector<std::string> closest_matches(std::string_view name, const std::vector<std::string>& known, std::size_t limit) {
  struct Scored {
    std::size_t distance;
    const std::string* name;
  };
  std::vector<Scored> scored;
  for (const std::string& c : known) {
    if (const auto d = spelling_distance(name, c)) scored.push_back({*d, &c});
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

std::string listed_suggestions(const std::vector<Suggestion>& suggestions) {
  std::string out;
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    if (i > 0) out += i + 1 == suggestions.size() ? " or " : ", ";
    out.append("'").append(suggestions[i].name).append("'");
    if (!suggestions[i].code.empty()) out.append(" (").append(suggestions[i].code).append(")");
  }
  return out;
}

std::string unknown_name_with_codes(std::string_view what, std::string_view name, const std::vector<Suggestion>& suggestions,
                                    std::string_view if_none) {
  std::string out = "unknown ";
  out.append(what).append(" '").append(name).append("'");
  if (suggestions.empty()) return out.append(if_none);
  return out + "; did you mean " + listed_suggestions(suggestions) + "?";
}

std::string unknown_name_message(std::string_view what, std::string_view name, const std::vector<std::string>& suggestions,
                                 std::string_view if_none) {
  std::vector<Suggestion> plain;
  plain.reserve(suggestions.size());
  for (const std::string& s : suggestions) plain.push_back({.name = s});
  return unknown_name_with_codes(what, name, plain, if_none);
}

}  // namespace careerpath
