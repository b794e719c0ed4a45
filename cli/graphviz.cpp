#include "graphviz.hpp"

#include <array>

#include "careerpath/json_reader.hpp"

namespace careerpath::cli {
namespace {

// A qualitative palette (ColorBrewer Set3 and Pastel1), readable behind black text.
constexpr std::array<const char*, 20> kTrackColours = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd",
    "#ccebc5", "#ffed6f", "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#e5d8bd", "#fddaec", "#f2f2f2"};

std::string quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
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

}  // namespace

const char* track_colour(std::size_t track) { return kTrackColours[track % kTrackColours.size()]; }

std::string graph_to_dot(const RoleGraph& g, const DotOptions& options) {
  auto included = [&](std::size_t r) { return options.include_role.empty() || options.include_role[r]; };
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
      members += "    " + quote(role.id) + " [label=" + quote(role.title + "\nL" + std::to_string(role.level)) +
                 ", fillcolor=\"" + track_colour(t) + "\"];\n";
    }
    if (members.empty()) continue;
    out += "  subgraph " + quote("cluster_" + g.tracks()[t].id) + " {\n    label=" + quote(g.tracks()[t].name) +
           "; style=\"rounded\"; color=\"#bbbbbb\"; fontsize=12;\n" + members + "  }\n";
  }
  for (const Transition& t : g.transitions()) {
    if (!included(t.from) || !included(t.to)) continue;
    out += "  " + quote(g.role(t.from).id) + " -> " + quote(g.role(t.to).id) + " [" + edge_style(t.kind) +
           ", tooltip=" + quote(std::string(to_string(t.kind)) + ", " + format_number(t.rate) + "/y after " +
                               format_number(t.min_years) + " y") + "];\n";
  }
  out += "  subgraph cluster_legend {\n    label=\"moves\"; style=\"rounded\"; color=\"#bbbbbb\";\n"
         "    node [shape=plaintext, style=\"\", fontsize=9, label=\"\", width=0.1, height=0.1];\n"
         "    legend_a; legend_b; legend_c; legend_d; legend_e; legend_f; legend_g; legend_h;\n"
         "    legend_a -> legend_b [" + edge_style(MoveKind::kPromotion) + ", label=\"promotion\"];\n"
         "    legend_c -> legend_d [" + edge_style(MoveKind::kLateral) + ", label=\"lateral\"];\n"
         "    legend_e -> legend_f [" + edge_style(MoveKind::kSwitch) + ", label=\"switch\"];\n"
         "    legend_g -> legend_h [" + edge_style(MoveKind::kStepBack) + ", label=\"step-back\"];\n  }\n";
  return out + "}\n";
}

}  // namespace careerpath::cli
