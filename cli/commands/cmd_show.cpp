// careerpath show ROLE: one role's requirements and the moves in and out.
#include "careerpath/io/json_reader.hpp"
#include "command.hpp"
#include "text/graph_notes.hpp"
#include "careerpath/report/report_json.hpp"
#include "args/role_arg.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::cli {
namespace {

nlohmann::json move_json(const RoleGraph& g, const Transition& t, std::size_t other) {
  nlohmann::json j = {{"role", role_ref_json(g, other)}, {"kind", to_string(t.kind)}, {"rate", t.rate},
                      {"min_years", t.min_years}};
  if (!t.source.empty()) j["source"] = t.source;
  if (!t.rationale.empty()) j["rationale"] = t.rationale;
  return j;
}

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

  // Requirements, most important first, then by level and id.
  std::vector<RoleRequirement> reqs = g.requirement_list(r);
  std::sort(reqs.begin(), reqs.end(), [&](const RoleRequirement& a, const RoleRequirement& b) {
    if (a.importance != b.importance) return a.importance > b.importance;
    if (a.level != b.level) return a.level > b.level;
    return g.skills()[a.skill].id < g.skills()[b.skill].id;
  });

  if (ctx.json) {
    nlohmann::json j = role_ref_json(g, r);
    j["description"] = role.description;
    j["aliases"] = role.aliases;
    j["source"] = role.source;
    nlohmann::json requirements = nlohmann::json::array();
    for (const RoleRequirement& q : reqs) {
      requirements.push_back({{"skill", g.skills()[q.skill].id}, {"name", g.skills()[q.skill].name},
                              {"category", g.skills()[q.skill].category}, {"level", q.level}, {"importance", q.importance}});
    }
    j["requirements"] = std::move(requirements);
    nlohmann::json out_moves = nlohmann::json::array();
    for (std::size_t t : g.moves_from(r)) out_moves.push_back(move_json(g, g.transition(t), g.transition(t).to));
    nlohmann::json in_moves = nlohmann::json::array();
    for (std::size_t t : g.moves_into(r)) in_moves.push_back(move_json(g, g.transition(t), g.transition(t).from));
    j["moves_out"] = std::move(out_moves);
    j["moves_in"] = std::move(in_moves);
    if (!choice.other_candidates.empty()) {
      nlohmann::json others = nlohmann::json::array();
      for (std::size_t o : choice.other_candidates) others.push_back(role_ref_json(g, o));
      j["other_candidates"] = std::move(others);
    }
    if (!g.attribution().empty()) j["attribution"] = g.attribution();
    write_stdout(j.dump(2) + "\n");
    return;
  }

  std::string out = role.title + " (" + role.id + ")\n";
  out += "  track " + g.tracks()[role.track].name + ", level " + std::to_string(role.level);
  if (!role.code.empty()) out += ", code " + role.code;
  out += "\n";
  if (const std::string note = ambiguity_note(g, choice); !note.empty()) out += "  note: " + note + "\n";
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
  for (const RoleRequirement& q : reqs) {
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
