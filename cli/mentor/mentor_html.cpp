// A mentor report as one self-contained HTML file: styles inline, pictures as
// inline SVG, no scripts, fonts or anything fetched from elsewhere, so it can
// be mailed, attached to a ticket or opened offline.
#include "mentor/mentor_document.hpp"
#include "mentor/mentor_svg.hpp"

namespace careerpath::cli {
namespace {

constexpr const char* kStyle = R"(
:root { --ink: #1f2328; --muted: #57606a; --line: #d8dee4; --card: #ffffff; --page: #f3f5f8; --accent: #08519c; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--page); color: var(--ink);
       font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 24px 48px; }
h1 { font-size: 28px; margin: 0 0 6px; }
h2 { font-size: 21px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 18px; margin: 0 0 8px; color: var(--accent); }
h4 { font-size: 14px; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
p { margin: 6px 0 10px; }
nav { margin: 14px 0 0; display: flex; flex-wrap: wrap; gap: 8px; }
nav a { text-decoration: none; color: var(--accent); background: #e6eef8; border-radius: 14px; padding: 3px 12px; font-size: 14px; }
.member, .panel { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
                  padding: 18px 22px; margin: 16px 0; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
.picture { overflow-x: auto; margin: 8px 0 4px; }
.picture svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 4px 0 10px; font-size: 14px; width: 100%; }
th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
ul { margin: 4px 0 10px; padding-left: 22px; }
footer { color: var(--muted); font-size: 13px; margin-top: 30px; }
)";

std::string table_html(const Block& block) {
  std::string out = "<table>\n<thead><tr>";
  for (const TextTable::Column& c : block.columns) {
    out += std::string(c.align == Align::kRight ? "<th class=\"num\">" : "<th>") + xml_escape(c.header) + "</th>";
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : block.rows) {
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool right = c < block.columns.size() && block.columns[c].align == Align::kRight;
      out += std::string(right ? "<td class=\"num\">" : "<td>") + xml_escape(row[c]) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string member_anchor(std::size_t member) { return "member-" + std::to_string(member + 1); }

std::string member_nav(const MentorView& view, const std::vector<Block>& doc) {
  std::string out = "<nav>";
  for (const Block& block : doc) {
    if (block.kind != BlockKind::kMember) continue;
    out += "<a href=\"#" + member_anchor(block.member) + "\">" + xml_escape(member_name(view.team.members[block.member])) + "</a>";
  }
  return out + "</nav>\n";
}

}  // namespace

std::string render_mentor_html(const MentorView& view) {
  const std::vector<Block> doc = mentor_document(view);
  std::string title;
  for (const Block& block : doc) {
    if (block.kind == BlockKind::kTitle) title = block.text;
  }
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                    xml_escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n";
  // Cards open at a member's heading or a team subsection and close before the next heading.
  bool card_open = false;
  auto close_card = [&] {
    if (card_open) out += "</section>\n";
    card_open = false;
  };
  bool header_open = false;
  for (const Block& block : doc) {
    switch (block.kind) {
      case BlockKind::kTitle:
        out += "<header>\n<h1>" + xml_escape(block.text) + "</h1>\n";
        header_open = true;
        break;
      case BlockKind::kSection:
        close_card();
        if (header_open) out += member_nav(view, doc) + "</header>\n";
        header_open = false;
        out += "<h2>" + xml_escape(block.text) + "</h2>\n";
        if (block.text == "Team") {  // the team's pictures and tables share one panel
          out += "<section class=\"panel\">\n";
          card_open = true;
        }
        break;
      case BlockKind::kMember:
        close_card();
        out += "<section class=\"member\" id=\"" + member_anchor(block.member) + "\">\n<h3>" + xml_escape(block.text) + "</h3>\n";
        card_open = true;
        break;
      case BlockKind::kSubheading:
        out += "<h4>" + xml_escape(block.text) + "</h4>\n";
        break;
      case BlockKind::kParagraph:
        out += "<p>" + xml_escape(block.text) + "</p>\n";
        break;
      case BlockKind::kList:
        out += "<ul>\n";
        for (const std::string& item : block.items) out += "<li>" + xml_escape(item) + "</li>\n";
        out += "</ul>\n";
        break;
      case BlockKind::kTable:
        out += table_html(block);
        break;
      case BlockKind::kHeatmap:
        out += "<h4>" + xml_escape(block.text) + "</h4>\n<div class=\"picture\">\n" + heatmap_svg(view) + "</div>\n";
        break;
      case BlockKind::kRoutePicture:
        out += "<div class=\"picture\">\n" + route_map_svg(view, block.member) + "</div>\n";
        break;
    }
  }
  close_card();
  out += "<footer>Made by careerpath mentor on the '" + xml_escape(view.graph.name()) + "' role graph.</footer>\n";
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace careerpath::cli
