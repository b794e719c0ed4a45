// careerpath path PROFILE --to ROLE [-k N]: the best route and alternatives.
#include "careerpath/util/atomic_file.hpp"
#include "careerpath/advise/paths.hpp"
#include "careerpath/advise/skill_payoff.hpp"
#include "command.hpp"
#include "careerpath/report/explain.hpp"
#include "text/graph_notes.hpp"
#include "pictures/graphviz.hpp"
#include "args/profile_arg.hpp"
#include "careerpath/report/report_json.hpp"
#include "args/role_arg.hpp"
#include "careerpath/report/table.hpp"
#include "careerpath/report/time_words.hpp"
#include "args/number_checks.hpp"
#include "careerpath/util/limits.hpp"

#include <algorithm>
#include <cmath>

namespace careerpath::cli {
namespace {

struct Options {
  ProfileArgs profile{};
  std::string target{};
  std::size_t k = 3;
  std::size_t max_steps = 0;  // 0: no limit
  std::vector<std::string> avoid{};
  bool allow_step_back = false;
  bool dot = false;   // print the routes on the graph as Graphviz DOT instead of the table
  std::string svg{};  // render that picture to this SVG file
};

// The routes drawn on the part of the graph they pass through.
std::string routes_dot(const RoleGraph& g, const Profile& person, std::size_t target, const std::vector<CareerPath>& paths) {
  const std::string who = person.name.empty() ? person.id : person.name;
  return graph_to_dot(g, {.include_role = roles_on_routes(g, paths),
                          .title = "Routes for " + who + " to " + g.role(target).title,
                          .focus = person.current_role,
                          .goal = target,
                          .routes = paths});
}

std::string render_route(const RoleGraph& g, const CareerPath& path, std::size_t rank) {
  std::string out = "Route " + std::to_string(rank) + ": " + std::to_string(path.steps.size()) +
                    (path.steps.size() == 1 ? " move, " : " moves, ") + route_years_words(path) + "\n";
  TextTable table({{"#", Align::kRight}, {"move to"}, {"kind"}, {"rate/y", Align::kRight}, {"typical", Align::kRight}, {"wait", Align::kRight},
                   {"learn", Align::kRight}, {"land", Align::kRight}, {"years (p10-p90)", Align::kRight}, {"skills to build"}});
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const PathStep& s = path.steps[i];
    const std::string gaps = describe_gaps(g, s.skills_to_build);
    table.add_row({std::to_string(i + 1), g.role(s.to).title + " (" + g.role(s.to).id + ")", std::string(to_string(s.kind)),
                   fixed(s.rate, 2), years(s.typical_years), years(s.wait_years), years(s.learn_years), years(s.land_years), years_range(s.years),
                   gaps.empty() ? "-" : gaps});
  }
  return out + table.render("  ");
}

// What each skill buys, most time saved first: "System design 1.5 -> 3: fit
// 85% -> 93%, route 1.6 y -> 0.9 y (-8 months)".
std::string level_text(double level) {
  const double rounded = std::round(level * 10.0) / 10.0;
  return rounded == std::round(rounded) ? fixed(rounded, 0) : fixed(rounded, 1);
}

std::string render_payoffs(const RoleGraph& g, const std::vector<SkillPayoff>& payoffs) {
  if (payoffs.empty()) return "";
  constexpr std::size_t kShown = 8;
  TextTable table({{"skill"}, {"now", Align::kRight}, {"to", Align::kRight}, {"fit to target", Align::kRight},
                   {"best route (median)", Align::kRight}, {"saves", Align::kRight}});
  for (std::size_t i = 0; i < std::min(kShown, payoffs.size()); ++i) {
    const SkillPayoff& p = payoffs[i];
    const double months = std::round((p.years_before - p.years_after) * 12.0);
    table.add_row({g.skills()[p.skill].name, level_text(p.have), level_text(p.need),
                   percent(p.fit_before) + " -> " + percent(p.fit_after),
                   years(p.years_before) + " -> " + years(p.years_after),
                   months > 0.0 ? fixed(months, 0) + " months" : "-"});
  }
  std::string out = "\nWhat each skill buys (closing it alone, best route re-planned):\n" + table.render("  ");
  if (payoffs.size() > kShown) out += "  (" + std::to_string(payoffs.size() - kShown) + " more in --json)\n";
  return out;
}

void run(Context& ctx, const Options& o) {
  const Profile person = load_profile_arg(ctx, o.profile);  // first: a profile may name its graph
  const RoleGraph& g = ctx.graph();
  const RoleChoice target = resolve_role_arg(g, o.target);
  PathOptions options{.k = o.k};
  if (o.max_steps > 0) options.max_steps = o.max_steps;
  for (const std::string& name : o.avoid) options.avoid.push_back(resolve_role_arg(g, name).role);
  if (o.allow_step_back) options.step_back = StepBack::kAllowed;
  auto planned = plan_paths(g, person, target.role, options);
  if (!planned) throw UsageError(planned.error().message);
  const std::vector<CareerPath>& paths = *planned;
  write_warnings(assumption_warnings(g, person, {target.role}));
  if (o.dot && ctx.json) throw UsageError("--dot and --json cannot be combined");
  if (o.dot || !o.svg.empty()) {
    const std::string dot = routes_dot(g, person, target.role, paths);
    if (!o.svg.empty()) {
      OutputSet outputs;
      outputs.protect_input(o.profile.path);
      outputs.protect_input(ctx.graph_name);
      value_or_throw(outputs.add(o.svg, render_svg(dot)));
      value_or_throw(outputs.commit());
    }
    if (o.dot) {
      write_stdout(dot);
      return;
    }
  }
  auto payoffs = skill_payoffs(g, person, target.role, options);
  if (!payoffs) throw UsageError(payoffs.error().message);
  if (ctx.json) {
    write_stdout(paths_to_json(g, person, target.role, paths, &*payoffs).dump(2) + "\n");
    return;
  }
  const Role& to = g.role(target.role);
  std::string out = person_line(g, person) + "\nRoutes to " + to.title + " (" + to.id + "), best first\n";
  if (!target.note.empty()) out += "note: " + target.note + "\n";
  for (std::size_t i = 0; i < paths.size(); ++i) out += "\n" + render_route(g, paths[i], i + 1);
  if (paths.size() < o.k) {
    out += "\nOnly " + std::to_string(paths.size()) + " loopless " + (paths.size() == 1 ? "route exists" : "routes exist") +
           " under these constraints.\n";
  }
  out += render_payoffs(g, *payoffs);
  out += "\nYears are for someone who pursues the route (docs/time-model.md): per move max(wait, learn) + land, where\n"
         "wait = minimum time still to serve in the role, learn = median time to close the skill gap at your learning rate,\n"
         "land = median time to land the move once ready (longer for rarer moves: rate/y is how often qualified people make\n"
         "it in a year). Ranges are the 10th-90th percentiles; routes are ordered by median; typical = the move's usual\n"
         "minimum years in role.\n";
  write_stdout(out + attribution_footer(g));
}

CAREERPATH_COMMAND(50, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("path", "Best route to a target role and k-1 alternatives");
  auto o = std::make_shared<Options>();
  add_profile_options(*cmd, o->profile);
  cmd->add_option("--to,-t", o->target, "Target role: id, title or alias")->required();
  cmd->add_option("-k", o->k, "Number of routes (the best and k-1 alternatives)")
      ->capture_default_str()
      ->check(whole_number(1, limits::kMaxRoutes));
  cmd->add_option("--max-steps", o->max_steps, "At most this many moves per route")->check(whole_number(1, 50));
  cmd->add_option("--avoid", o->avoid, "Roles never to pass through (repeatable)");
  cmd->add_flag("--allow-step-back", o->allow_step_back, "Allow moves to a lower level");
  cmd->add_flag("--dot", o->dot, "Print the routes drawn on the graph as Graphviz DOT instead of the table");
  cmd->add_option("--svg", o->svg, "Also render the routes on the graph to this SVG file (needs Graphviz's dot)");
  cmd->callback([&ctx, o] { run(ctx, *o); });
});

}  // namespace
}  // namespace careerpath::cli
