// Aligned plain-text tables for terminal output.
#pragma once

#include <string>
#include <vector>

namespace careerpath::report {

enum class Align { kLeft, kRight };

class TextTable {
 public:
  struct Column {
    std::string header{};
    Align align = Align::kLeft;
  };

  explicit TextTable(std::vector<Column> columns);
  void add_row(std::vector<std::string> cells);
  // Header, a rule, then the rows; two spaces between columns; no trailing blanks.
  [[nodiscard]] std::string render(const std::string& indent = "") const;
  [[nodiscard]] bool empty() const noexcept { return rows_.empty(); }

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;
};

// Display width of UTF-8 text (code points; no East Asian wide handling).
[[nodiscard]] std::size_t display_width(const std::string& text);

// Formatting helpers shared by the commands.
[[nodiscard]] std::string fixed(double value, int decimals);
[[nodiscard]] std::string percent(double unit_value);  // 0.823 -> "82%"
[[nodiscard]] std::string signed_fixed(double value, int decimals);  // "+0.50", "-1.00", "0.00"
[[nodiscard]] std::string years(double value);  // "1.5 y"
// fixed() and percent() appended to `out`, for text built in a reused buffer.
void append_fixed(std::string& out, double value, int decimals);
void append_percent(std::string& out, double unit_value);

}  // namespace careerpath::report
