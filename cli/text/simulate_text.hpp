// The readable summaries `simulate` prints by default: where people are over
// the years, goals reached and when, the most common careers, skills (one
// person) or flows (an organisation), and for --compare the differences with
// their confidence intervals.
#pragma once

#include <string>

#include "careerpath/simulate/markov.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"
#include "careerpath/simulate/simulator.hpp"
#include "report_names.hpp"

namespace careerpath::cli {

[[nodiscard]] std::string scenario_heading(const RoleGraph& graph, const Scenario& scenario);
[[nodiscard]] std::string summary_text(const RoleGraph& graph, const Scenario& scenario, const SimulationSummary& s);
[[nodiscard]] std::string comparison_text(const RoleGraph& graph, const Scenario& base, const Scenario& other,
                                          const Comparison& c);
[[nodiscard]] std::string exact_text(const RoleGraph& graph, const Scenario& scenario, const ExactAnswer& a);

}  // namespace careerpath::cli
