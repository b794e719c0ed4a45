// Pieces of JSON text appended straight to a string, for the output lines
// that batch writes by the thousand (recommend_line.hpp, batch_lines.hpp)
// without building an nlohmann document first.
//
// Strings and doubles come out exactly as nlohmann::json::dump() writes them,
// so a line written here can be byte-identical to a document that
// report_json.hpp builds and dumps.
#pragma once

#include <charconv>
#include <concepts>
#include <string>
#include <string_view>

namespace careerpath::report {

// `text` as a JSON string, quotes included, escaped as dump() escapes with
// ensure_ascii = false: \" \\ \b \f \n \r \t, other control characters as
// \u00xx (lower-case hex), everything else, UTF-8 included, as it is.
// `text` must be valid UTF-8 (dump() would throw on anything else); every
// string careerpath prints was validated when its file or line was read.
void append_json_string(std::string& out, std::string_view text);

// A double as dump() writes it: nlohmann's short round-trip form, with ".0"
// on whole numbers and an exponent from 1e15 and below 1e-4 ("2.0", "0.125",
// "1e-05", "1e+15"), and null when it is not finite.
void append_json_double(std::string& out, double value);

// A double in the shortest form that reads back as the same value
// (std::to_chars: "2", "0.125", "1e-05"); the scores line's form.
void append_shortest_double(std::string& out, double value);

// An integer in decimal, as dump() writes integers.
template <std::integral Integer>
void append_json_integer(std::string& out, Integer value) {
  char buffer[24];
  const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

inline void append_json_bool(std::string& out, bool value) { out += value ? "true" : "false"; }

}  // namespace careerpath::report
