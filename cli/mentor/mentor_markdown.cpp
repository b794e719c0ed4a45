// A mentor report as GitHub-flavoured Markdown, for a wiki page or a pull
// request.
#include "mentor/mentor_document.hpp"

namespace careerpath::cli {
namespace {

// Text from files must not turn into markup: '<' would start inline HTML,
// and table cells may not hold a raw '|' or a line break.
std::string text(const std::string& raw) {
  std::string out;
  for (char c : raw) {
    if (c == '<') {
      out += "&lt;";
    } else if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

std::string render_table(const Block& block) {
  std::string header = "|";
  std::string rule = "|";
  for (const TextTable::Column& c : block.columns) {
    header += " " + text(c.header) + " |";
    rule += c.align == Align::kRight ? " ---: |" : " --- |";
  }
  std::string out = header + "\n" + rule + "\n";
  for (const auto& row : block.rows) {
    out += "|";
    for (const std::string& value : row) out += " " + text(value) + " |";
    out += "\n";
  }
  return out + "\n";
}

}  // namespace

std::string render_mentor_markdown(const MentorView& view) {
  std::string out;
  for (const Block& block : mentor_document(view)) {
    switch (block.kind) {
      case BlockKind::kTitle:
        out += "# " + text(block.text) + "\n\n";
        break;
      case BlockKind::kSection:
        out += "## " + text(block.text) + "\n\n";
        break;
      case BlockKind::kMember:
        out += "### " + text(block.text) + "\n\n";
        break;
      case BlockKind::kSubheading:
        out += "**" + text(block.text) + "**\n\n";
        break;
      case BlockKind::kParagraph:
        out += text(block.text) + "\n\n";
        break;
      case BlockKind::kList:
        for (const std::string& item : block.items) out += "- " + text(item) + "\n";
        out += "\n";
        break;
      case BlockKind::kTable:
        out += render_table(block);
        break;
      case BlockKind::kHeatmap:
        out += "**" + text(block.text) + "**\n\n" + render_table(block);
        break;
      case BlockKind::kRoutePicture:
        break;  // pictures are for the HTML report
    }
  }
  return out;
}

}  // namespace careerpath::cli
