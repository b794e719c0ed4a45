// careerpath mentor TEAM: a plan for every member of a team (next steps, the
// best route to their goal, the skills to work on next) and the team's
// shared gaps, single points of failure and suggested pairings, as a table,
// JSON, Markdown or a self-contained HTML report.
#include <cstdio>

#include "careerpath/util/atomic_file.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/advise/mentor.hpp"
#include "careerpath/io/team_io.hpp"
#include "command.hpp"
#include "mentor/mentor_render.hpp"
#include "args/number_checks.hpp"

namespace careerpath::cli {
namespace {

struct Options {
  std::string team{};
  std::string format = "table";
  std::string output{};
  std::size_t top = 3;
  std::size_t routes = 3;
  std::size_t focus = 3;
  std::optional<double> strong{};  // "holds well" level on the graph's scale
};

MentorOptions mentor_options(const RoleGraph& g, const Options& o) {
  MentorOptions options{.next_steps = o.top, .routes = o.routes, .focus_skills = o.focus};
  if (o.strong) {
    const Scale& scale = g.skills().scale();
    if (!(*o.strong > scale.min && *o.strong <= scale.max)) {  // also rejects NaN
      throw UsageError("--strong " + format_number(*o.strong) + " must lie above " + format_number(scale.min) +
                       " and at most " + format_number(scale.max) + " (the graph's skill scale)");
    }
    options.strong_fraction = scale.normalise(*o.strong);
  }
  return options;
}

std::string render(const MentorView& view, const std::string& format, bool json) {
  if (json) return mentor_to_json(view).dump(2) + "\n";
  if (format == "md") return render_mentor_markdown(view);
  if (format == "html") return render_mentor_html(view);
  return render_mentor_table(view);
}

void run(Context& ctx, const Options& o) {
  if (ctx.json && o.format != "table") throw UsageError("--json and --format " + o.format + " cannot be combined");
  const RoleGraph& g = ctx.graph();
  const Team team = value_or_throw(load_team(o.team, g));
  write_notes(team.notes);
  const MentorOptions options = mentor_options(g, o);
  const TeamReport report = mentor_team(g, team, options);
  const Recommender recommender(g);
  const MentorView view{.graph = g, .team = team, .report = report, .options = options, .recommender = recommender};
  const std::string text = render(view, o.format, ctx.json);
  if (o.output.empty()) {
    write_stdout(text);
    return;
  }
  OutputSet outputs;
  outputs.protect_input(o.team);
  outputs.protect_input(ctx.graph_name);
  value_or_throw(outputs.add(o.output, text));
  value_or_throw(outputs.commit());
  std::fprintf(stderr, "careerpath: wrote %s\n", o.output.c_str());
}

CAREERPATH_COMMAND(70, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("mentor", "Plans for a team's members and the team's shared gaps");
  auto o = std::make_shared<Options>();
  cmd->add_option("team", o->team, "Team file (careerpath.team/1)")->required();
  cmd->add_option("--format,-f", o->format, "table, md (Markdown) or html (self-contained report with pictures)")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "md", "html"}));
  cmd->add_option("--output,-o", o->output, "Write the report to this file (whole or not at all) instead of stdout");
  cmd->add_option("--top", o->top, "Next steps per member")->capture_default_str()->check(whole_number(1, 20));
  cmd->add_option("-k", o->routes, "Routes per member (the best and k-1 alternatives)")
      ->capture_default_str()
      ->check(whole_number(1, 10));
  cmd->add_option("--focus", o->focus, "Skills to work on next per member")->capture_default_str()->check(whole_number(1, 10));
  cmd->add_option("--strong", o->strong, "Level at which a member holds a skill well (default: 80% of the scale, 4 on 0-5)")
      ->check(finite_range(-1e6, 1e6));
  cmd->callback([&ctx, o] { run(ctx, *o); });
});

}  // namespace
}  // namespace careerpath::cli
