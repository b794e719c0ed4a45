#include "onet/tsv_table.hpp"

#include <charconv>
#include <cstdio>
#include <cmath>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/util/input_file.hpp"

namespace careerpath {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Splits `text` into lines without their LF or CRLF ending; `next` advances.
std::string_view next_line(std::string_view text, std::size_t& next) {
  const std::size_t start = next;
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  next = end + 1;
  std::string_view line = text.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

template <class Visit>
void split_tabs(std::string_view line, Visit visit) {
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      visit(line.substr(start));
      return;
    }
    visit(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// The offset of the first byte that is not part of well-formed UTF-8 (no
// overlong forms, no surrogates, nothing above U+10FFFF), or npos. O*NET's
// files are UTF-8; a stray Latin-1 byte would otherwise pass into titles and
// fail only when a graph is written as JSON, naming no file or line.
std::size_t invalid_utf8_at(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return i;
    }
    if (i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

std::string quoted(std::string_view text) {
  constexpr std::size_t kShown = 40;
  if (text.size() <= kShown) return "'" + std::string(text) + "'";
  return "'" + std::string(text.substr(0, kShown)) + "...'";
}

}  // namespace

Result<TsvTable> TsvTable::parse(std::string text, const std::string& file,
                                 std::initializer_list<std::string_view> required) {
  TsvTable table;
  table.file_ = std::make_shared<const std::string>(file);
  if (std::string_view(text).starts_with(kByteOrderMark)) text.erase(0, kByteOrderMark.size());
  table.text_ = std::make_unique<const std::string>(std::move(text));
  const std::string_view all = *table.text_;
  if (const std::size_t bad = invalid_utf8_at(all); bad != std::string_view::npos) {
    const auto [line, column] = line_and_column(all, bad);
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02x", static_cast<unsigned char>(all[bad]));
    return Error{.file = file, .line = line, .column = column,
                 .message = std::string("invalid UTF-8 (byte ") + byte + "); the file must be UTF-8 text"};
  }

  std::size_t next = 0;
  int line_number = 0;
  std::string_view header_line;
  while (next <= all.size()) {
    header_line = next_line(all, next);
    ++line_number;
    if (!is_blank(header_line)) break;
  }
  if (is_blank(header_line)) return Error{.file = file, .message = "empty file: expected a tab-separated header line"};
  split_tabs(header_line, [&](std::string_view name) { table.header_.emplace_back(name); });
  for (std::size_t i = 0; i < table.header_.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (table.header_[i] == table.header_[j]) {
        return Error{.file = file, .line = line_number, .message = "column '" + table.header_[i] + "' appears twice"};
      }
    }
  }
  for (std::string_view name : required) {
    if (!table.find_column(name)) {
      std::string known;
      for (const std::string& h : table.header_) known += (known.empty() ? "" : ", ") + ("'" + h + "'");
      return Error{.file = file,
                   .line = line_number,
                   .message = "missing column '" + std::string(name) + "' (the header has " + known + ")"};
    }
  }

  const std::size_t width = table.header_.size();
  while (next <= all.size()) {
    const std::string_view line = next_line(all, next);
    ++line_number;
    if (is_blank(line)) continue;
    const std::size_t before = table.cells_.size();
    split_tabs(line, [&](std::string_view cell) { table.cells_.push_back(cell); });
    const std::size_t found = table.cells_.size() - before;
    if (found != width) {
      return Error{.file = file,
                   .line = line_number,
                   .message = "expected " + std::to_string(width) + " tab-separated fields as in the header, found " +
                              std::to_string(found)};
    }
    table.lines_.push_back(line_number);
  }
  return table;
}

Result<TsvTable> TsvTable::read(const std::string& path, std::initializer_list<std::string_view> required) {
  auto text = read_input_text(path);
  if (!text) return text.error();
  return parse(std::move(text).value(), path, required);
}

std::optional<std::size_t> TsvTable::find_column(std::string_view name) const {
  for (std::size_t i = 0; i < header_.size(); ++i) {
    if (header_[i] == name) return i;
  }
  return std::nullopt;
}

std::size_t TsvTable::column(std::string_view name) const {
  if (auto index = find_column(name)) return *index;
  throw InputError(Error{.file = *file_, .line = 1, .message = "missing column '" + std::string(name) + "'"});
}

bool TsvTable::is_missing(std::size_t row, std::size_t column) const {
  const std::string_view c = cell(row, column);
  return c.empty() || c == "n/a";
}

std::string_view TsvTable::text(std::size_t row, std::size_t column) const {
  if (is_missing(row, column)) fail(row, column, "a value is required here, found " + quoted(cell(row, column)));
  return cell(row, column);
}

double TsvTable::number_in(std::size_t row, std::size_t column, double lo, double hi) const {
  const std::string_view c = text(row, column);
  double value = 0.0;
  const auto [end, ec] = std::from_chars(c.data(), c.data() + c.size(), value);
  if (ec != std::errc() || end != c.data() + c.size() || !std::isfinite(value)) {
    fail(row, column, quoted(c) + " is not a number");
  }
  if (value < lo || value > hi) {
    fail(row, column, format_number(value) + " is outside the range " + format_number(lo) + " to " + format_number(hi));
  }
  return value;
}

std::optional<double> TsvTable::optional_number_in(std::size_t row, std::size_t column, double lo, double hi) const {
  if (is_missing(row, column)) return std::nullopt;
  return number_in(row, column, lo, hi);
}

bool TsvTable::flag(std::size_t row, std::size_t column) const {
  if (is_missing(row, column)) return false;
  const std::string_view c = cell(row, column);
  if (c == "Y") return true;
  if (c == "N") return false;
  fail(row, column, "expected Y or N, found " + quoted(c));
}

void TsvTable::fail(std::size_t row, std::size_t column, const std::string& message) const {
  throw InputError(Error{.file = *file_, .line = lines_[row], .message = "column '" + header_[column] + "': " + message});
}

}  // namespace careerpath
