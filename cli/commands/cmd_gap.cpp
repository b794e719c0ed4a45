// careerpath gap PROFILE ROLE: skill-by-skill gap to one role.
#include <cmath>
#include <utility>

#include "careerpath/advise/gap.hpp"
#include "careerpath/util/number_format.hpp"
#include "command.hpp"
#include "text/graph_notes.hpp"
#include "args/profile_arg.hpp"
#include "careerpath/report/explain.hpp"
#include "careerpath/report/report_json.hpp"
#include "args/role_arg.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::cli {
namespace {

void run(Context& ctx, const ProfileArgs& profile_args, const std::string& role_name) {
  const Profile person = load_profile_arg(ctx, profile_args);  // first: a profile may name its graph
  const RoleGraph& g = ctx.graph();
  const RoleChoice choice = resolve_role_arg(g, role_name);
  const GapReport report = skill_gap(g, person.skills, choice.role);
  write_warnings(assumption_warnings(g, person, {choice.role}));
  if (ctx.json) {
    write_stdout(gap_to_json(g, person, report).dump(2) + "\n");
    return;
  }
  const Role& role = g.role(choice.role);
  std::string out = person_line(g, person) + "\nGap to " + role.title + " (" + role.id + ")\n";
  if (!choice.note.empty()) out += "note: " + choice.note + "\n";
  if (role.source.starts_with("imputed")) out += "note: the levels needed are imputed from similar occupations (O*NET has no ratings for it)\n";
  out += "\n";
  TextTable table({{"skill"}, {"have", Align::kRight}, {"need", Align::kRight}, {"importance", Align::kRight},
                   {"short", Align::kRight}, {"weighted", Align::kRight}, {"level from"}, {""}});
  for (const SkillGap& s : report.skills) {
    table.add_row({g.skills()[s.skill].name, format_number(s.have), format_number(s.need), fixed(s.importance, 2),
                   s.shortfall > 0 ? format_number(s.shortfall) : "-", s.weighted > 0 ? fixed(s.weighted, 2) : "-",
                   std::string(to_string(source_of(person, s.skill))),
                   s.shortfall > 0 ? std::string(static_cast<std::size_t>(std::ceil(s.weighted * 2)), '#') : "met"});
  }
  out += table.render();
  out += "\nReadiness " + percent(report.readiness) + ": " + std::to_string(report.skills_met) + " of " +
         std::to_string(report.skills.size()) + " requirements met, weighted shortfall " +
         fixed(report.weighted_shortfall, 2) + " levels\n";
  write_stdout(out + attribution_footer(g));
}

CAREERPATH_COMMAND(40, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("gap", "Skill-by-skill gap between a person and one role");
  auto profile = std::make_shared<ProfileArgs>();
  auto role = std::make_shared<std::string>();
  add_profile_options(*cmd, *profile);
  cmd->add_option("role", *role, "Role to compare with (id, title or alias)");
  cmd->callback([&ctx, profile, role] {
    // gap PROFILE ROLE, or gap --role R --years Y ROLE: the one positional is the role.
    if (role->empty() && !profile->role.empty()) std::swap(*role, profile->path);
    if (role->empty()) throw UsageError("gap needs a role to compare with: gap PROFILE ROLE or gap --role R ROLE");
    run(ctx, *profile, *role);
  });
});

}  // namespace
}  // namespace careerpath::cli
