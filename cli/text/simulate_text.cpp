#include "text/simulate_text.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "careerpath/util/number_format.hpp"
#include "careerpath/report/simulate_json.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::cli {
namespace {

constexpr std::size_t kMaxColumns = 8;  // report times shown side by side
constexpr std::size_t kMaxRoles = 15;

// The report times to show: all when few, else evenly spaced plus the last.
std::vector<std::size_t> shown_times(const std::vector<double>& times) {
  std::vector<std::size_t> out;
  const std::size_t stride = (times.size() + kMaxColumns - 2) / (kMaxColumns - 1);
  for (std::size_t k = 0; k < times.size(); k += std::max<std::size_t>(1, stride)) out.push_back(k);
  if (out.back() != times.size() - 1) out.push_back(times.size() - 1);
  return out;
}

std::string time_label(double years) { return years == 0.0 ? "now" : "y" + format_number(years); }

bool one_person(const Scenario& s) { return s.initial_population() == 1; }

// A share as "62%", a headcount as "41.3".
std::string amount(double value, bool share) { return share ? percent(value) : fixed(value, 1); }

std::string interval(const Estimate& e, bool share) {
  return share ? percent(e.low) + "-" + percent(e.high) : fixed(e.low, 1) + "-" + fixed(e.high, 1);
}

std::string signed_amount(double value, bool share) {
  return share ? signed_fixed(value * 100.0, 1) + " pts" : signed_fixed(value, 1);
}

std::string signed_interval(const Estimate& e, bool share) {
  const double scale = share ? 100.0 : 1.0;
  return "[" + signed_fixed(e.low * scale, 1) + ", " + signed_fixed(e.high * scale, 1) + "]";
}

// Roles worth a row: held by someone at some time, most people first.
std::vector<std::size_t> busy_roles(const std::vector<std::vector<double>>& means, double threshold) {
  const std::size_t roles = means.front().size();
  std::vector<double> peak(roles, 0.0);
  for (const auto& time : means) {
    for (std::size_t r = 0; r < roles; ++r) peak[r] = std::max(peak[r], time[r]);
  }
  std::vector<std::size_t> order;
  for (std::size_t r = 0; r < roles; ++r) {
    if (peak[r] >= threshold) order.push_back(r);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return means.back()[a] != means.back()[b] ? means.back()[a] > means.back()[b] : peak[a] > peak[b];
  });
  return order;
}

std::vector<std::vector<double>> means_of(const std::vector<std::vector<Estimate>>& table) {
  std::vector<std::vector<double>> out;
  for (const auto& row : table) {
    std::vector<double> m;
    for (const Estimate& e : row) m.push_back(e.mean);
    out.push_back(std::move(m));
  }
  return out;
}

std::string where_people_are(const RoleGraph& g, const SimulationSummary& s, bool share) {
  const auto times = shown_times(s.times);
  const auto means = means_of(s.headcount);
  const auto roles = busy_roles(means, share ? 0.005 : 0.05);
  std::vector<TextTable::Column> columns = {{"role"}};
  for (std::size_t k : times) columns.push_back({time_label(s.times[k]), Align::kRight});
  columns.push_back({"95% CI " + time_label(s.times.back()), Align::kRight});
  TextTable table(columns);
  for (std::size_t i = 0; i < std::min(kMaxRoles, roles.size()); ++i) {
    const std::size_t r = roles[i];
    std::vector<std::string> cells = {g.role(r).title};
    for (std::size_t k : times) cells.push_back(amount(s.headcount[k][r].mean, share));
    cells.push_back(interval(s.headcount.back()[r], share));
    table.add_row(std::move(cells));
  }
  std::string out = share ? "Where the person is (share of runs)\n" : "Headcount per role (mean per run)\n";
  out += table.render("  ");
  if (roles.size() > kMaxRoles) out += "  (" + std::to_string(roles.size() - kMaxRoles) + " more roles in --json or --csv)\n";
  return out;
}

