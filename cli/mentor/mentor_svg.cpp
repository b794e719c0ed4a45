#include "mentor/mentor_svg.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>

#include "pictures/graphviz.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::cli {
namespace {

using Eigen::Index;

// Picture text is drawn at about this many pixels per character (11-13 px
// sans-serif); layout uses it to size label columns and wrap titles.
constexpr double kCharWidth = 6.6;

std::string num(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  return buffer;
}

// Gap colour: light for a small gap, dark red from three levels up.
struct Rgb {
  double r, g, b;
};
std::string gap_colour(double levels) {
  constexpr std::array<Rgb, 4> stops = {Rgb{254, 240, 217}, Rgb{253, 187, 132}, Rgb{227, 74, 51}, Rgb{153, 0, 0}};
  const double t = std::clamp(levels, 0.0, 3.0);
  const auto i = std::min<std::size_t>(static_cast<std::size_t>(t), 2);
  const double f = t - static_cast<double>(i);
  const Rgb& a = stops[i];
  const Rgb& b = stops[i + 1];
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", static_cast<int>(std::lround(a.r + f * (b.r - a.r))),
                static_cast<int>(std::lround(a.g + f * (b.g - a.g))), static_cast<int>(std::lround(a.b + f * (b.b - a.b))));
  return buffer;
}

std::string text_element(double x, double y, const std::string& text, const std::string& attributes = "") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + (attributes.empty() ? "" : " " + attributes) + ">" +
         xml_escape(text) + "</text>";
}

// Splits a title into at most two lines of about `width` characters.
std::vector<std::string> title_lines(const std::string& title, std::size_t width) {
  if (title.size() <= width) return {title};
  std::size_t cut = title.rfind(' ', width);
  if (cut == std::string::npos || cut == 0) cut = std::min(width, title.size());
  std::string second = title.substr(cut + (title[cut] == ' ' ? 1 : 0));
  if (second.size() > width) second = second.substr(0, width - 1) + "\u2026";
  return {title.substr(0, cut), second};
}

struct Box {
  double x = 0.0, y = 0.0, w = 0.0, h = 0.0;
  [[nodiscard]] double cx() const { return x + w / 2.0; }
  [[nodiscard]] double cy() const { return y + h / 2.0; }
};

// Where the segment from the centre of `b` toward (tx, ty) leaves the box.
std::pair<double, double> border_point(const Box& b, double tx, double ty, double margin) {
  const double dx = tx - b.cx();
  const double dy = ty - b.cy();
  const double sx = dx == 0.0 ? 1e9 : (b.w / 2.0 + margin) / std::abs(dx);
  const double sy = dy == 0.0 ? 1e9 : (b.h / 2.0 + margin) / std::abs(dy);
  const double s = std::min(sx, sy);
  return {b.cx() + s * dx, b.cy() + s * dy};
}

