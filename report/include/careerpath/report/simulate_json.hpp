// The JSON documents printed by `simulate --json`: one place builds them, so
// a summary, a comparison and an exact answer use the same shapes. Nothing
// here depends on the thread count, so the same seed gives the same bytes.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "careerpath/simulate/markov.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"
#include "careerpath/simulate/simulator.hpp"

namespace careerpath::report {

[[nodiscard]] nlohmann::json estimate_json(const Estimate& e);
// What the intervals of a result mean, for the JSON and the tables alike.
[[nodiscard]] std::string interval_note(double rate_uncertainty);
[[nodiscard]] nlohmann::json scenario_json(const RoleGraph& graph, const Scenario& scenario);
[[nodiscard]] nlohmann::json summary_json(const RoleGraph& graph, const SimulationSummary& summary);
[[nodiscard]] nlohmann::json simulation_json(const RoleGraph& graph, const Scenario& scenario,
                                             const SimulationSummary& summary);
[[nodiscard]] nlohmann::json comparison_json(const RoleGraph& graph, const Scenario& base, const Scenario& other,
                                             const Comparison& comparison);
[[nodiscard]] nlohmann::json exact_json(const RoleGraph& graph, const Scenario& scenario, const ExactAnswer& answer);

}  // namespace careerpath::report