std::string optional_years(const std::optional<double>& v) { return v ? years(*v) : "-"; }

// Counts of people per run, with enough decimals to show small effects.
std::string count(double value) { return fixed(value, 2); }
std::string signed_count(double value) { return signed_fixed(value, 2); }
std::string count_interval(double low, double high) {
  return "[" + signed_fixed(low, 2) + ", " + signed_fixed(high, 2) + "]";
}

// An organisation's goals: the people who got there (arrivals), apart from
// those who held the role at the start (incumbents).
std::string arrivals_table(const RoleGraph& g, const SimulationSummary& s) {
  if (s.goals.empty()) return "";
  const auto times = shown_times(s.times);
  std::vector<TextTable::Column> columns = {{"goal"}, {"in it at start", Align::kRight}, {"others", Align::kRight}};
  for (std::size_t k : times) {
    if (k > 0) columns.push_back({"by " + time_label(s.times[k]), Align::kRight});
  }
  columns.push_back({"share", Align::kRight});
  columns.push_back({"median", Align::kRight});
  TextTable table(columns);
  for (const GoalOutcome& goal : s.goals) {
    std::vector<std::string> cells = {g.role(goal.role).title, std::to_string(goal.incumbents),
                                      std::to_string(goal.arrival_eligible)};
    for (std::size_t k : times) {
      if (k > 0) cells.push_back(count(goal.arrivals[k].mean));
    }
    const double last = goal.arrivals.back().mean;
    cells.push_back(goal.arrival_eligible > 0 ? fixed(100.0 * last / static_cast<double>(goal.arrival_eligible), 2) + "%"
                                              : "-");
    cells.push_back(optional_years(goal.p50));
    table.add_row(std::move(cells));
  }
  return "\nGoals: people not in the role at the start (\"others\") who have held it by then, per run;\n"
         "share: of those others by " + time_label(s.times.back()) + "; median: years until half of everyone eligible have held it\n" +
         table.render("  ");
}

std::string goals_table(const RoleGraph& g, const SimulationSummary& s) {
  if (s.goals.empty()) return "";
  const auto times = shown_times(s.times);
  std::vector<TextTable::Column> columns = {{"goal"}};
  for (std::size_t k : times) {
    if (k > 0) columns.push_back({"by " + time_label(s.times[k]), Align::kRight});
  }
  for (const char* p : {"10th", "median", "90th"}) columns.push_back({p, Align::kRight});
  TextTable table(columns);
  for (const GoalOutcome& goal : s.goals) {
    std::vector<std::string> cells = {g.role(goal.role).title};
    for (std::size_t k : times) {
      if (k > 0) cells.push_back(percent(goal.reached_by_time[k].mean));
    }
    for (const auto* p : {&goal.p10, &goal.p50, &goal.p90}) cells.push_back(optional_years(*p));
    table.add_row(std::move(cells));
  }
  return "\nGoals: share who have reached each by then; years until 10%, 50%, 90% have\n" + table.render("  ");
}

std::string career_line(const RoleGraph& g, const TrajectoryCount& t) {
  std::string out;
  for (std::size_t r : t.roles) out += (out.empty() ? "" : " -> ") + g.role(r).title;
  if (t.truncated) out += " -> ...";
  return t.left ? out + " -> (left)" : out;
}

std::string careers_table(const RoleGraph& g, const SimulationSummary& s) {
  if (s.trajectories.empty()) return "";
  TextTable table({{"share", Align::kRight}, {"career"}});
  for (const TrajectoryCount& t : s.trajectories) table.add_row({fixed(t.share * 100.0, 1) + "%", career_line(g, t)});
  std::string note = s.trajectories_exact ? "" : " (rare careers were pruned; shares of the top ones are exact up to that)";
  return "\nMost common careers over the horizon" + note + "\n" + table.render("  ");
}

