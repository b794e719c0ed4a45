// careerpath roles [--track T]: list the graph's roles.
#include "careerpath/util/text_match.hpp"
#include "careerpath/util/unknown_name.hpp"
#include "command.hpp"
#include "text/graph_notes.hpp"
#include "careerpath/report/report_json.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::cli {
namespace {

std::optional<std::size_t> resolve_track(const RoleGraph& graph, const std::string& name) {
  if (name.empty()) return std::nullopt;
  if (auto t = graph.find_track(name)) return t;
  std::vector<std::string> ids;
  for (const Track& t : graph.tracks()) {
    if (fold_case(t.name) == fold_case(name)) return graph.find_track(t.id);
    ids.push_back(t.id);
  }
  throw UsageError(unknown_name_message("track", name, closest_matches(name, ids), " (see careerpath graph stats)"));
}

void run(Context& ctx, const std::string& track_name) {
  const RoleGraph& g = ctx.graph();
  const std::optional<std::size_t> track = resolve_track(g, track_name);
  if (ctx.json) {
    write_stdout(roles_to_json(g, track).dump(2) + "\n");
    return;
  }
  const std::vector<std::size_t> roles = roles_in_listing_order(g, track);
  TextTable table({{"id"}, {"title"}, {"track"}, {"level", Align::kRight}, {"out", Align::kRight}, {"in", Align::kRight}});
  for (std::size_t r : roles) {
    const Role& role = g.role(r);
    table.add_row({role.id, role.title, g.tracks()[role.track].id, std::to_string(role.level),
                   std::to_string(g.moves_from(r).size()), std::to_string(g.moves_into(r).size())});
  }
  write_stdout(table.render() + "\n" + std::to_string(roles.size()) + " roles" +
               (track ? " on track " + g.tracks()[*track].id : " on " + std::to_string(g.tracks().size()) + " tracks") +
               "\n" + attribution_footer(g));
}

CAREERPATH_COMMAND(10, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("roles", "List roles (id, title, track, level, moves out and in)");
  auto track = std::make_shared<std::string>();
  cmd->add_option("--track", *track, "Only roles on this track (id or name)");
  cmd->callback([&ctx, track] { run(ctx, *track); });
});

}  // namespace
}  // namespace careerpath::cli
