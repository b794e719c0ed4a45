#include "careerpath/report/json_writer.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

namespace careerpath::report {
namespace {

// The escape of one byte that may not appear raw in a JSON string, in the
// form nlohmann's serializer (dump_escaped) chooses.
void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  constexpr char kHex[] = "0123456789abcdef";
  const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  out.append(escaped, sizeof escaped);
}

bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t copied = 0;  // text before this is in `out` already
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!needs_escape(c)) continue;
    out.append(text.data() + copied, i - copied);
    append_escape(out, c);
    copied = i + 1;
  }
  out.append(text.data() + copied, text.size() - copied);
  out += '"';
}

void append_json_double(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  // nlohmann's own formatter, the one its serializer calls (dump_float) with
  // the same 64-byte buffer. It is a detail function, but no other is
  // byte-identical: its grisu2 digits are not always the shortest that
  // std::to_chars finds, and its layout (2.0, 1e-05, 1e+15) is its own.
  char buffer[64];
  char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, end);
}

void append_shortest_double(std::string& out, double value) {
  char buffer[32];
  const std::to_chars_result result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

}  // namespace careerpath::report