std::string skills_table(const RoleGraph& g, const SimulationSummary& s) {
  if (s.mean_skills.rows() == 0) return "";
  const Eigen::Index last = s.mean_skills.rows() - 1;
  std::vector<Eigen::Index> order;
  for (Eigen::Index j = 0; j < s.mean_skills.cols(); ++j) {
    if (s.mean_skills(last, j) - s.mean_skills(0, j) > 1e-6) order.push_back(j);
  }
  if (order.empty()) return "";
  std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) {
    return s.mean_skills(last, a) - s.mean_skills(0, a) > s.mean_skills(last, b) - s.mean_skills(0, b);
  });
  const Scale& scale = g.skills().scale();
  TextTable table({{"skill"}, {"now", Align::kRight}, {time_label(s.times.back()), Align::kRight}, {"gain", Align::kRight}});
  for (std::size_t i = 0; i < std::min<std::size_t>(10, order.size()); ++i) {
    const Eigen::Index j = order[i];
    const double now = scale.denormalise(s.mean_skills(0, j));
    const double then = scale.denormalise(s.mean_skills(last, j));
    table.add_row({g.skills()[static_cast<std::size_t>(j)].name, fixed(now, 2), fixed(then, 2), signed_fixed(then - now, 2)});
  }
  return "\nSkills that grow most (mean level on the graph's scale)\n" + table.render("  ");
}

bool has_flows(const SimulationSummary& s) {
  auto positive = [](const Estimate& e) { return e.mean > 0.0; };
  return std::any_of(s.leavers.begin(), s.leavers.end(), positive) || std::any_of(s.hires.begin(), s.hires.end(), positive);
}

std::string flows_table(const SimulationSummary& s) {
  if (!has_flows(s)) return "";
  TextTable table({{"year"}, {"leavers", Align::kRight}, {"95% CI", Align::kRight}, {"hires", Align::kRight},
                   {"95% CI", Align::kRight}, {"people at end", Align::kRight}});
  for (std::size_t i = 0; i < s.leavers.size(); ++i) {
    table.add_row({format_number(s.times[i]) + "-" + format_number(s.times[i + 1]), fixed(s.leavers[i].mean, 1),
                   interval(s.leavers[i], false), fixed(s.hires[i].mean, 1), interval(s.hires[i], false),
                   fixed(s.active[i + 1].mean, 1)});
  }
  return "\nAttrition and hiring (per run)\n" + table.render("  ");
}

// Mean per run per year over the whole horizon.
double per_year(const std::vector<Estimate>& by_interval, double horizon) {
  double total = 0.0;
  for (const Estimate& e : by_interval) total += e.mean;
  return horizon > 0.0 ? total / horizon : 0.0;
}

std::string moves_table(const RoleGraph& g, const SimulationSummary& s) {
  constexpr std::size_t kShown = 12;
  const double horizon = s.times.back();
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < s.moves.size(); ++i) {
    if (per_year(s.moves[i].by_interval, horizon) >= 0.005) order.push_back(i);
  }
  if (order.empty()) return "";
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return per_year(s.moves[a].by_interval, horizon) > per_year(s.moves[b].by_interval, horizon);
  });
  TextTable table({{"from"}, {"to"}, {"kind"}, {"a year", Align::kRight}, {"in all", Align::kRight}});
  for (std::size_t i = 0; i < std::min(kShown, order.size()); ++i) {
    const MoveFlow& m = s.moves[order[i]];
    table.add_row({g.role(m.from).title, g.role(m.to).title, std::string(to_string(m.kind)),
                   count(per_year(m.by_interval, horizon)), count(per_year(m.by_interval, horizon) * horizon)});
  }
  std::string more = order.size() > kShown ? "  (" + std::to_string(order.size() - kShown) + " more moves in --json or --csv)\n" : "";
  return "\nInternal moves (mean per run)\n" + table.render("  ") + more;
}

