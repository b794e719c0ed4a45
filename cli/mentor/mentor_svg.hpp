// Inline SVG pictures for the HTML mentor report, laid out here so that the
// report needs no Graphviz, scripts or fonts: the members x skills gap
// heatmap, and each member's routes drawn on the part of the graph they use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "mentor/mentor_render.hpp"

namespace careerpath::cli {

// Escapes text for XML and HTML content and attribute values.
[[nodiscard]] std::string xml_escape(std::string_view text);

[[nodiscard]] std::string heatmap_svg(const MentorView& view);

// Columns by level, rows by track: the member's current role, the roles on
// their routes and their next steps. The best route is bold, alternatives
// dashed, other next steps thin grey.
[[nodiscard]] std::string route_map_svg(const MentorView& view, std::size_t member);

}  // namespace careerpath::cli
