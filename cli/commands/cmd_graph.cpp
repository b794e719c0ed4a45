// careerpath graph validate|stats|dot: check, summarise and draw a graph.
#include "careerpath/util/atomic_file.hpp"
#include "careerpath/io/graph_io.hpp"
#include "careerpath/model/graph_stats.hpp"
#include "command.hpp"
#include "text/graph_notes.hpp"
#include "pictures/graphviz.hpp"
#include "args/role_arg.hpp"
#include "careerpath/report/graph_json.hpp"
#include "careerpath/report/table.hpp"
#include "args/number_checks.hpp"

namespace careerpath::cli {
namespace {

std::string list_text(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

void validate(Context& ctx, const std::string& file) {
  if (!file.empty()) ctx.graph_name = file;
  const RoleGraph& g = ctx.graph();
  const GraphStats s = graph_stats(g);
  if (ctx.json) {
    write_stdout(graph_validation_json(ctx.graph_name, s).dump(2) + "\n");
    return;
  }
  std::string out = ctx.graph_name + ": valid: " + std::to_string(s.roles) + " roles on " +
                    std::to_string(s.roles_per_track.size()) + " tracks, " + std::to_string(s.skills) + " skills, " +
                    std::to_string(s.transitions) + " transitions\n";
  for (const std::string& n : graph_warnings(s)) out += "warning: " + n + "\n";
  write_stdout(out);
}

void stats(Context& ctx) {
  const RoleGraph& g = ctx.graph();
  const GraphStats s = graph_stats(g);
  if (ctx.json) {
    write_stdout(graph_stats_json(g, s).dump(2) + "\n");
    return;
  }
  std::string out = (g.title().empty() ? g.name() : g.title()) + "\n";
  out += std::to_string(s.roles) + " roles, " + std::to_string(s.skills) + " skills, " + std::to_string(s.transitions) +
         " transitions (" + fixed(s.mean_moves_out, 1) + " moves out per role)\n\nRoles per track:\n";
  TextTable tracks({{"track"}, {"name"}, {"roles", Align::kRight}});
  for (std::size_t t = 0; t < s.roles_per_track.size(); ++t) {
    tracks.add_row({s.roles_per_track[t].first, g.tracks()[t].name, std::to_string(s.roles_per_track[t].second)});
  }
  out += tracks.render("  ") + "\nTransitions per kind:\n";
  TextTable kinds({{"kind"}, {"count", Align::kRight}});
  for (const auto& [kind, n] : s.transitions_per_kind) kinds.add_row({kind, std::to_string(n)});
  out += kinds.render("  ") + "\nSkills per category:\n";
  TextTable categories({{"category"}, {"skills", Align::kRight}});
  for (const auto& [category, n] : s.skills_per_category) categories.add_row({category, std::to_string(n)});
  out += categories.render("  ") + "\nRoles per level:\n";
  TextTable levels({{"level", Align::kRight}, {"roles", Align::kRight}});
  for (const auto& [level, n] : s.roles_per_level) levels.add_row({std::to_string(level), std::to_string(n)});
  out += levels.render("  ");
  out += "\nConnectivity: " + std::to_string(s.strong_components) + " strongly connected components, the largest with " +
         std::to_string(s.largest_strong_component) + " roles\n";
  out += "Largest sum of yearly rates out of one role: " + fixed(s.max_rate_out, 2) + " (" + s.max_rate_out_role + ")\n";
  if (!s.no_moves_in.empty()) out += "Entry roles (no moves in): " + list_text(s.no_moves_in) + "\n";
  for (const std::string& n : graph_warnings(s)) out += "warning: " + n + "\n";
  write_stdout(out + attribution_footer(g));
}

struct DotArgs {
  std::string output{};  // DOT file; "-" for stdout
  std::string svg{};     // SVG file rendered with Graphviz
  std::string around{};  // centre role of a neighbourhood
  std::size_t depth = 1;
};

void dot(Context& ctx, const DotArgs& a) {
  const RoleGraph& g = ctx.graph();
  DotOptions options;
  if (!a.around.empty()) {
    const RoleChoice centre = resolve_role_arg(g, a.around);
    Neighbourhood around = neighbourhood(g, centre.role, a.depth);
    options.include_role = std::move(around.roles);
    options.include_move = std::move(around.moves);
    options.focus = centre.role;
    options.title = g.role(centre.role).title + " and the roles within " + std::to_string(a.depth) +
                    (a.depth == 1 ? " move" : " moves");
  }
  const std::string text = graph_to_dot(g, options);
  // DOT goes to stdout unless it is written to a file or only the SVG is wanted.
  const bool to_stdout = a.output == "-" || (a.output.empty() && a.svg.empty());
  // Both files, or neither: a missing Graphviz or a failed write leaves
  // nothing half done, and neither may replace the graph it was drawn from.
  OutputSet outputs;
  outputs.protect_input(ctx.graph_name);
  if (!a.output.empty() && a.output != "-") value_or_throw(outputs.add(a.output, text));
  if (!a.svg.empty()) value_or_throw(outputs.add(a.svg, render_svg(text)));
  value_or_throw(outputs.commit());
  if (ctx.json) {
    std::vector<std::string> written;
    if (!a.output.empty() && a.output != "-") written.push_back(a.output);
    if (!a.svg.empty()) written.push_back(a.svg);
    write_stdout(dot_json(g, to_stdout ? std::optional<std::string>(text) : std::nullopt, written).dump(2) + "\n");
    return;
  }
  if (to_stdout) write_stdout(text);
}

CAREERPATH_COMMAND(90, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("graph", "Check, summarise or draw the role graph");
  cmd->require_subcommand(1);
  auto file = std::make_shared<std::string>();
  auto* v = cmd->add_subcommand("validate", "Check a graph file (default: --graph) and report problems");
  v->add_option("file", *file, "Graph file to check (default: the --graph in use)");
  v->callback([&ctx, file] { validate(ctx, *file); });
  cmd->add_subcommand("stats", "Counts by track, kind, category and level; connectivity")->callback([&ctx] { stats(ctx); });
  auto args = std::make_shared<DotArgs>();
  auto* d = cmd->add_subcommand("dot", "Graphviz DOT of the graph: roles by track, moves by kind");
  d->add_option("-o,--output", args->output, "Write DOT to this file instead of stdout");
  d->add_option("--svg", args->svg, "Also render an SVG picture with Graphviz's dot (apt-get install graphviz)");
  auto* around = d->add_option("--around", args->around, "Only the neighbourhood of this role (id, title or alias)");
  d->add_option("--depth", args->depth, "With --around: moves away from the role, in either direction")
      ->capture_default_str()
      ->check(whole_number(1, 20))
      ->needs(around);
  d->callback([&ctx, args] { dot(ctx, *args); });
});

}  // namespace
}  // namespace careerpath::cli
