// `simulate --plot FILE.svg`: the share of people in each role over the
// years as a stacked area chart (or, for chosen roles and for a comparison,
// the people in each role as lines per scenario, with a legend), and the probability of having reached each
// goal over time, drawn by gnuplot from the wide CSV tables that --csv also
// writes (shares_wide.csv, goals_wide.csv).
#pragma once

#include <string>
#include <vector>

#include "text/simulate_tables.hpp"

namespace careerpath::cli {

// Throws UsageError (exit status 2) with how to install gnuplot when it is
// not on PATH; checked before simulating so that no work is wasted.
void require_gnuplot();

struct PlotRequest {
  std::string title{};
  std::vector<std::string> share_columns{};  // shares_wide.csv's columns after "years"
  std::size_t goal_columns = 0;              // goals_wide.csv's columns after "years"
  // When set: the first panel draws roles_wide.csv's columns (chosen roles
  // per scenario) as lines instead of the stacked shares; `scenarios` of
  // them, each with `role_columns` roles, the first scenario solid, the
  // others dashed.
  std::size_t role_columns = 0;
  std::size_t scenarios = 1;
  std::string svg_path{};  // for messages
};

// Runs gnuplot in a temporary folder and returns the SVG it drew (the
// command writes it with its other outputs). Throws UsageError when gnuplot
// fails.
[[nodiscard]] std::string draw_plot(const CsvFiles& files, const PlotRequest& request);

// The gnuplot script (exposed for tests): reads the two tables from `folder`
// and writes `output`.
[[nodiscard]] std::string plot_script(const PlotRequest& request, const std::string& folder, const std::string& output);

}  // namespace careerpath::cli