// Per role: hires, leavers, moves in and out, open vacancies at the end and
// time to fill; then a note for every role where a capacity or freeze bound.
std::string role_flows_table(const RoleGraph& g, const SimulationSummary& s) {
  const double horizon = s.times.back();
  const std::size_t roles = s.roles.size();
  std::vector<double> in(roles, 0.0), out(roles, 0.0);
  for (const MoveFlow& m : s.moves) {
    in[m.to] += per_year(m.by_interval, horizon);
    out[m.from] += per_year(m.by_interval, horizon);
  }
  const auto shown = busy_roles(means_of(s.headcount), 0.05);
  TextTable table({{"role"}, {"start", Align::kRight}, {"hires/y", Align::kRight}, {"in/y", Align::kRight},
                   {"out/y", Align::kRight}, {"leavers/y", Align::kRight}, {"end", Align::kRight},
                   {"open at end", Align::kRight}, {"time to fill", Align::kRight}});
  for (std::size_t i = 0; i < std::min(kMaxRoles, shown.size()); ++i) {
    const std::size_t r = shown[i];
    const RoleFlows& f = s.roles[r];
    table.add_row({g.role(r).title, fixed(s.headcount.front()[r].mean, 1), count(per_year(f.hires, horizon)),
                   count(in[r]), count(out[r]), count(per_year(f.leavers, horizon)), fixed(s.headcount.back()[r].mean, 1),
                   count(f.vacancies.back().mean), f.time_to_fill ? years(*f.time_to_fill) : "-"});
  }
  std::string notes;
  for (std::size_t r = 0; r < roles; ++r) {
    const double blocked = per_year(s.roles[r].blocked, horizon);
    if (blocked < 0.005) continue;
    notes += "  Note: " + g.role(r).title + " was full or frozen: " + count(blocked) +
             " moves a year into it were turned away (people ready to move found no seat).\n";
  }
  return "\nFlows per role (mean per run; in/out: internal moves; open: empty seats of a capped role or hires under way)\n" +
         table.render("  ") + notes;
}

std::string cost_line(const SimulationSummary& s) {
  if (s.training_cost.mean <= 0.0) return "";
  return "\nTraining and mentoring cost per run: " + fixed(s.training_cost.mean, 0) + " (95% CI " +
         fixed(s.training_cost.low, 0) + "-" + fixed(s.training_cost.high, 0) + ")\n";
}

std::string runs_line(const Scenario& s) {
  const std::size_t people = s.initial_population();
  std::string who = people == 1 ? "1 person" : std::to_string(people) + " people";
  const double horizon = static_cast<double>(s.total_steps()) * s.step_years();
  return std::to_string(s.runs) + " runs of " + who + ", " + format_number(horizon) + (horizon == 1.0 ? " year" : " years") +
         " in " + std::string(to_string(s.step)) + "ly steps, seed " + std::to_string(s.seed);
}

}  // namespace

std::string scenario_heading(const RoleGraph& graph, const Scenario& s) {
  std::string out = "Scenario " + s.id + (s.name != s.id ? ": " + s.name : "") + "\n";
  out += "Graph " + graph.name() + "; " + runs_line(s) + "\n";
  for (const Intervention& iv : s.interventions) {
    out += "  at year " + format_number(iv.at) + ": " + std::string(to_string(iv.kind())) + " '" + iv.name + "'\n";
  }
  return out;
}

std::string interval_line(const SimulationSummary& s) {
  return "\nIntervals: " + interval_note(s.rate_uncertainty) + ".\n";
}

std::string summary_text(const RoleGraph& g, const Scenario& scenario, const SimulationSummary& s) {
  const bool share = one_person(scenario);
  std::string out = scenario_heading(g, scenario) + "\n" + where_people_are(g, s, share);
  out += share ? goals_table(g, s) : arrivals_table(g, s);
  out += careers_table(g, s);
  out += share ? skills_table(g, s) : flows_table(s) + moves_table(g, s) + role_flows_table(g, s);
  return out + cost_line(s) + interval_line(s);
}

