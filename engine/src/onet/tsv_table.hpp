// Tab-separated tables read by column name: the O*NET text files and eval
// truth files. Columns are found by their header name, so a user's own O*NET
// download works whatever the column order. Every cell knows its file, line
// and column name, so a bad value is reported as
//   Skills.txt:12: column 'Data Value': 'abc' is not a number
//
// Layout accepted: a header line, then one row per line; LF or CRLF endings;
// an optional UTF-8 byte-order mark; no quoting (O*NET's files never quote and
// never put a tab inside a field); blank lines are ignored; `n/a` or an empty
// cell marks a value that does not apply.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerpath/util/error.hpp"

namespace careerpath {

class TsvTable {
 public:
  // Parses `text`; every name in `required` must be a header column.
  [[nodiscard]] static Result<TsvTable> parse(std::string text, const std::string& file,
                                              std::initializer_list<std::string_view> required);
  // Reads and parses a file; a missing file is an Error naming it.
  [[nodiscard]] static Result<TsvTable> read(const std::string& path,
                                             std::initializer_list<std::string_view> required);

  [[nodiscard]] const std::string& file() const noexcept { return *file_; }
  [[nodiscard]] std::size_t row_count() const noexcept { return lines_.size(); }
  [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }

  // Index of a header column; throws InputError for a column that is absent
  // (ask for optional columns with find_column).
  [[nodiscard]] std::size_t column(std::string_view name) const;
  [[nodiscard]] std::optional<std::size_t> find_column(std::string_view name) const;

  // The 1-based line of a row in the file, for messages.
  [[nodiscard]] int line(std::size_t row) const { return lines_[row]; }
  [[nodiscard]] std::string_view cell(std::size_t row, std::size_t column) const {
    return cells_[row * header_.size() + column];
  }
  // True for `n/a` and for an empty cell.
  [[nodiscard]] bool is_missing(std::size_t row, std::size_t column) const;
  // A non-missing cell (throws InputError naming the line and column).
  [[nodiscard]] std::string_view text(std::size_t row, std::size_t column) const;
  // A finite number in [lo, hi] (throws InputError naming the line and column).
  [[nodiscard]] double number_in(std::size_t row, std::size_t column, double lo, double hi) const;
  // A number, or nothing for a missing cell.
  [[nodiscard]] std::optional<double> optional_number_in(std::size_t row, std::size_t column, double lo,
                                                         double hi) const;
  // `Y` or `N` (a missing cell counts as `N`).
  [[nodiscard]] bool flag(std::size_t row, std::size_t column) const;

  // Throws InputError "file:line: column 'name': message".
  [[noreturn]] void fail(std::size_t row, std::size_t column, const std::string& message) const;

 private:
  TsvTable() = default;

  std::shared_ptr<const std::string> file_{};
  std::unique_ptr<const std::string> text_{};  // owns what cells_ point into
  std::vector<std::string> header_{};
  std::vector<std::string_view> cells_{};  // row-major, header_.size() per row
  std::vector<int> lines_{};                // file line of each row
};

}  // namespace careerpath
