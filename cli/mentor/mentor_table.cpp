// The default, terminal-friendly layout of a mentor report.
#include <sstream>

#include "mentor/mentor_document.hpp"

namespace careerpath::cli {
namespace {

constexpr std::size_t kWrapColumn = 100;

// Breaks text into lines of at most kWrapColumn columns at spaces.
std::string wrap(const std::string& text, const std::string& indent) {
  std::istringstream words(text);
  std::string out;
  std::string line;
  std::string word;
  while (words >> word) {
    if (!line.empty() && display_width(indent + line + " " + word) > kWrapColumn) {
      out += indent + line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) out += indent + line + "\n";
  return out;
}

std::string underline(const std::string& text, char rule) { return text + "\n" + std::string(display_width(text), rule) + "\n"; }

std::string render_table(const Block& block) {
  TextTable table(block.columns);
  for (const auto& row : block.rows) table.add_row(row);
  return table.render("    ");
}

}  // namespace

std::string render_mentor_table(const MentorView& view) {
  std::string out;
  for (const Block& block : mentor_document(view)) {
    switch (block.kind) {
      case BlockKind::kTitle:
        out += underline(block.text, '=');
        break;
      case BlockKind::kSection:
        out += "\n" + underline(block.text, '=');
        break;
      case BlockKind::kMember:
        out += "\n" + underline(block.text, '-');
        break;
      case BlockKind::kSubheading:
        out += "\n  " + block.text + ":\n";
        break;
      case BlockKind::kParagraph:
        out += wrap(block.text, "  ");
        break;
      case BlockKind::kList:
        for (const std::string& item : block.items) out += "    - " + item + "\n";
        break;
      case BlockKind::kTable:
        out += render_table(block);
        break;
      case BlockKind::kHeatmap:
        out += "\n  " + block.text + ":\n" + render_table(block);
        break;
      case BlockKind::kRoutePicture:
        break;  // pictures are for the HTML report
    }
  }
  return out;
}

}  // namespace careerpath::cli
