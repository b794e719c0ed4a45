// Graphviz DOT export of a role graph: roles grouped and coloured by track,
// moves styled by kind (promotion solid, lateral dashed, switch dotted,
// step-back grey); optionally only the neighbourhood of one role, and with a
// person's planned routes drawn on top (best route bold, alternatives in
// their own colours). render_svg() turns DOT into SVG with Graphviz's `dot`.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "careerpath/advise/paths.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath::cli {

struct DotOptions {
  std::vector<bool> include_role{};  // empty: every role
  std::vector<bool> include_move{};  // per transition; empty: every move between included roles
  std::string title{};
  std::optional<std::size_t> focus{};  // drawn with a heavy border: the centre, or where the person is
  std::optional<std::size_t> goal{};   // drawn with a gold border
  std::vector<CareerPath> routes{};    // best first; other moves are greyed when routes are given
};

// The fill colour of a track's roles (a qualitative palette readable behind
// black text), shared by the DOT export and the HTML reports' pictures.
[[nodiscard]] const char* track_colour(std::size_t track);

[[nodiscard]] std::string graph_to_dot(const RoleGraph& graph, const DotOptions& options = {});

// The roles at most `depth` moves from a role, following moves in either
// direction, and the moves that reach them: those touching a role nearer
// than `depth` (moves between two roles on the rim are left out, so the
// picture shows how one gets there rather than every cross-link).
struct Neighbourhood {
  std::vector<bool> roles{};
  std::vector<bool> moves{};
};
[[nodiscard]] Neighbourhood neighbourhood(const RoleGraph& graph, std::size_t role, std::size_t depth);

// Roles on any of the routes.
[[nodiscard]] std::vector<bool> roles_on_routes(const RoleGraph& graph, const std::vector<CareerPath>& routes);

// Renders DOT text to SVG with Graphviz's `dot` (the text goes to dot as a
// file, never through a shell). Throws UsageError saying how to install
// Graphviz when `dot` is not on PATH, or naming the failure when it cannot
// render.
[[nodiscard]] std::string render_svg(const std::string& dot_text);

}  // namespace careerpath::cli
