// careerpath simulate SCENARIO|PROFILE: seeded Monte Carlo careers for a
// person, a team or an organisation, what-if comparisons on common random
// numbers, and the exact Markov-chain answer (--analytic).
#include <filesystem>
#include <thread>

#include "args/intervention_args.hpp"
#include "args/role_arg.hpp"
#include "careerpath/util/atomic_file.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/simulate/markov.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "careerpath/simulate/simulator.hpp"
#include "command.hpp"
#include "text/graph_notes.hpp"
#include "careerpath/report/simulate_json.hpp"
#include "pictures/simulate_plot.hpp"
#include "text/simulate_progress.hpp"
#include "text/simulate_tables.hpp"
#include "text/simulate_text.hpp"
#include "args/number_checks.hpp"
#include "careerpath/util/limits.hpp"

namespace careerpath::cli {
namespace {

namespace fs = std::filesystem;

struct SimulateArgs {
  std::string scenario{};
  std::string compare{};
  std::optional<std::size_t> runs{};
  std::optional<double> years{};
  std::optional<std::uint64_t> seed{};
  std::optional<std::string> step{};
  std::size_t threads = std::max(1U, std::thread::hardware_concurrency());
  std::size_t top = 10;
  bool analytic = false;
  std::string csv_dir{};
  std::string plot{};
  std::vector<std::string> plot_roles{};
  bool levers = false;
  std::optional<double> rate_uncertainty{};
  std::vector<WhatIfArg> what_ifs{};  // in command-line order
};

// Reads the what-if flags in the order they were given, so that a --to or
// --cost belongs to the --train, --mentor or --rate before it.
std::vector<WhatIfArg> what_if_order(const CLI::App& cmd, const std::vector<std::pair<const CLI::Option*, WhatIfFlag>>& flags) {
  std::vector<WhatIfArg> out;
  std::vector<std::size_t> seen(flags.size(), 0);
  for (const CLI::Option* opt : cmd.parse_order()) {
    for (std::size_t i = 0; i < flags.size(); ++i) {
      if (flags[i].first != opt) continue;
      const auto& values = opt->results();
      if (seen[i] < values.size()) out.push_back({flags[i].second, values[seen[i]++]});
    }
  }
  return out;
}

// Command-line settings win over the scenario file's.
Scenario load(Context& ctx, const std::string& path, const SimulateArgs& a) {
  Scenario s = value_or_throw(load_scenario_or_profile(path, ctx.graph()));
  write_notes(s.notes);
  if (a.runs) s.runs = *a.runs;
  if (a.years) s.years = *a.years;
  if (a.seed) s.seed = *a.seed;
  if (a.step) s.step = *parse_step_length(*a.step);
  if (a.rate_uncertainty) s.dynamics.rate_uncertainty = *a.rate_uncertainty;
  if (s.step_at(s.years) == 0) {
    throw UsageError("the horizon of " + format_number(s.years) + " years is shorter than one " + std::string(to_string(s.step)));
  }
  return s;
}

// The roles --plot draws as lines: those named by --roles; for a
// comparison without --roles, the goal roles (else the busiest four), so
// that both scenarios show; none otherwise (stacked shares instead).
std::vector<std::size_t> plotted_roles(const SimulateArgs& a, const RoleGraph& g, const std::vector<SeriesView>& views) {
  std::vector<std::size_t> roles;
  for (const std::string& name : a.plot_roles) {
    const RoleChoice choice = resolve_role_arg(g, name);
    if (!choice.note.empty()) throw UsageError("--roles: '" + name + "' does not name one role exactly; " + choice.note);
    if (std::find(roles.begin(), roles.end(), choice.role) == roles.end()) roles.push_back(choice.role);
  }
  if (!roles.empty() || views.size() < 2) return roles;
  for (const auto& goal : views.front().goals) roles.push_back(goal.first);
  return roles.empty() ? busiest_roles(views.front(), 4) : roles;
}

// Writes the chart and CSV files together or not at all (before stdout, so
// that a failure leaves no half-reported run), then returns. None may replace
// one of the command's inputs.
void write_files(Context& ctx, const SimulateArgs& a, const RoleGraph& g, CsvFiles files,
                 const std::vector<SeriesView>& views, const std::string& title) {
  if (a.csv_dir.empty() && a.plot.empty()) return;
  add_wide_tables(files, g, views);
  const std::vector<std::size_t> roles = plotted_roles(a, g, views);
  if (!roles.empty()) add_roles_table(files, g, views, roles);
  OutputSet outputs;
  for (const std::string& input : {a.scenario, a.compare, ctx.graph_name}) outputs.protect_input(input);
  if (!a.csv_dir.empty()) {
    value_or_throw(outputs.make_folder(a.csv_dir));
    for (const auto& [name, content] : files) value_or_throw(outputs.add((fs::path(a.csv_dir) / name).string(), content));
  }
  if (!a.plot.empty()) {
    std::size_t goal_columns = 0;
    for (const SeriesView& v : views) goal_columns += v.goals.size();
    value_or_throw(outputs.add(a.plot, draw_plot(files, {.title = title,
                                                         .share_columns = share_columns(g, views.front()),
                                                         .goal_columns = goal_columns,
                                                         .role_columns = roles.size(),
                                                         .scenarios = views.size(),
                                                         .svg_path = a.plot})));
  }
  value_or_throw(outputs.commit());
}

void run_exact(Context& ctx, const SimulateArgs& a, const Scenario& s) {
  const RoleGraph& g = ctx.graph();
  const ExactAnswer answer = value_or_throw(exact_answer(g, s));
  CsvFiles files;
  add_exact_tables(files, g, answer);
  write_files(ctx, a, g, std::move(files), {series_view(s, answer)}, s.name + " (exact)");
  write_stdout(ctx.json ? exact_json(g, s, answer).dump(2) + "\n" : exact_text(g, s, answer) + attribution_footer(g));
}

// The scenario with the command line's interventions added: the "what-if"
// side of a comparison.
Scenario with_what_ifs(Scenario s, std::vector<Intervention> added, bool renamed) {
  for (Intervention& iv : added) {
    if (iv.at >= s.years) {
      throw UsageError(iv.name + ": starts at year " + format_number(iv.at) + ", at or after the horizon of " +
                       format_number(s.years) + " years");
    }
    if (const auto* open = std::get_if<OpenPositions>(&iv.action); open && !s.dynamics.capacity[open->role]) {
      throw UsageError(iv.name + ": the role has no capacity to open positions in (give it one in the scenario's /dynamics/capacity)");
    }
    s.interventions.push_back(std::move(iv));
  }
  if (renamed) {
    s.id += "+what-if";
    s.name += ", with the command line's interventions";
  }
  return s;
}

void run(Context& ctx, const SimulateArgs& a) {
  if (a.analytic && !a.compare.empty()) throw UsageError("--analytic and --compare cannot be combined");
  const std::vector<Intervention> what_ifs = parse_what_ifs(ctx.graph(), a.what_ifs);
  if (a.analytic && !what_ifs.empty()) throw UsageError("--analytic takes no interventions (--train, --rate, ...)");
  if (a.levers && a.compare.empty() && what_ifs.empty()) {
    throw UsageError("--levers breaks down a comparison: give --compare OTHER or what-if flags (--train, --rate, ...)");
  }
  if (!a.plot.empty()) require_gnuplot();
  if (!a.plot_roles.empty() && a.plot.empty() && a.csv_dir.empty()) throw UsageError("--roles chooses the roles of --plot (or --csv's roles_wide.csv)");
  const RoleGraph& g = ctx.graph();
  (void)plotted_roles(a, g, {});  // a bad --roles name fails before simulating
  const Scenario base = load(ctx, a.scenario, a);
  if (a.analytic) {
    run_exact(ctx, a, base);
    return;
  }
  ProgressBar progress;
  const SimulationOptions options{.threads = a.threads,
                                  .top_trajectories = a.top,
                                  .levers = a.levers ? Levers::kBreakDown : Levers::kTogether,
                                  .progress = progress.callback()};
  if (a.compare.empty() && what_ifs.empty()) {
    const SimulationSummary summary = simulate(g, base, options);
    progress.finish();
    CsvFiles files;
    add_summary_tables(files, g, {{&base, &summary}});
    write_files(ctx, a, g, std::move(files), {series_view(base, summary)}, base.name);
    write_stdout(ctx.json ? simulation_json(g, base, summary).dump(2) + "\n"
                          : summary_text(g, base, summary) + attribution_footer(g));
    return;
  }
  Scenario other = a.compare.empty() ? with_what_ifs(base, what_ifs, true)
                                     : with_what_ifs(load(ctx, a.compare, a), what_ifs, false);
  other.seed = base.seed;  // common random numbers: the base scenario's streams and runs
  other.runs = base.runs;
  const Comparison c = value_or_throw(simulate_comparison(g, base, other, options));
  progress.finish();
  CsvFiles files;
  add_summary_tables(files, g, {{&base, &c.base}, {&other, &c.other}});
  add_difference_table(files, g, c);
  write_files(ctx, a, g, std::move(files), {series_view(base, c.base), series_view(other, c.other)},
              base.id + " vs " + other.id);
  write_stdout(ctx.json ? comparison_json(g, base, other, c).dump(2) + "\n"
                        : comparison_text(g, base, other, c) + attribution_footer(g));
}

void add_simulate(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("simulate", "Seeded Monte Carlo careers for a person, a team or an organisation");
  auto a = std::make_shared<SimulateArgs>();
  cmd->add_option("scenario", a->scenario, "Scenario file (careerpath.scenario/1), or a profile: that person, many runs")
      ->required();
  cmd->add_option("--runs", a->runs, "Number of runs (default: the scenario's, 10000 for a profile)")
      ->check(whole_number(1, limits::kMaxRuns));
  cmd->add_option("--years", a->years, "Horizon in years, in (0, 60]")
      ->check(finite_above(0.0, 60.0));
  cmd->add_option("--seed", a->seed, "Random seed; the same seed gives the same output for any thread count")
      ->check(whole_number(0, limits::kMaxSeed));
  cmd->add_option("--threads", a->threads, "Worker threads, 1 to 256 (default: the machine's cores)")
      ->check(whole_number(1, limits::kMaxThreads));
  cmd->add_option("--step", a->step, "Step length: month (default), quarter or year")
      ->check(CLI::IsMember({"month", "quarter", "year"}));
  cmd->add_option("--top", a->top, "Most common careers to list (default 10)")->check(whole_number(0, 1000));
  cmd->add_flag("--analytic", a->analytic, "Print the exact Markov-chain answer instead of simulating (skill effects off)");
  cmd->add_option("--compare", a->compare, "Another scenario to run on the same random streams; reports differences");
  cmd->add_option("--csv", a->csv_dir, "Also write tidy CSV tables into this folder");
  cmd->add_option("--plot", a->plot, "Also draw role shares and goal curves into this SVG file (needs gnuplot)");
  cmd->add_option("--roles", a->plot_roles, "Roles to draw in --plot (ids or titles, comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_flag("--levers", a->levers, "With a comparison: each added intervention alone, and all together");
  cmd->add_option("--rate-uncertainty", a->rate_uncertainty,
                  "Draw move rates and attrition per run within a factor 1+U (95%), e.g. 0.5; intervals then include it")
      ->check(CLI::Range(0.0, 10.0));
  auto what_if = [&](const char* name, const char* help) {
    return cmd->add_option(name)->description(help)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  };
  std::vector<std::pair<const CLI::Option*, WhatIfFlag>> flags = {
      {what_if("--train", "What-if: SKILL+LEVELS[,...][@WHEN][~DURATION], e.g. system-design+2@6m"), WhatIfFlag::kTrain},
      {what_if("--mentor", "What-if: learning-rate FACTOR[@WHEN][~DURATION], e.g. 1.6~1y"), WhatIfFlag::kMentor},
      {what_if("--rate", "What-if: FROM->TO*FACTOR[@WHEN][~DURATION] (* for any role)"), WhatIfFlag::kRate},
      {what_if("--freeze", "What-if: ROLE[@WHEN][~DURATION]: no moves or hires into it"), WhatIfFlag::kFreeze},
      {what_if("--open", "What-if: ROLE+COUNT[@WHEN]: more seats in a capped role"), WhatIfFlag::kOpen},
      {what_if("--to", "Who the last --train/--mentor/--rate reaches: ROLE|TRACK|everyone[:N] or N"), WhatIfFlag::kTo},
      {what_if("--cost", "Cost per person of the last --train/--mentor"), WhatIfFlag::kCost}};
  cmd->callback([&ctx, a, cmd, flags] {
    a->what_ifs = what_if_order(*cmd, flags);
    run(ctx, *a);
  });
}

CAREERPATH_COMMAND(60, add_simulate);

}  // namespace
}  // namespace careerpath::cli
