// Error messages quote what the user gave (a role name, a value, a path),
// which may be huge or hold line breaks. Every message a front end shows goes
// through one_line_message, so that one problem stays one readable line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace careerpath {

// Longest message shown, in bytes: enough for a path, a JSON pointer, a
// quoted name and what is wrong.
inline constexpr std::size_t kMaxMessageBytes = 600;

// `message` on one line: control characters (newline, tab, escape, ...) are
// written as \n, \t, \x1b, ...; a longer message keeps its start (the file and
// place) and its end (what is wrong) around " ... ", cut between UTF-8
// characters.
[[nodiscard]] std::string one_line_message(std::string_view message, std::size_t max_bytes = kMaxMessageBytes);

}  // namespace careerpath
