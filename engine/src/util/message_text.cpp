#include "careerpath/util/message_text.hpp"

#include <cstdio>

namespace careerpath {
namespace {

std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7f) {
      out += c;
      continue;
    }
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02x", byte);
        out += hex;
      }
    }
  }
  return out;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string one_line_message(std::string_view message, std::size_t max_bytes) {
  std::string text = escape_controls(message);
  if (text.size() <= max_bytes) return text;
  constexpr std::string_view kGap = " ... ";
  const std::size_t keep = max_bytes > kGap.size() ? max_bytes - kGap.size() : 0;
  std::size_t head = keep * 2 / 3;
  std::size_t tail_start = text.size() - (keep - head);
  while (head > 0 && is_continuation(text[head])) --head;
  while (tail_start < text.size() && is_continuation(text[tail_start])) ++tail_start;
  return text.substr(0, head) + std::string(kGap) + text.substr(tail_start);
}

}  // namespace careerpath
