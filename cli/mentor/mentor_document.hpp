// The content of a mentor report as a list of blocks (headings, paragraphs,
// lists, tables, pictures), built once and laid out by each format: aligned
// text, Markdown or HTML. A format that cannot show a picture skips it; the
// heatmap also carries its numbers as a table for those formats.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mentor/mentor_render.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::cli {

enum class BlockKind {
  kTitle,         // the report's title
  kSection,       // "Members", "Team"
  kMember,        // one member's heading; their plan follows
  kSubheading,
  kParagraph,
  kList,
  kTable,
  kHeatmap,       // the members x skills gap picture; `columns`/`rows` hold its numbers
  kRoutePicture,  // `member`'s routes on the graph
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text{};
  std::vector<std::string> items{};
  std::vector<TextTable::Column> columns{};
  std::vector<std::vector<std::string>> rows{};
  std::size_t member = 0;
};

[[nodiscard]] std::vector<Block> mentor_document(const MentorView& view);

}  // namespace careerpath::cli
