#include "careerpath/report/table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace careerpath::report {

std::size_t display_width(const std::string& text) {
  std::size_t width = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++width;  // count lead bytes only
  }
  return width;
}

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}

void TextTable::add_row(std::vector<std::string> cells) {
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

std::string TextTable::render(const std::string& indent) const {
  std::vector<std::size_t> width(columns_.size());
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    width[c] = display_width(columns_[c].header);
    for (const auto& row : rows_) width[c] = std::max(width[c], display_width(row[c]));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string out = indent;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string pad(width[c] - display_width(cells[c]), ' ');
      if (c > 0) out += "  ";
      out += columns_[c].align == Align::kRight ? pad + cells[c] : cells[c] + pad;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::vector<std::string> headers;
  std::vector<std::string> rules;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    headers.push_back(columns_[c].header);
    rules.push_back(std::string(width[c], '-'));
  }
  std::string out = line(headers) + line(rules);
  for (const auto& row : rows_) out += line(row);
  return out;
}

void append_fixed(std::string& out, double value, int decimals) {
  const std::size_t start = out.size();
  // The text of "%.*f" in a 64-byte buffer. to_chars writes printf's exact
  // digits (ties to even alike) at a fraction of its cost; what does not fit
  // in 63 characters, or is not finite, is left to printf and its buffer.
  char buffer[64];
  const std::to_chars_result result =
      std::to_chars(buffer, buffer + sizeof buffer - 1, value, std::chars_format::fixed, decimals);
  if (std::isfinite(value) && result.ec == std::errc()) {
    out.append(buffer, result.ptr);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    out += buffer;
  }
  // A negative value that rounds to zero reads as zero.
  if (out.compare(start, 2, "-0") == 0 && out.find_first_not_of("-0.", start) == std::string::npos) out.erase(start, 1);
}

void append_percent(std::string& out, double unit_value) {
  append_fixed(out, std::round(unit_value * 100.0), 0);
  out += '%';
}

std::string fixed(double value, int decimals) {
  std::string s;
  append_fixed(s, value, decimals);
  return s;
}

std::string percent(double unit_value) {
  std::string s;
  append_percent(s, unit_value);
  return s;
}

std::string signed_fixed(double value, int decimals) {
  const std::string s = fixed(value, decimals);
  return (value > 0 && s.find_first_not_of("0.") != std::string::npos) ? "+" + s : s;
}

std::string years(double value) { return fixed(value, 1) + " y"; }

}  // namespace careerpath::report