std::string money(double value) { return fixed(value, 0); }

std::string range_cell(const Estimate& e) {
  return e.range ? count_interval(e.range->low, e.range->high) : "";
}

// The answer to "what does the what-if do to the roles we care about":
// headcount of each goal role at the horizon, the effect with its
// intervals, arrivals, and the training cost per additional person.
std::string goal_effects(const RoleGraph& g, const Scenario& base, const Scenario& other, const Comparison& c) {
  const std::size_t last = c.base.times.size() - 1;
  const std::string when = time_label(c.base.times[last]);
  const bool ranges = c.difference.training_cost.range.has_value();
  std::vector<TextTable::Column> columns = {{"goal role"}, {base.id, Align::kRight}, {other.id, Align::kRight},
                                            {"effect", Align::kRight}, {"95% CI", Align::kRight}};
  if (ranges) columns.push_back({"95% range", Align::kRight});
  columns.push_back({"cost per additional", Align::kRight});
  columns.push_back({"95% CI", Align::kRight});
  TextTable table(columns);
  for (std::size_t gi = 0; gi < c.base.goals.size(); ++gi) {
    const std::size_t r = c.base.goals[gi].role;
    const Estimate& d = c.difference.headcount[last][r];
    std::vector<std::string> cells = {g.role(r).title, count(c.base.headcount[last][r].mean),
                                      count(c.other.headcount[last][r].mean), signed_count(d.mean),
                                      count_interval(d.low, d.high)};
    if (ranges) cells.push_back(range_cell(d));
    const auto& cost = c.difference.cost_per_additional[gi].value;
    cells.push_back(cost ? money(cost->mean) : "-");
    cells.push_back(cost ? "[" + money(cost->low) + ", " + money(cost->high) + "]" : "");
    table.add_row(std::move(cells));
  }
  std::string out = "Goal roles: headcount at " + when + " (mean per run); effect = " + other.id + " - " + base.id +
                    ", run by run\n" + table.render("  ");
  out += "  cost per additional: training and mentoring cost per extra person in the role at " + when +
         " (\"-\" where the effect is too uncertain for it to mean anything)\n";

  TextTable arrivals({{"goal role"}, {"others at start", Align::kRight}, {base.id, Align::kRight},
                      {other.id, Align::kRight}, {"effect", Align::kRight}, {"95% CI", Align::kRight},
                      {"share of others", Align::kRight}});
  for (std::size_t gi = 0; gi < c.base.goals.size(); ++gi) {
    const GoalOutcome& goal = c.base.goals[gi];
    const Estimate& d = c.difference.goal_arrivals[gi][last];
    const double eligible = static_cast<double>(goal.arrival_eligible);
    arrivals.add_row({g.role(goal.role).title, std::to_string(goal.arrival_eligible), count(goal.arrivals[last].mean),
                      count(c.other.goals[gi].arrivals[last].mean), signed_count(d.mean), count_interval(d.low, d.high),
                      eligible > 0 ? fixed(100.0 * goal.arrivals[last].mean / eligible, 2) + "% -> " +
                                         fixed(100.0 * c.other.goals[gi].arrivals[last].mean / eligible, 2) + "%"
                                   : "-"});
  }
  out += "\nArrivals by " + when + ": people not in the role at the start who have held it (per run)\n" +
         arrivals.render("  ");
  return out;
}

