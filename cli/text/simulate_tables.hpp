// Tidy CSV tables of simulation results (one observation per row, as
// `--csv DIR` writes them) and the wide tables the --plot chart is drawn
// from. Monte Carlo summaries and exact answers are both reduced to a
// SeriesView for the wide tables, so the chart reads the same files either way.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "careerpath/simulate/markov.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"
#include "careerpath/simulate/simulator.hpp"
#include "report_names.hpp"

namespace careerpath::cli {

// File name -> content, in name order.
using CsvFiles = std::map<std::string, std::string>;

struct SeriesView {
  std::string label{};  // the scenario id
  std::vector<double> times{};
  std::vector<std::vector<double>> headcount{};                        // [time][role], means
  std::vector<std::pair<std::size_t, std::vector<double>>> goals{};    // (role, share reached by each time)
};

[[nodiscard]] SeriesView series_view(const Scenario& scenario, const SimulationSummary& summary);
[[nodiscard]] SeriesView series_view(const Scenario& scenario, const ExactAnswer& answer);

// headcount.csv, goals.csv, time_to_goal.csv, trajectories.csv, flows.csv,
// population.csv, skills.csv (one person only), cost.csv; rows of every
// scenario given, labelled by scenario id.
void add_summary_tables(CsvFiles& files, const RoleGraph& graph,
                        const std::vector<std::pair<const Scenario*, const SimulationSummary*>>& results);
// difference.csv: paired differences other - base.
void add_difference_table(CsvFiles& files, const RoleGraph& graph, const Comparison& comparison);
// exact_headcount.csv, exact_goals.csv.
void add_exact_tables(CsvFiles& files, const RoleGraph& graph, const ExactAnswer& answer);
// shares_wide.csv (the first view: share of the population per role, the
// most populated roles and "other") and goals_wide.csv (every view's goals).
void add_wide_tables(CsvFiles& files, const RoleGraph& graph, const std::vector<SeriesView>& views);
// roles_wide.csv: people per run in each of `roles`, one column per scenario
// and role ("scenario: title" when there are several scenarios).
void add_roles_table(CsvFiles& files, const RoleGraph& graph, const std::vector<SeriesView>& views,
                     const std::vector<std::size_t>& roles);
// The roles a chart shows by default: the busiest at any time, at most `limit`.
[[nodiscard]] std::vector<std::size_t> busiest_roles(const SeriesView& view, std::size_t limit);

// The columns of shares_wide.csv after "years", for the chart's legend.
[[nodiscard]] std::vector<std::string> share_columns(const RoleGraph& graph, const SeriesView& view);

// Quotes a CSV field when it needs it (RFC 4180).
[[nodiscard]] std::string csv_field(const std::string& text);

}  // namespace careerpath::cli
