#include "onet/tsv_table.hpp"

#include <gtest/gtest.h>

namespace careerpath {
namespace {

TsvTable parsed(const std::string& text, std::initializer_list<std::string_view> required = {}) {
  auto table = TsvTable::parse(text, "t.txt", required);
  if (!table) throw std::runtime_error(table.error().to_string());
  return std::move(table).value();
}

std::string parse_error(const std::string& text, std::initializer_list<std::string_view> required = {}) {
  auto table = TsvTable::parse(text, "t.txt", required);
  return table.ok() ? "(no error)" : table.error().to_string();
}

std::string cell_error(const std::function<void()>& read) {
  try {
    read();
  } catch (const InputError& e) {
    return e.error().to_string();
  }
  return "(no error)";
}

TEST(TsvTable, FindsColumnsByNameWhateverTheirOrder) {
  const TsvTable t = parsed("Value\tCode\r\n2.5\tx\r\n7\ty\r\n", {"Code", "Value"});
  ASSERT_EQ(t.row_count(), 2u);
  EXPECT_EQ(t.cell(1, t.column("Code")), "y");
  EXPECT_DOUBLE_EQ(t.number_in(0, t.column("Value"), 0, 10), 2.5);
  EXPECT_EQ(t.line(1), 3);
}

TEST(TsvTable, AcceptsCrlfLfByteOrderMarkAndBlankLines) {
  const TsvTable crlf = parsed("\xEF\xBB\xBF" "A\tB\r\n1\t2\r\n\r\n3\t4");
  EXPECT_EQ(crlf.header()[0], "A");
  ASSERT_EQ(crlf.row_count(), 2u);
  EXPECT_EQ(crlf.cell(1, 1), "4");
  EXPECT_EQ(crlf.line(1), 4);  // the blank line still counts
  const TsvTable lf = parsed("A\tB\n1\t2\n");
  EXPECT_EQ(lf.cell(0, 1), "2");
}

TEST(TsvTable, NotApplicableAndEmptyCellsAreMissing) {
  const TsvTable t = parsed("A\tB\tC\nn/a\t\tY\n");
  EXPECT_TRUE(t.is_missing(0, 0));
  EXPECT_TRUE(t.is_missing(0, 1));
  EXPECT_FALSE(t.optional_number_in(0, 0, 0, 1).has_value());
  EXPECT_TRUE(t.flag(0, 2));
  EXPECT_FALSE(t.flag(0, 0));  // n/a counts as N
  EXPECT_EQ(cell_error([&] { (void)t.text(0, 0); }), "t.txt:2: column 'A': a value is required here, found 'n/a'");
}

TEST(TsvTable, BadNumbersNameFileLineAndColumn) {
  const TsvTable t = parsed("Code\tData Value\nx\t4.2.1\ny\tnan\nz\t9\nw\t1e400\n");
  const std::size_t v = t.column("Data Value");
  EXPECT_EQ(cell_error([&] { (void)t.number_in(0, v, 0, 7); }), "t.txt:2: column 'Data Value': '4.2.1' is not a number");
  EXPECT_EQ(cell_error([&] { (void)t.number_in(1, v, 0, 7); }), "t.txt:3: column 'Data Value': 'nan' is not a number");
  EXPECT_EQ(cell_error([&] { (void)t.number_in(2, v, 0, 7); }),
            "t.txt:4: column 'Data Value': 9 is outside the range 0 to 7");
  EXPECT_EQ(cell_error([&] { (void)t.number_in(3, v, 0, 7); }), "t.txt:5: column 'Data Value': '1e400' is not a number");
}

TEST(TsvTable, RejectsMissingColumnsRaggedRowsAndEmptyFiles) {
  EXPECT_EQ(parse_error("Code\tTitle\nx\ty\n", {"Code", "Data Value"}),
            "t.txt:1: missing column 'Data Value' (the header has 'Code', 'Title')");
  EXPECT_EQ(parse_error("A\tB\n1\t2\n3\n"), "t.txt:3: expected 2 tab-separated fields as in the header, found 1");
  EXPECT_EQ(parse_error("A\tB\tA\n"), "t.txt:1: column 'A' appears twice");
  EXPECT_EQ(parse_error(""), "t.txt: empty file: expected a tab-separated header line");
  EXPECT_EQ(parse_error("\r\n\r\n"), "t.txt: empty file: expected a tab-separated header line");
}

TEST(TsvTable, FlagsMustBeYesOrNo) {
  const TsvTable t = parsed("Recommend Suppress\nmaybe\n");
  EXPECT_EQ(cell_error([&] { (void)t.flag(0, 0); }), "t.txt:2: column 'Recommend Suppress': expected Y or N, found 'maybe'");
}

TEST(TsvTable, MissingFileIsAnError) {
  auto t = TsvTable::read("/nonexistent/Skills.txt", {});
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.error().to_string().find("/nonexistent/Skills.txt"), std::string::npos);
}

}  // namespace
}  // namespace careerpath

namespace careerpath {
namespace {

// A Latin-1 byte in an O*NET file was "internal error", exit 1, naming no
// file or line (it failed only when the graph was written as JSON).
TEST(TsvTable, InvalidUtf8NamesFileLineAndColumn) {
  EXPECT_EQ(parse_error("Code\tTitle\nx\tCaf\xe9 manager\n"),
            "t.txt:2:6: invalid UTF-8 (byte 0xe9); the file must be UTF-8 text");
  EXPECT_EQ(parse_error("Code\tTitle\nx\t\xc0\xafoverlong\n"), "t.txt:2:3: invalid UTF-8 (byte 0xc0); the file must be UTF-8 text");
  EXPECT_EQ(parse_error("Code\tTitle\nx\t\xed\xa0\x80surrogate\n"),
            "t.txt:2:3: invalid UTF-8 (byte 0xed); the file must be UTF-8 text");
  EXPECT_EQ(parsed("Code\tTitle\nx\tCaf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\n").cell(0, 1), "Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
}

}  // namespace
}  // namespace careerpath