// Each lever alone and all together; a lever's share is its effect alone
// over the sum of the effects alone.
std::string levers_text(const RoleGraph& g, const Comparison& c) {
  if (!c.levers) return "";
  const LeverBreakdown& b = *c.levers;
  const std::size_t last = c.base.times.size() - 1;
  std::vector<TextTable::Column> columns = {{"lever"}};
  for (const GoalOutcome& goal : c.base.goals) {
    columns.push_back({g.role(goal.role).title, Align::kRight});
    columns.push_back({"share", Align::kRight});
  }
  columns.push_back({"cost per run", Align::kRight});
  TextTable table(columns);
  std::vector<double> sum(c.base.goals.size(), 0.0);
  for (const LeverEffect& e : b.alone) {
    for (std::size_t gi = 0; gi < sum.size(); ++gi) sum[gi] += e.headcount[gi].mean;
  }
  // Shares only where the bundle clearly moves the role: shares of noise mislead.
  auto clear_effect = [&](std::size_t gi) {
    const Estimate& t = b.together.headcount[gi];
    return (t.low > 0.0 || t.high < 0.0) && std::abs(sum[gi]) > 1e-12;
  };
  auto row = [&](const LeverEffect& e, bool shares) {
    std::vector<std::string> cells = {e.name};
    for (std::size_t gi = 0; gi < sum.size(); ++gi) {
      const Estimate& h = e.headcount[gi];
      cells.push_back(signed_count(h.mean) + " " + count_interval(h.low, h.high));
      cells.push_back(shares && clear_effect(gi) ? fixed(100.0 * h.mean / sum[gi], 0) + "%" : "");
    }
    cells.push_back(money(e.cost.mean));
    table.add_row(std::move(cells));
  };
  for (const LeverEffect& e : b.alone) row(e, true);
  row(b.together, false);
  std::vector<std::string> rest = {"interaction (together - sum alone)"};
  for (double x : b.interaction) {
    rest.push_back(signed_count(x));
    rest.push_back("");
  }
  rest.push_back("");
  table.add_row(std::move(rest));
  return "\nLevers: effect on headcount at " + time_label(c.base.times[last]) +
         " of each added intervention alone and of all together (95% CI); share: of the sum of the effects alone,\n"
         "where the bundle's effect is clearly not 0\n" + table.render("  ");
}

