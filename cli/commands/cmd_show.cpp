// careerpath show ROLE: one role's requirements and the moves in and out.
#include "careerpath/util/number_format.hpp"
#include "command.hpp"
#include "text/graph_notes.hpp"
#include "careerpath/report/report_json.hpp"
#include "args/role_arg.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::cli {
namespace {

std::string moves_table(const RoleGraph& g, std::span<const std::size_t> moves, bool outgoing) {
  TextTable table({{outgoing ? "to" : "from"}, {"title"}, {"kind"}, {"rate/y", Align::kRight}, {"min years", Align::kRight}});
  for (std::size_t t : moves) {
    const Transition& tr = g.transition(t);
    const Role& other = g.role(outgoing ? tr.to : tr.from);
    table.add_row({other.id, other.title, std::string(to_string(tr.kind)), fixed(tr.rate, 2), format_number(tr.min_years)});
  }
  return table.empty() ? "  (none)\n" : table.render("  ");
}

void run(Context& ctx, const std::string& name) {
  const RoleGraph& g = ctx.graph();
  const RoleChoice choice = resolve_role_arg(g, name);
  const std::size_t r = choice.role;
  const Role& role = g.role(r);
  const Scale& scale = g.skills().scale();

  if (ctx.json) {
    write_stdout(role_to_json(g, r, choice.other_candidates).dump(2) + "\n");
    return;
  }

  std::string out = role.title + " (" + role.id + ")\n";
  out += "  track " + g.tracks()[role.track].name + ", level " + std::to_string(role.level);
  if (!role.code.empty()) out += ", code " + role.code;
  out += "\n";
  if (!choice.note.empty()) out += "  note: " + choice.note + "\n";
  if (!role.description.empty()) out += "  " + role.description + "\n";
  if (!role.aliases.empty()) {
    out += "  also called: ";
    const std::size_t shown = std::min<std::size_t>(role.aliases.size(), 8);
    for (std::size_t i = 0; i < shown; ++i) out += (i ? ", " : "") + role.aliases[i];
    if (role.aliases.size() > shown) out += " (+" + std::to_string(role.aliases.size() - shown) + " more)";
    out += "\n";
  }
  if (!role.source.empty()) out += "  source: " + role.source + "\n";
  out += "\nRequirements (levels on " + format_number(scale.min) + "-" + format_number(scale.max) + "):\n";
  TextTable table({{"skill"}, {"category"}, {"level", Align::kRight}, {"importance", Align::kRight}});
  for (const RoleRequirement& q : requirements_by_importance(g, r)) {
    table.add_row({g.skills()[q.skill].name, g.skills()[q.skill].category, format_number(q.level), fixed(q.importance, 2)});
  }
  out += table.render("  ");
  out += "\nMoves out:\n" + moves_table(g, g.moves_from(r), true);
  out += "\nMoves in:\n" + moves_table(g, g.moves_into(r), false);
  write_stdout(out + attribution_footer(g));
}

CAREERPATH_COMMAND(20, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("show", "One role: requirements, moves in and out");
  auto role = std::make_shared<std::string>();
  cmd->add_option("role", *role, "Role id, title or alias")->required();
  cmd->callback([&ctx, role] { run(ctx, *role); });
});

}  // namespace
}  // namespace careerpath::cli
