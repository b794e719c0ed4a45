#include "pictures/graphviz.hpp"

#include <array>
#include <cmath>

#include "careerpath/util/number_format.hpp"

namespace careerpath::cli {
namespace {

// A qualitative palette (ColorBrewer Set3 and Pastel1), readable behind black text.
constexpr std::array<const char*, 20> kTrackColours = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd",
    "#ccebc5", "#ffed6f", "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#e5d8bd", "#fddaec", "#f2f2f2"};

// A DOT string; a newline becomes DOT's own line break (\n) in labels.
std::string quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string edge_style(MoveKind kind) {
  switch (kind) {
    case MoveKind::kPromotion: return "style=bold, color=\"#1b7837\"";
    case MoveKind::kLateral: return "style=dashed, color=\"#2166ac\"";
    case MoveKind::kSwitch: return "style=dotted, color=\"#b2182b\", penwidth=1.6";
    case MoveKind::kStepBack: return "style=dashed, color=\"#888888\", arrowhead=empty";
  }
  return "";
}

// Routes drawn over the graph: the best one bold and dark, alternatives in
// their own colours, dashed.
std::string route_style(std::size_t rank) {
  constexpr std::array<const char*, 5> kAlternatives = {"#6a51a3", "#41ab5d", "#e6550d", "#dd3497", "#8c6d31"};
  if (rank == 0) return "style=bold, color=\"#08519c\", fontcolor=\"#08519c\", penwidth=3.5";
  const char* colour = kAlternatives[(rank - 1) % kAlternatives.size()];
  return std::string("style=dashed, color=\"") + colour + "\", fontcolor=\"" + colour + "\", penwidth=2";
}

}  // namespace

const char* track_colour(std::size_t track) { return kTrackColours[track % kTrackColours.size()]; }

std::string graph_to_dot(const RoleGraph& g, const DotOptions& options) {
  auto included = [&](std::size_t r) { return options.include_role.empty() || options.include_role[r]; };
  const bool routes = !options.routes.empty();
  std::string out = "digraph careerpath {\n";
  out += "  graph [rankdir=LR, fontname=\"Helvetica\", nodesep=0.25, ranksep=0.9, label=" +
         quote(options.title.empty() ? (g.title().empty() ? g.name() : g.title()) : options.title) +
         ", labelloc=t, fontsize=18];\n";
  out += "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.7];\n";
  for (std::size_t t = 0; t < g.tracks().size(); ++t) {
    std::string members;
    for (std::size_t r = 0; r < g.role_count(); ++r) {
      if (g.role(r).track != t || !included(r)) continue;
      const Role& role = g.role(r);
      std::string label = role.title + "\nL" + std::to_string(role.level);
      std::string border;
      if (options.focus == r) {
        label += routes ? ", now" : "";
        border = ", penwidth=3, color=\"#222222\"";
      } else if (options.goal == r) {
        label += ", goal";
        border = ", penwidth=3, color=\"#b8860b\"";
      }
      members += "    " + quote(role.id) + " [label=" + quote(label) + ", fillcolor=\"" + track_colour(t) + "\"" + border +
                 ", tooltip=" + quote(role.id) + "];\n";
    }
    if (members.empty()) continue;
    out += "  subgraph " + quote("cluster_" + g.tracks()[t].id) + " {\n    label=" + quote(g.tracks()[t].name) +
           "; style=\"rounded\"; color=\"#bbbbbb\"; fontsize=12;\n" + members + "  }\n";
  }
  // With routes, the graph's other moves stay as faint context.
  const std::string faint = routes ? ", color=\"#c4c4c4\", fontcolor=\"#c4c4c4\"" : "";
  for (std::size_t i = 0; i < g.transitions().size(); ++i) {
    const Transition& t = g.transition(i);
    if (!included(t.from) || !included(t.to) || (!options.include_move.empty() && !options.include_move[i])) continue;
    out += "  " + quote(g.role(t.from).id) + " -> " + quote(g.role(t.to).id) + " [" + edge_style(t.kind) + faint +
           ", tooltip=" + quote(std::string(to_string(t.kind)) + ", " + format_number(t.rate) + "/y after " +
                               format_number(t.min_years) + " y") + "];\n";
  }
  for (std::size_t i = options.routes.size(); i-- > 0;) {  // the best route last, so it is drawn on top
    for (const PathStep& step : options.routes[i].steps) {
      if (!included(step.from) || !included(step.to)) continue;
      out += "  " + quote(g.role(step.from).id) + " -> " + quote(g.role(step.to).id) + " [" + route_style(i) +
             ", label=" + quote(i == 0 ? format_number(std::round(step.years.median * 10.0) / 10.0) + " y"
                                       : "alt " + std::to_string(i)) +
             ", tooltip=" + quote((i == 0 ? std::string("best route") : "alternative " + std::to_string(i)) + ": " +
                                  std::string(to_string(step.kind))) + "];\n";
    }
  }
  out += "  subgraph cluster_legend {\n    label=\"moves\"; style=\"rounded\"; color=\"#bbbbbb\";\n"
         "    node [shape=plaintext, style=\"\", fontsize=9, label=\"\", width=0.1, height=0.1];\n"
         "    legend_a -> legend_b [" + edge_style(MoveKind::kPromotion) + ", label=\"promotion\"];\n"
         "    legend_c -> legend_d [" + edge_style(MoveKind::kLateral) + ", label=\"lateral\"];\n"
         "    legend_e -> legend_f [" + edge_style(MoveKind::kSwitch) + ", label=\"switch\"];\n"
         "    legend_g -> legend_h [" + edge_style(MoveKind::kStepBack) + ", label=\"step-back\"];\n";
  if (routes) {
    out += "    legend_i -> legend_j [" + route_style(0) + ", label=\"best route (median years if pursued)\"];\n";
    if (options.routes.size() > 1) out += "    legend_k -> legend_l [" + route_style(1) + ", label=\"alternative\"];\n";
  }
  return out + "  }\n}\n";
}

Neighbourhood neighbourhood(const RoleGraph& g, std::size_t role, std::size_t depth) {
  // Breadth-first over moves in both directions; distance in moves.
  std::vector<std::size_t> distance(g.role_count(), depth + 1);
  distance[role] = 0;
  std::vector<std::size_t> frontier{role};
  for (std::size_t d = 1; d <= depth && !frontier.empty(); ++d) {
    std::vector<std::size_t> next;
    auto visit = [&](std::size_t r) {
      if (distance[r] <= depth) return;
      distance[r] = d;
      next.push_back(r);
    };
    for (std::size_t r : frontier) {
      for (std::size_t t : g.moves_from(r)) visit(g.transition(t).to);
      for (std::size_t t : g.moves_into(r)) visit(g.transition(t).from);
    }
    frontier = std::move(next);
  }
  Neighbourhood n;
  for (std::size_t d : distance) n.roles.push_back(d <= depth);
  for (const Transition& t : g.transitions()) {
    n.moves.push_back(n.roles[t.from] && n.roles[t.to] && std::min(distance[t.from], distance[t.to]) < depth);
  }
  return n;
}

std::vector<bool> roles_on_routes(const RoleGraph& g, const std::vector<CareerPath>& routes) {
  std::vector<bool> on(g.role_count(), false);
  for (const CareerPath& route : routes) {
    for (const PathStep& step : route.steps) on[step.from] = on[step.to] = true;
  }
  return on;
}

}  // namespace careerpath::cli