std::string comparison_text(const RoleGraph& g, const Scenario& base, const Scenario& other, const Comparison& c) {
  const bool share = one_person(base) && one_person(other);
  std::string out = "Base:  " + scenario_heading(g, base) + "Other: " + scenario_heading(g, other);
  out += "Same random streams for both (common random numbers); differences are other - base, run by run.\n\n";
  if (!c.base.goals.empty() && !share) out += goal_effects(g, base, other, c) + levers_text(g, c) + "\n";
  const std::size_t last = c.base.times.size() - 1;
  const std::string when = time_label(c.base.times[last]);
  const auto base_means = means_of(c.base.headcount);
  const auto other_means = means_of(c.other.headcount);
  std::vector<std::vector<double>> both = base_means;
  for (std::size_t k = 0; k < both.size(); ++k) {
    for (std::size_t r = 0; r < both[k].size(); ++r) both[k][r] = std::max(both[k][r], other_means[k][r]);
  }
  TextTable roles({{"role"}, {base.id, Align::kRight}, {other.id, Align::kRight}, {"difference", Align::kRight},
                   {"95% CI", Align::kRight}});
  const auto shown = busy_roles(both, share ? 0.005 : 0.05);
  for (std::size_t i = 0; i < std::min(kMaxRoles, shown.size()); ++i) {
    const std::size_t r = shown[i];
    const Estimate& d = c.difference.headcount[last][r];
    if (share) {
      roles.add_row({g.role(r).title, amount(c.base.headcount[last][r].mean, share),
                     amount(c.other.headcount[last][r].mean, share), signed_amount(d.mean, share), signed_interval(d, share)});
      continue;
    }
    roles.add_row({g.role(r).title, count(c.base.headcount[last][r].mean), count(c.other.headcount[last][r].mean),
                   signed_count(d.mean), count_interval(d.low, d.high)});
  }
  out += (share ? "Share of runs in each role at " : "Headcount per role at ") + when + "\n" + roles.render("  ");
  if (!c.base.goals.empty() && share) {
    out += levers_text(g, c);
    TextTable goals({{"goal"}, {base.id, Align::kRight}, {other.id, Align::kRight}, {"difference", Align::kRight},
                     {"95% CI", Align::kRight}, {"median " + base.id, Align::kRight}, {"median " + other.id, Align::kRight}});
    for (std::size_t gi = 0; gi < c.base.goals.size(); ++gi) {
      const Estimate& d = c.difference.goal_reached[gi][last];
      goals.add_row({g.role(c.base.goals[gi].role).title, percent(c.base.goals[gi].reached_by_time[last].mean),
                     percent(c.other.goals[gi].reached_by_time[last].mean), signed_amount(d.mean, true),
                     signed_interval(d, true), optional_years(c.base.goals[gi].p50), optional_years(c.other.goals[gi].p50)});
    }
    out += "\nGoals reached by " + when + "\n" + goals.render("  ");
  }
  if (has_flows(c.base) || has_flows(c.other)) {
    TextTable flows({{"measure"}, {base.id, Align::kRight}, {other.id, Align::kRight}, {"difference", Align::kRight},
                     {"95% CI", Align::kRight}});
    auto add = [&](const std::string& name, const Estimate& a, const Estimate& b, const Estimate& d) {
      flows.add_row({name, fixed(a.mean, 1), fixed(b.mean, 1), signed_fixed(d.mean, 1), signed_interval(d, false)});
    };
    add("people at " + when, c.base.active[last], c.other.active[last], c.difference.active[last]);
    add("left by " + when, c.base.left[last], c.other.left[last], c.difference.left[last]);
    out += "\nOrganisation\n" + flows.render("  ");
  }
  if (c.base.training_cost.mean > 0.0 || c.other.training_cost.mean > 0.0) {
    const Estimate& d = c.difference.training_cost;
    out += "\nTraining and mentoring cost per run: " + fixed(c.base.training_cost.mean, 0) + " vs " +
           fixed(c.other.training_cost.mean, 0) + " (difference " + signed_fixed(d.mean, 0) + ")\n";
  }
  return out + interval_line(c.base);
}

std::string exact_text(const RoleGraph& g, const Scenario& scenario, const ExactAnswer& a) {
  const bool share = one_person(scenario);
  std::string out = scenario_heading(g, scenario);
  out += "Exact Markov-chain answer (" + std::to_string(a.states) + " role x tenure states; no sampling)\n\n";
  const auto times = shown_times(a.times);
  std::vector<TextTable::Column> columns = {{"role"}};
  for (std::size_t k : times) columns.push_back({time_label(a.times[k]), Align::kRight});
  TextTable table(columns);
  const auto roles = busy_roles(a.headcount, share ? 0.005 : 0.05);
  for (std::size_t i = 0; i < std::min(kMaxRoles, roles.size()); ++i) {
    std::vector<std::string> cells = {g.role(roles[i]).title};
    for (std::size_t k : times) cells.push_back(amount(a.headcount[k][roles[i]], share));
    table.add_row(std::move(cells));
  }
  out += (share ? "Expected share in each role\n" : "Expected headcount per role\n") + table.render("  ");
  if (!a.goals.empty()) {
    TextTable goals({{"goal"}, {"by " + time_label(a.times.back()), Align::kRight}, {"median", Align::kRight},
                     {"ever", Align::kRight}, {"mean years if ever", Align::kRight}});
    for (const ExactGoal& goal : a.goals) {
      goals.add_row({g.role(goal.role).title, percent(goal.reached_by_time.back()), optional_years(goal.p50),
                     percent(goal.ever), optional_years(goal.expected_years_if_ever)});
    }
    out += "\nGoals (\"ever\" and its mean time come from the fundamental matrix, with no horizon)\n" + goals.render("  ");
  }
  return out;
}

}  // namespace careerpath::cli