struct EdgeStyle {
  std::string colour{};
  double width = 1.0;
  std::string dash{};
  std::string marker{};
};

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string heatmap_svg(const MentorView& view) {
  // Skills down the side (most lacked first) and members across the top, so
  // that skill names read horizontally however many skills there are.
  const RoleGraph& g = view.graph;
  const auto& skills = view.report.heatmap_skills;
  const auto& members = view.team.members;
  constexpr double kCellW = 46.0, kCellH = 26.0, kPad = 12.0, kTotalW = 56.0;
  std::size_t longest_name = 6;
  for (const Profile& p : members) longest_name = std::max(longest_name, display_width(member_name(p)));
  std::size_t longest_skill = 8;
  for (std::size_t s : skills) longest_skill = std::max(longest_skill, display_width(g.skills()[s].name));
  const double label_w = static_cast<double>(longest_skill) * kCharWidth + 16.0;
  const double header_h = static_cast<double>(longest_name) * kCharWidth * 0.71 + 22.0;  // names at -45 degrees
  const double x0 = kPad + label_w;
  const double grid_w = kCellW * static_cast<double>(members.size());
  const double width = x0 + grid_w + kTotalW + std::max(kPad, header_h * 0.7 - kTotalW);  // room for the last name's slant
  const double legend_y = header_h + kCellH * static_cast<double>(skills.size()) + 18.0;
  const double height = legend_y + 34.0;

  std::string out = "<svg class=\"heatmap\" role=\"img\" width=\"" + num(width) + "\" height=\"" + num(height) +
                    "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" font-family=\"sans-serif\" font-size=\"12\">\n";
  out += "<title>Skill gaps: levels each member is short of their goal</title>\n";
  for (std::size_t m = 0; m < members.size(); ++m) {
    const double x = x0 + kCellW * (static_cast<double>(m) + 0.5);
    out += text_element(x - 4.0, header_h - 8.0, member_name(members[m]),
                        "transform=\"rotate(-45 " + num(x - 4.0) + " " + num(header_h - 8.0) + ")\" fill=\"#222\"") + "\n";
  }
  out += text_element(x0 + grid_w + kTotalW / 2.0, header_h - 8.0, "total", "text-anchor=\"middle\" fill=\"#555\"") + "\n";
  for (std::size_t row = 0; row < skills.size(); ++row) {
    const std::size_t s = skills[row];
    const double y = header_h + kCellH * static_cast<double>(row);
    out += text_element(x0 - 10.0, y + kCellH / 2.0 + 4.0, g.skills()[s].name, "text-anchor=\"end\" fill=\"#222\"") + "\n";
    for (std::size_t m = 0; m < members.size(); ++m) {
      const double gap = view.report.gaps(static_cast<Index>(m), static_cast<Index>(s));
      const double x = x0 + kCellW * static_cast<double>(m);
      const std::string have = level_text(g.skills().scale().denormalise(members[m].skills(static_cast<Index>(s))));
      const std::string tip = member_name(members[m]) + ", " + g.skills()[s].name + ": " +
                              (gap > 0.0 ? level_text(gap) + " levels short (has " + have + ")" : "no gap (has " + have + ")");
      out += "<g><title>" + xml_escape(tip) + "</title><rect x=\"" + num(x + 1) + "\" y=\"" + num(y + 1) + "\" width=\"" +
             num(kCellW - 2) + "\" height=\"" + num(kCellH - 2) + "\" rx=\"3\" fill=\"" +
             (gap > 0.0 ? gap_colour(gap) : "#f1f3f6") + "\"/>";
      if (gap > 0.0) {
        out += text_element(x + kCellW / 2.0, y + kCellH / 2.0 + 4.0, level_text(gap),
                            std::string("text-anchor=\"middle\" fill=\"") + (gap >= 1.75 ? "#fff" : "#222") + "\"");
      }
      out += "</g>\n";
    }
    out += text_element(x0 + grid_w + kTotalW / 2.0, y + kCellH / 2.0 + 4.0,
                        level_text(view.report.gaps.col(static_cast<Index>(s)).sum()),
                        "text-anchor=\"middle\" fill=\"#555\" font-weight=\"bold\"") + "\n";
  }
  // Legend: the colour scale in levels short.
  out += text_element(kPad, legend_y + 14.0, "levels short:", "fill=\"#555\"");
  const std::array<std::pair<double, const char*>, 5> legend = {
      {{0.5, "0.5"}, {1.0, "1"}, {1.5, "1.5"}, {2.0, "2"}, {3.0, "3+"}}};
  double lx = kPad + 88.0;
  for (const auto& [level, label] : legend) {
    out += "<rect x=\"" + num(lx) + "\" y=\"" + num(legend_y) + "\" width=\"34\" height=\"20\" rx=\"3\" fill=\"" +
           gap_colour(level) + "\"/>" +
           text_element(lx + 17.0, legend_y + 14.0, label,
                        std::string("text-anchor=\"middle\" fill=\"") + (level >= 1.75 ? "#fff" : "#222") + "\"") + "\n";
    lx += 38.0;
  }
  return out + "</svg>\n";
}

