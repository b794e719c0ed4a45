// The one wording for a name that matches nothing, and how the names to
// suggest are chosen: "unknown role 'leed'; did you mean 'lead'?". Every
// loader, resolver and command words its message with these, so a person sees
// the same sentence whichever door the name came in by.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careerpath {

// How far `known` is from `name` as a spelling: the case-insensitive edit
// distance, 1 when `known` contains `name`; std::nullopt when it is more than
// a third of the name's length (at least 2), too far to suggest.
[[nodiscard]] std::optional<std::size_t> spelling_distance(std::string_view name, std::string_view known);

// The names among `known` closest to `name`, best first, at most `limit`:
// case-insensitive edit distance within a third of the name's length (at least
// 2), a known name that contains `name` counting as distance 1; ties by name.
// None for a name longer than limits::kMaxNameBytes (no name is that long).
[[nodiscard]] std::vector<std::string> closest_matches(std::string_view name, const std::vector<std::string>& known,
                                                       std::size_t limit = 3);

// "unknown <what> '<name>'; did you mean 'a', 'b' or 'c'?" with `suggestions`
// (best first, as given), or "unknown <what> '<name>'" followed by `if_none`
// (such as " (see careerpath roles)") when there is nothing to suggest.
[[nodiscard]] std::string unknown_name_message(std::string_view what, std::string_view name,
                                               const std::vector<std::string>& suggestions, std::string_view if_none = {});

// A suggestion that also says which thing it is: a title and its id or code,
// shown as 'Scrum Master' (scrum-master); with no code just 'Scrum Master'.
struct Suggestion {
  std::string name{};
  std::string code{};
};

// "'a' (x), 'b' (y) or 'c'": the suggestions in the order given.
[[nodiscard]] std::string listed_suggestions(const std::vector<Suggestion>& suggestions);

// unknown_name_message with suggestions that carry their codes.
[[nodiscard]] std::string unknown_name_with_codes(std::string_view what, std::string_view name,
                                                  const std::vector<Suggestion>& suggestions, std::string_view if_none = {});

}  // namespace careerpath
