#include "text/simulate_text.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "careerpath/io/json_reader.hpp"
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
  return t.truncated ? out + " -> ..." : out;
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

std::string summary_text(const RoleGraph& g, const Scenario& scenario, const SimulationSummary& s) {
  const bool share = one_person(scenario);
  std::string out = scenario_heading(g, scenario) + "\n" + where_people_are(g, s, share);
  out += goals_table(g, s) + careers_table(g, s);
  out += share ? skills_table(g, s) : flows_table(s);
  return out + cost_line(s);
}

std::string comparison_text(const RoleGraph& g, const Scenario& base, const Scenario& other, const Comparison& c) {
  const bool share = one_person(base) && one_person(other);
  std::string out = "Base:  " + scenario_heading(g, base) + "Other: " + scenario_heading(g, other);
  out += "Same random streams for both (common random numbers); differences are other - base, run by run.\n\n";
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
    roles.add_row({g.role(r).title, amount(c.base.headcount[last][r].mean, share),
                   amount(c.other.headcount[last][r].mean, share), signed_amount(d.mean, share), signed_interval(d, share)});
  }
  out += (share ? "Share of runs in each role at " : "Headcount per role at ") + when + "\n" + roles.render("  ");
  if (!c.base.goals.empty()) {
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
  return out;
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
