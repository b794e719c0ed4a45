#include "text/simulate_tables.hpp"

#include <algorithm>
#include <numeric>

#include "careerpath/util/number_format.hpp"

namespace careerpath::cli {
namespace {

constexpr std::size_t kChartRoles = 8;  // roles drawn separately; the rest are "other"

std::string number(double value) { return format_number(value); }
std::string optional_number(const std::optional<double>& value) { return value ? number(*value) : ""; }

std::string row(std::initializer_list<std::string> cells) {
  std::string out;
  for (const std::string& c : cells) {
    if (!out.empty()) out += ',';
    out += c;
  }
  return out + "\n";
}

std::string estimate_cells(const Estimate& e) { return number(e.mean) + "," + number(e.low) + "," + number(e.high); }

// The roles drawn separately: most people at any report time, ties by index.
std::vector<std::size_t> chart_roles(const SeriesView& view, std::size_t limit = kChartRoles) {
  const std::size_t roles = view.headcount.empty() ? 0 : view.headcount.front().size();
  std::vector<double> peak(roles, 0.0);
  for (const auto& time : view.headcount) {
    for (std::size_t r = 0; r < roles; ++r) peak[r] = std::max(peak[r], time[r]);
  }
  std::vector<std::size_t> order(roles);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return peak[a] > peak[b]; });
  std::vector<std::size_t> out;
  for (std::size_t r : order) {
    if (out.size() == limit || peak[r] <= 0.0) break;
    out.push_back(r);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

SeriesView series_view(const Scenario& scenario, const SimulationSummary& s) {
  SeriesView v{.label = scenario.id, .times = s.times};
  for (const auto& time : s.headcount) {
    std::vector<double> means;
    for (const Estimate& e : time) means.push_back(e.mean);
    v.headcount.push_back(std::move(means));
  }
  for (const GoalOutcome& g : s.goals) {
    std::vector<double> means;
    for (const Estimate& e : g.reached_by_time) means.push_back(e.mean);
    v.goals.emplace_back(g.role, std::move(means));
  }
  return v;
}

SeriesView series_view(const Scenario& scenario, const ExactAnswer& a) {
  SeriesView v{.label = scenario.id, .times = a.times, .headcount = a.headcount};
  for (const ExactGoal& g : a.goals) v.goals.emplace_back(g.role, g.reached_by_time);
  return v;
}

void add_summary_tables(CsvFiles& files, const RoleGraph& graph,
                        const std::vector<std::pair<const Scenario*, const SimulationSummary*>>& results) {
  std::string headcount = row({"scenario", "years", "role", "mean", "low", "high"});
  std::string goals = row({"scenario", "goal", "years", "mean", "low", "high"});
  std::string time_to_goal = row({"scenario", "goal", "eligible", "p10", "p50", "p90", "mean_if_reached"});
  std::string careers = row({"scenario", "rank", "count", "share", "truncated", "roles"});
  std::string flows = row({"scenario", "from_years", "to_years", "leavers", "leavers_low", "leavers_high", "hires",
                           "hires_low", "hires_high"});
  std::string population = row({"scenario", "years", "active", "active_low", "active_high", "left", "left_low", "left_high"});
  std::string cost = row({"scenario", "mean", "low", "high"});
  std::string skills = row({"scenario", "years", "skill", "mean_level"});
  std::string moves = row({"scenario", "from_years", "to_years", "from", "to", "kind", "mean", "low", "high"});
  std::string roles = row({"scenario", "from_years", "to_years", "role", "hires", "hires_low", "hires_high", "leavers",
                           "leavers_low", "leavers_high", "turned_away", "turned_away_low", "turned_away_high",
                           "open_at_end", "open_at_end_low", "open_at_end_high"});
  std::string fill = row({"scenario", "role", "filled_per_run", "mean_years_to_fill"});
  std::string arrivals = row({"scenario", "goal", "years", "incumbents", "eligible", "mean", "low", "high"});
  bool any_skills = false;
  for (const auto& [scenario, s] : results) {
    const std::string id = csv_field(scenario->id);
    for (std::size_t k = 0; k < s->times.size(); ++k) {
      const std::string t = number(s->times[k]);
      for (std::size_t r = 0; r < graph.role_count(); ++r) {
        headcount += row({id, t, graph.role(r).id, estimate_cells(s->headcount[k][r])});
      }
      population += row({id, t, estimate_cells(s->active[k]), estimate_cells(s->left[k])});
    }
    for (const GoalOutcome& g : s->goals) {
      const std::string& goal = graph.role(g.role).id;
      for (std::size_t k = 0; k < s->times.size(); ++k) {
        goals += row({id, goal, number(s->times[k]), estimate_cells(g.reached_by_time[k])});
      }
      time_to_goal += row({id, goal, std::to_string(g.eligible), optional_number(g.p10), optional_number(g.p50),
                           optional_number(g.p90), optional_number(g.mean_years_if_reached)});
    }
    for (std::size_t i = 0; i < s->trajectories.size(); ++i) {
      const TrajectoryCount& t = s->trajectories[i];
      std::string path;
      for (std::size_t r : t.roles) path += (path.empty() ? "" : " ") + graph.role(r).id;
      careers += row({id, std::to_string(i + 1), std::to_string(t.count), number(t.share), t.truncated ? "true" : "false",
                      csv_field(path)});
    }
    for (std::size_t i = 0; i < s->leavers.size(); ++i) {
      flows += row({id, number(s->times[i]), number(s->times[i + 1]), estimate_cells(s->leavers[i]),
                    estimate_cells(s->hires[i])});
    }
    cost += row({id, estimate_cells(s->training_cost)});
    for (const MoveFlow& m : s->moves) {
      for (std::size_t i = 0; i < m.by_interval.size(); ++i) {
        if (m.by_interval[i].mean <= 0.0) continue;
        moves += row({id, number(s->times[i]), number(s->times[i + 1]), graph.role(m.from).id, graph.role(m.to).id,
                      std::string(to_string(m.kind)), estimate_cells(m.by_interval[i])});
      }
    }
    for (std::size_t r = 0; r < s->roles.size(); ++r) {
      const RoleFlows& f = s->roles[r];
      for (std::size_t i = 0; i < f.hires.size(); ++i) {
        roles += row({id, number(s->times[i]), number(s->times[i + 1]), graph.role(r).id, estimate_cells(f.hires[i]),
                      estimate_cells(f.leavers[i]), estimate_cells(f.blocked[i]), estimate_cells(f.vacancies[i + 1])});
      }
      fill += row({id, graph.role(r).id, number(f.fills), optional_number(f.time_to_fill)});
    }
    for (const GoalOutcome& g : s->goals) {
      for (std::size_t k = 0; k < s->times.size(); ++k) {
        arrivals += row({id, graph.role(g.role).id, number(s->times[k]), std::to_string(g.incumbents),
                         std::to_string(g.arrival_eligible), estimate_cells(g.arrivals[k])});
      }
    }
    const Scale& scale = graph.skills().scale();
    for (Eigen::Index k = 0; k < s->mean_skills.rows(); ++k) {
      any_skills = true;
      for (Eigen::Index j = 0; j < s->mean_skills.cols(); ++j) {
        skills += row({id, number(s->times[static_cast<std::size_t>(k)]), graph.skills()[static_cast<std::size_t>(j)].id,
                       number(scale.denormalise(s->mean_skills(k, j)))});
      }
    }
  }
  files["headcount.csv"] = std::move(headcount);
  files["goals.csv"] = std::move(goals);
  files["time_to_goal.csv"] = std::move(time_to_goal);
  files["trajectories.csv"] = std::move(careers);
  files["flows.csv"] = std::move(flows);
  files["population.csv"] = std::move(population);
  files["cost.csv"] = std::move(cost);
  files["flows_moves.csv"] = std::move(moves);
  files["flows_roles.csv"] = std::move(roles);
  files["time_to_fill.csv"] = std::move(fill);
  files["arrivals.csv"] = std::move(arrivals);
  if (any_skills) files["skills.csv"] = std::move(skills);
}

void add_difference_table(CsvFiles& files, const RoleGraph& graph, const Comparison& c) {
  const SimulationDifference& d = c.difference;
  const std::vector<double>& times = c.base.times;
  std::string out = row({"measure", "years", "subject", "mean", "low", "high"});
  for (std::size_t k = 0; k < times.size(); ++k) {
    for (std::size_t r = 0; r < graph.role_count(); ++r) {
      out += row({"headcount", number(times[k]), graph.role(r).id, estimate_cells(d.headcount[k][r])});
    }
    out += row({"active", number(times[k]), "", estimate_cells(d.active[k])});
    out += row({"left", number(times[k]), "", estimate_cells(d.left[k])});
  }
  for (std::size_t g = 0; g < d.goal_reached.size(); ++g) {
    for (std::size_t k = 0; k < times.size(); ++k) {
      out += row({"goal_reached", number(times[k]), graph.role(c.base.goals[g].role).id, estimate_cells(d.goal_reached[g][k])});
    }
  }
  for (std::size_t i = 0; i < d.leavers.size(); ++i) {
    out += row({"leavers", number(times[i + 1]), "", estimate_cells(d.leavers[i])});
    out += row({"hires", number(times[i + 1]), "", estimate_cells(d.hires[i])});
  }
  out += row({"training_cost", number(times.back()), "", estimate_cells(d.training_cost)});
  for (std::size_t g = 0; g < d.goal_arrivals.size(); ++g) {
    for (std::size_t k = 0; k < times.size(); ++k) {
      out += row({"goal_arrivals", number(times[k]), graph.role(c.base.goals[g].role).id, estimate_cells(d.goal_arrivals[g][k])});
    }
  }
  for (const CostPerAdditional& cost : d.cost_per_additional) {
    out += row({"cost_per_additional", number(times.back()), graph.role(cost.role).id,
                cost.value ? estimate_cells(*cost.value) : ",,"});
  }
  files["difference.csv"] = std::move(out);
  if (!c.levers) return;
  std::string levers = row({"lever", "goal", "years", "mean", "low", "high", "cost_mean"});
  auto add = [&](const LeverEffect& e) {
    for (std::size_t g = 0; g < e.headcount.size(); ++g) {
      levers += row({csv_field(e.name), graph.role(c.base.goals[g].role).id, number(times.back()),
                     estimate_cells(e.headcount[g]), number(e.cost.mean)});
    }
  };
  for (const LeverEffect& e : c.levers->alone) add(e);
  add(c.levers->together);
  files["levers.csv"] = std::move(levers);
}

void add_exact_tables(CsvFiles& files, const RoleGraph& graph, const ExactAnswer& a) {
  std::string headcount = row({"years", "role", "expected"});
  for (std::size_t k = 0; k < a.times.size(); ++k) {
    for (std::size_t r = 0; r < graph.role_count(); ++r) {
      headcount += row({number(a.times[k]), graph.role(r).id, number(a.headcount[k][r])});
    }
  }
  std::string goals = row({"goal", "years", "reached", "p10", "p50", "p90", "ever", "expected_years_if_ever"});
  for (const ExactGoal& g : a.goals) {
    for (std::size_t k = 0; k < a.times.size(); ++k) {
      goals += row({graph.role(g.role).id, number(a.times[k]), number(g.reached_by_time[k]), optional_number(g.p10),
                    optional_number(g.p50), optional_number(g.p90), number(g.ever),
                    optional_number(g.expected_years_if_ever)});
    }
  }
  files["exact_headcount.csv"] = std::move(headcount);
  files["exact_goals.csv"] = std::move(goals);
}

std::vector<std::string> share_columns(const RoleGraph& graph, const SeriesView& view) {
  std::vector<std::string> names;
  for (std::size_t r : chart_roles(view)) names.push_back(graph.role(r).title);
  names.push_back("other roles");
  return names;
}

std::vector<std::size_t> busiest_roles(const SeriesView& view, std::size_t limit) { return chart_roles(view, limit); }

void add_roles_table(CsvFiles& files, const RoleGraph& graph, const std::vector<SeriesView>& views,
                     const std::vector<std::size_t>& roles) {
  std::string out = "years";
  for (const SeriesView& v : views) {
    for (std::size_t r : roles) out += "," + csv_field(views.size() > 1 ? v.label + ": " + graph.role(r).title : graph.role(r).title);
  }
  out += "\n";
  for (std::size_t k = 0; k < views.front().times.size(); ++k) {
    out += number(views.front().times[k]);
    for (const SeriesView& v : views) {
      for (std::size_t r : roles) out += "," + number(v.headcount[k][r]);
    }
    out += "\n";
  }
  files["roles_wide.csv"] = std::move(out);
}

void add_wide_tables(CsvFiles& files, const RoleGraph& graph, const std::vector<SeriesView>& views) {
  const SeriesView& first = views.front();
  const std::vector<std::size_t> shown = chart_roles(first);
  std::string shares = "years";
  for (const std::string& name : share_columns(graph, first)) shares += "," + csv_field(name);
  shares += "\n";
  for (std::size_t k = 0; k < first.times.size(); ++k) {
    const auto& time = first.headcount[k];
    const double total = std::accumulate(time.begin(), time.end(), 0.0);
    double drawn = 0.0;
    shares += number(first.times[k]);
    for (std::size_t r : shown) {
      shares += "," + number(total > 0.0 ? time[r] / total : 0.0);
      drawn += time[r];
    }
    shares += "," + number(total > 0.0 ? std::max(0.0, total - drawn) / total : 0.0) + "\n";
  }
  std::string goals = "years";
  for (const SeriesView& v : views) {
    for (const auto& [role, series] : v.goals) {
      goals += "," + csv_field(views.size() > 1 ? v.label + ": " + graph.role(role).title : graph.role(role).title);
    }
  }
  goals += "\n";
  for (std::size_t k = 0; k < first.times.size(); ++k) {
    goals += number(first.times[k]);
    for (const SeriesView& v : views) {
      for (const auto& goal : v.goals) goals += "," + number(goal.second[k]);
    }
    goals += "\n";
  }
  files["shares_wide.csv"] = std::move(shares);
  files["goals_wide.csv"] = std::move(goals);
}

}  // namespace careerpath::cli
