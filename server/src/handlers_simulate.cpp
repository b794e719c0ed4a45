// POST /api/simulate: seeded Monte Carlo careers for the scenario or profile
// in the body, bounded so that one request cannot hold a worker for long.
#include "careerpath/io/profile_io.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/report/simulate_json.hpp"
#include "careerpath/simulate/markov.hpp"
#include "careerpath/simulate/simulator.hpp"
#include "handlers.hpp"

namespace careerpath::server::handlers {
namespace {

// The body as a scenario, or a profile meaning "this person, many runs", as
// `simulate FILE` reads a file; files named inside are refused.
Scenario read_scenario(const Call& call) {
  const nlohmann::json& document = call.body();
  const std::string file(kBodyName);
  const auto format = document.is_object() ? document.find("format") : document.end();
  if (format != document.end() && format->is_string() && *format == kProfileFormat) {
    return scenario_for_profile(call.graph(), call.profile());
  }
  auto scenario = scenario_from_json(document, call.graph(), file, FileReferences::kRefuse);
  if (!scenario) fail_with(scenario.error());
  Scenario s = std::move(scenario).value();
  s.file.clear();  // the body has no file name to report
  return s;
}

// Query parameters win over the document's settings, as options do over a file's.
void apply_parameters(const Call& call, Scenario& s) {
  if (auto runs = call.integer("runs", 1, static_cast<long long>(call.limits().max_runs))) s.runs = static_cast<std::size_t>(*runs);
  if (auto years = call.number("years", 0.0, 60.0)) {
    if (*years <= 0.0) fail_parameter("years", "years must be above 0");
    s.years = *years;
  }
  if (auto seed = call.integer("seed", 0, 9007199254740991LL)) s.seed = static_cast<std::uint64_t>(*seed);
  if (auto step = call.text("step")) {
    auto parsed = parse_step_length(*step);
    if (!parsed) fail_parameter("step", "unknown step '" + *step + "'; expected month, quarter or year");
    s.step = *parsed;
  }
  if (s.step_at(s.years) == 0) {
    fail_parameter("years", "the horizon of " + format_number(s.years) + " years is shorter than one " +
                                std::string(to_string(s.step)));
  }
}

// Refuses runs beyond the server's limits before any work is done.
void check_bounds(const Call& call, const Scenario& s) {
  const Limits& limits = call.limits();
  if (s.runs > limits.max_runs) {
    throw ApiError{.status = 400, .kind = "bad_input",
                   .message = "request body: /runs: " + std::to_string(s.runs) + " runs is above this server's limit of " +
                              std::to_string(limits.max_runs) + " (ask for fewer with ?runs=)",
                   .location = Error{.pointer = "/runs"}};
  }
  double people = static_cast<double>(s.initial_population());
  for (const HiringPlan& h : s.dynamics.hiring) {
    if (const auto* fixed = std::get_if<FixedPerYear>(&h.rule)) {
      people += fixed->per_year * s.years;
    } else if (const auto* target = std::get_if<TargetHeadcount>(&h.rule)) {
      people += static_cast<double>(target->headcount) * s.years;  // at most the whole target replaced each year
    } else if (s.population.kind == Population::Kind::kOrganisation) {
      people += static_cast<double>(s.population.organisation.headcount[h.role]) * s.years;  // backfill, likewise
    }
  }
  const double steps = static_cast<double>(s.runs) * people * static_cast<double>(s.total_steps());
  if (steps > static_cast<double>(limits.max_simulated_steps)) {
    throw ApiError{.status = 400, .kind = "bad_input",
                   .message = "this simulation is " + format_number(steps) + " person-steps (runs x people x steps), above this server's limit of " +
                              std::to_string(limits.max_simulated_steps) + "; ask for fewer runs, fewer years or a longer step",
                   .parameter = "runs"};
  }
}

}  // namespace

Response simulate(const Call& call) {
  Scenario s = read_scenario(call);
  apply_parameters(call, s);
  const RoleGraph& g = call.graph();
  if (call.flag("analytic")) {
    auto answer = exact_answer(g, s);
    if (!answer) fail_with(answer.error());
    return json_document(report::exact_json(g, s, *answer));
  }
  check_bounds(call, s);
  // One thread: the request already holds one of the server's workers, and
  // the result is the same for any thread count.
  const auto top = static_cast<std::size_t>(call.integer("top", 0, 1000).value_or(10));
  const SimulationSummary summary = simulate(g, s, {.threads = 1, .top_trajectories = top});
  return json_document(report::simulation_json(g, s, summary));
}

}  // namespace careerpath::server::handlers