std::string route_map_svg(const MentorView& view, std::size_t member) {
  const RoleGraph& g = view.graph;
  const Profile& person = view.team.members[member];
  const MemberPlan& plan = view.report.members[member];

  // Roles in order of first appearance: where the member is, their routes,
  // then their other next steps.
  std::vector<std::size_t> roles{person.current_role};
  auto add_role = [&](std::size_t r) {
    if (std::find(roles.begin(), roles.end(), r) == roles.end()) roles.push_back(r);
  };
  for (const CareerPath& route : plan.routes) {
    for (const PathStep& s : route.steps) add_role(s.to);
  }
  for (const Recommendation& r : plan.next_steps) add_role(r.role);

  // Rows by track (in order of appearance), columns by level; roles sharing a
  // track and level stack inside their row.
  std::vector<std::size_t> tracks;
  std::vector<int> levels;
  std::map<std::pair<std::size_t, int>, std::size_t> slot_count;
  std::vector<std::size_t> slot_index(roles.size());
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const Role& role = g.role(roles[i]);
    if (std::find(tracks.begin(), tracks.end(), role.track) == tracks.end()) tracks.push_back(role.track);
    if (std::find(levels.begin(), levels.end(), role.level) == levels.end()) levels.push_back(role.level);
    slot_index[i] = slot_count[{role.track, role.level}]++;
  }
  std::sort(levels.begin(), levels.end());
  std::vector<std::size_t> row_slots(tracks.size(), 1);
  for (const auto& [key, count] : slot_count) {
    const auto t = static_cast<std::size_t>(std::find(tracks.begin(), tracks.end(), key.first) - tracks.begin());
    row_slots[t] = std::max(row_slots[t], count);
  }

  constexpr double kNodeW = 168.0, kNodeH = 46.0, kColGap = 70.0, kRowGap = 26.0, kSlotGap = 12.0;
  constexpr double kTop = 30.0, kPad = 12.0;
  std::size_t longest_track = 12;
  for (std::size_t t : tracks) longest_track = std::max(longest_track, display_width(g.tracks()[t].name));
  const double kTrackLabelW = static_cast<double>(longest_track) * kCharWidth * 0.95 + 24.0;
  std::vector<double> row_y(tracks.size());
  double y = kTop;
  for (std::size_t t = 0; t < tracks.size(); ++t) {
    row_y[t] = y;
    y += static_cast<double>(row_slots[t]) * (kNodeH + kSlotGap) - kSlotGap + kRowGap;
  }
  const double legend_y = y + 4.0;
  const double height = legend_y + 30.0;
  const double legend_w = 740.0;  // the widest legend: best route, two alternatives, other next steps
  const double width = kPad + kTrackLabelW +
                       std::max(static_cast<double>(levels.size()) * (kNodeW + kColGap) - kColGap, legend_w) + kPad;

  std::map<std::size_t, Box> box;
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const Role& role = g.role(roles[i]);
    const auto t = static_cast<std::size_t>(std::find(tracks.begin(), tracks.end(), role.track) - tracks.begin());
    const auto c = static_cast<std::size_t>(std::find(levels.begin(), levels.end(), role.level) - levels.begin());
    box[roles[i]] = {.x = kPad + kTrackLabelW + static_cast<double>(c) * (kNodeW + kColGap),
                     .y = row_y[t] + static_cast<double>(slot_index[i]) * (kNodeH + kSlotGap), .w = kNodeW, .h = kNodeH};
  }

  const std::string id = "r" + std::to_string(member);
  const std::array<EdgeStyle, 4> styles = {EdgeStyle{"#08519c", 3.5, "", id + "-best"},
                                           EdgeStyle{"#6a51a3", 2.0, "7 4", id + "-alt1"},
                                           EdgeStyle{"#41ab5d", 2.0, "2 4", id + "-alt2"},
                                           EdgeStyle{"#9a9a9a", 1.3, "", id + "-next"}};
  std::string out = "<svg class=\"routes\" role=\"img\" width=\"" + num(width) +
                    "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
                    "\" font-family=\"sans-serif\" font-size=\"11\">\n<title>" +
                    xml_escape("Routes for " + member_name(person)) + "</title>\n<defs>";
  for (const EdgeStyle& s : styles) {
    const std::string size = s.width >= 3.0 ? "14" : "10";  // arrowheads in pixels, whatever the line width
    out += "<marker id=\"" + s.marker + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"" + size +
           "\" markerHeight=\"" + size + "\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" +
           s.colour + "\"/></marker>";
  }
  out += "</defs>\n";
  // Column headers (levels) and row labels (tracks).
  for (std::size_t c = 0; c < levels.size(); ++c) {
    out += text_element(kPad + kTrackLabelW + static_cast<double>(c) * (kNodeW + kColGap) + kNodeW / 2.0, kTop - 12.0,
                        "level " + std::to_string(levels[c]), "text-anchor=\"middle\" fill=\"#777\"") + "\n";
  }
  for (std::size_t t = 0; t < tracks.size(); ++t) {
    const double band_h = static_cast<double>(row_slots[t]) * (kNodeH + kSlotGap) - kSlotGap;
    out += "<rect x=\"" + num(kPad) + "\" y=\"" + num(row_y[t] - 6.0) + "\" width=\"" + num(width - 2 * kPad) +
           "\" height=\"" + num(band_h + 12.0) + "\" rx=\"6\" fill=\"" + (t % 2 == 0 ? "#f7f8fa" : "#ffffff") + "\"/>";
    out += text_element(kPad + 8.0, row_y[t] + band_h / 2.0 + 4.0, g.tracks()[tracks[t]].name, "fill=\"#555\"") + "\n";
  }

  // Edges: other next steps first (underneath), then alternatives, then the best route on top.
  auto edge = [&](std::size_t from, std::size_t to, const EdgeStyle& s, double bend, const std::string& label,
                  const std::string& tip) {
    const Box& a = box[from];
    const Box& b = box[to];
    const double mx = (a.cx() + b.cx()) / 2.0, my = (a.cy() + b.cy()) / 2.0;
    const double dx = b.cx() - a.cx(), dy = b.cy() - a.cy();
    const double len = std::max(1.0, std::hypot(dx, dy));
    // A move within one column that passes a role stacked between its ends
    // swings out into the gap beside the column instead of running behind it.
    // A move whose curve would run behind another role bends out of its way:
    // the first bend of increasing size, alternating sides, that passes clear.
    auto passes_clear = [&](double amount) {
      const double cx = mx - dy / len * amount, cy = my + dx / len * amount;
      for (int i = 1; i < 24; ++i) {
        const double t = i / 24.0;
        const double px = (1 - t) * (1 - t) * a.cx() + 2 * (1 - t) * t * cx + t * t * b.cx();
        const double py = (1 - t) * (1 - t) * a.cy() + 2 * (1 - t) * t * cy + t * t * b.cy();
        for (const auto& [role, c] : box) {
          if (role == from || role == to) continue;
          if (px > c.x - 4 && px < c.x + c.w + 4 && py > c.y - 4 && py < c.y + c.h + 4) return false;
        }
      }
      return true;
    };
    for (const double extra : {0.0, 50.0, -50.0, 100.0, -100.0, 190.0, -190.0}) {
      if (passes_clear(bend + extra)) {
        bend += extra;
        break;
      }
    }
    const double qx = mx - dy / len * bend, qy = my + dx / len * bend;  // control point, bent to the left
    const auto [x1, y1] = border_point(a, qx, qy, 2.0);
    const auto [x2, y2] = border_point(b, qx, qy, 4.0);
    std::string e = "<g><title>" + xml_escape(tip) + "</title><path d=\"M" + num(x1) + "," + num(y1) + " Q" + num(qx) +
                    "," + num(qy) + " " + num(x2) + "," + num(y2) + "\" fill=\"none\" stroke=\"" + s.colour +
                    "\" stroke-width=\"" + num(s.width) + "\"" + (s.dash.empty() ? "" : " stroke-dasharray=\"" + s.dash + "\"") +
                    " marker-end=\"url(#" + s.marker + ")\"/>";
    if (!label.empty()) {
      const double lx = 0.25 * x1 + 0.5 * qx + 0.25 * x2, ly = 0.25 * y1 + 0.5 * qy + 0.25 * y2;  // the curve's midpoint
      e += text_element(lx, ly - 5.0, label,
                        "text-anchor=\"middle\" font-weight=\"bold\" fill=\"" + s.colour +
                            "\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"");
    }
    return e + "</g>\n";
  };
  auto on_route = [&](std::size_t to) {
    for (const CareerPath& route : plan.routes) {
      if (!route.steps.empty() && route.steps.front().to == to) return true;
    }
    return false;
  };
  for (const Recommendation& r : plan.next_steps) {
    if (on_route(r.role)) continue;
    out += edge(person.current_role, r.role, styles[3], 0.0, "",
                "next step: " + g.role(r.role).title + " (score " + fixed(r.score, 2) + ")");
  }
  for (std::size_t i = plan.routes.size(); i-- > 0;) {
    const EdgeStyle& s = styles[std::min<std::size_t>(i, 2)];
    const std::string name = i == 0 ? "best route" : "alternative " + std::to_string(i);
    for (const PathStep& step : plan.routes[i].steps) {
      out += edge(step.from, step.to, s, i == 0 ? 0.0 : 16.0 * static_cast<double>(i), i == 0 ? years(step.years.median) : "",
                  name + ": " + g.role(step.from).title + " to " + g.role(step.to).title + ", " + std::string(to_string(step.kind)) +
                      ", " + years(step.years.median) + " median if pursued");
    }
  }

  // Nodes on top of the edges.
  for (std::size_t r : roles) {
    const Box& b = box[r];
    const Role& role = g.role(r);
    const bool current = r == person.current_role;
    const bool goal = plan.goal && *plan.goal == r;
    const std::string stroke = current ? "#222" : goal ? "#b8860b" : "#8a8f98";
    const std::string stroke_width = current || goal ? "2.5" : "1";
    out += "<g><title>" + xml_escape(role.title + " (" + role.id + "), " + g.tracks()[role.track].name + ", level " +
                                     std::to_string(role.level)) +
           "</title><rect x=\"" + num(b.x) + "\" y=\"" + num(b.y) + "\" width=\"" + num(b.w) + "\" height=\"" + num(b.h) +
           "\" rx=\"8\" fill=\"" + track_colour(role.track) + "\" stroke=\"" + stroke + "\" stroke-width=\"" + stroke_width + "\"/>";
    const auto lines = title_lines(role.title, static_cast<std::size_t>((kNodeW - 14.0) / kCharWidth));
    const double first = b.cy() + 4.0 - 7.0 * static_cast<double>(lines.size() - 1);
    for (std::size_t l = 0; l < lines.size(); ++l) {
      out += text_element(b.cx(), first + 14.0 * static_cast<double>(l), lines[l], "text-anchor=\"middle\" fill=\"#111\"");
    }
    if (current || goal) {
      const std::string tag = current ? "now" : "goal";
      out += "<rect x=\"" + num(b.x + b.w - 36.0) + "\" y=\"" + num(b.y - 9.0) + "\" width=\"34\" height=\"16\" rx=\"8\" fill=\"" +
             stroke + "\"/>" + text_element(b.x + b.w - 19.0, b.y + 3.0, tag, "text-anchor=\"middle\" fill=\"#fff\" font-size=\"10\"");
    }
    out += "</g>\n";
  }

  // Legend.
  double lx = kPad + kTrackLabelW;
  const std::array<std::pair<std::size_t, const char*>, 4> legend = {
      {{0, "best route (median years per move, if pursued)"}, {1, "alternative 1"}, {2, "alternative 2"}, {3, "other next step"}}};
  for (const auto& [style, label] : legend) {
    if (style == 2 && plan.routes.size() < 3) continue;
    if (style == 1 && plan.routes.size() < 2) continue;
    const EdgeStyle& s = styles[style];
    out += "<line x1=\"" + num(lx) + "\" y1=\"" + num(legend_y + 10.0) + "\" x2=\"" + num(lx + 34.0) + "\" y2=\"" +
           num(legend_y + 10.0) + "\" stroke=\"" + s.colour + "\" stroke-width=\"" + num(s.width) + "\"" +
           (s.dash.empty() ? "" : " stroke-dasharray=\"" + s.dash + "\"") + "/>" +
           text_element(lx + 40.0, legend_y + 14.0, label, "fill=\"#555\"") + "\n";
    lx += 48.0 + static_cast<double>(std::string_view(label).size()) * kCharWidth;
  }
  return out + "</svg>\n";
}

}  // namespace careerpath::cli
