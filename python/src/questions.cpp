// The questions the CLI answers, as module functions that take the graph
// first and return the document `--json` prints: parsed into Python objects,
// or (raw=True) as the exact text, byte for byte the command's stdout.
#include <filesystem>

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "careerpath/advise/gap.hpp"
#include "careerpath/advise/mentor.hpp"
#include "careerpath/advise/paths.hpp"
#include "careerpath/advise/skill_payoff.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "careerpath/io/team_io.hpp"
#include "careerpath/onet/eval.hpp"
#include "careerpath/report/mentor.hpp"
#include "careerpath/report/onet_json.hpp"
#include "careerpath/report/report_json.hpp"
#include "careerpath/report/simulate_json.hpp"
#include "careerpath/simulate/simulator.hpp"
#include "careerpath/util/limits.hpp"
#include "careerpath/util/message_text.hpp"
#include "careerpath/util/number_format.hpp"
#include "convert.hpp"

namespace careerpath::python {

void fail_argument(const std::string& argument, const std::string& message) {
  raise_error(Error{.file = argument, .message = message});
}

void check_range(const std::string& argument, double value, double low, double high) {
  if (!(value >= low && value <= high)) {  // also NaN
    fail_argument(argument, argument + " " + format_number(value) + " is outside " + format_number(low) + " to " +
                                format_number(high));
  }
}

namespace {

// The document as Python objects, or its exact `--json` text.
py::object answer(const nlohmann::json& document, bool raw) {
  if (raw) return py::str(document.dump(2) + "\n");
  return to_python(document);
}

Scenario read_scenario(const GraphHandle& graph, py::handle value) {
  const RoleGraph& g = graph.graph();
  if (py::isinstance<ProfileHandle>(value)) return scenario_for_profile(g, profile_arg(graph, value));
  if (PyDict_Check(value.ptr())) {
    const nlohmann::json document = to_json(value, "scenario");
    const auto format = document.find("format");
    py::gil_scoped_release unlocked;
    if (format != document.end() && *format == kProfileFormat) {
      return scenario_for_profile(g, value_or_throw(profile_from_json(document, g, "profile")));
    }
    return value_or_throw(scenario_from_json(document, g, "scenario"));
  }
  if (is_path(value)) {
    const std::string path = path_text(value);
    py::gil_scoped_release unlocked;
    return value_or_throw(load_scenario_or_profile(path, g));
  }
  throw py::type_error("expected a scenario: a dict (careerpath.scenario/1 or careerpath.profile/1), a "
                       "careerpath.Profile or a path, not " + std::string(py::str(py::type::handle_of(value).attr("__name__"))));
}

}  // namespace

Scenario scenario_arg(const GraphHandle& graph, py::handle value, const SimulateSettings& settings) {
  Scenario s = read_scenario(graph, value);
  if (settings.runs) {
    check_range("runs", static_cast<double>(*settings.runs), 1, static_cast<double>(limits::kMaxRuns));
    s.runs = *settings.runs;
  }
  if (settings.years) {
    if (!(*settings.years > 0.0 && *settings.years <= 60.0)) fail_argument("years", "years " + format_number(*settings.years) + " is outside (0, 60]");
    s.years = *settings.years;
  }
  if (settings.seed) {
    if (*settings.seed > limits::kMaxSeed) fail_argument("seed", "seed " + std::to_string(*settings.seed) + " is above " + std::to_string(limits::kMaxSeed));
    s.seed = *settings.seed;
  }
  if (settings.step) {
    const auto step = parse_step_length(*settings.step);
    if (!step) fail_argument("step", "step '" + *settings.step + "' is not month, quarter or year");
    s.step = *step;
  }
  if (settings.rate_uncertainty) {
    check_range("rate_uncertainty", *settings.rate_uncertainty, 0.0, 10.0);
    s.dynamics.rate_uncertainty = *settings.rate_uncertainty;
  }
  if (s.step_at(s.years) == 0) {
    fail_argument("years", "the horizon of " + format_number(s.years) + " years is shorter than one " + std::string(to_string(s.step)));
  }
  return s;
}

namespace {

Team team_arg(const GraphHandle& graph, py::handle value) {
  if (PyDict_Check(value.ptr())) {
    const nlohmann::json document = to_json(value, "team");
    py::gil_scoped_release unlocked;
    return value_or_throw(team_from_json(document, graph.graph(), "team"));
  }
  if (is_path(value)) {
    const std::string path = path_text(value);
    py::gil_scoped_release unlocked;
    return value_or_throw(load_team(path, graph.graph()));
  }
  throw py::type_error("expected a team: a dict (careerpath.team/1) or a path, not " +
                       std::string(py::str(py::type::handle_of(value).attr("__name__"))));
}

py::object recommend(const GraphHandle& graph, py::handle person_value, std::size_t top, double horizon,
                     bool direct_only, bool raw) {
  check_range("top", static_cast<double>(top), 1, 100000);
  check_range("horizon", horizon, 0.1, 50.0);
  const Profile person = profile_arg(graph, person_value);
  RecommendOptions options;
  options.top = top;
  options.horizon_years = horizon;
  options.direct_moves_only = direct_only;
  nlohmann::json document;
  {
    py::gil_scoped_release unlocked;
    const std::vector<Recommendation> recs = graph.recommender().recommend(person, options);
    document = report::recommendations_to_json(graph.recommender(), person, recs, options);
  }
  return answer(document, raw);
}

py::object gap(const GraphHandle& graph, py::handle person_value, const std::string& role_name, bool raw) {
  const Profile person = profile_arg(graph, person_value);
  const std::size_t role = role_arg(graph, role_name, "role");
  nlohmann::json document;
  {
    py::gil_scoped_release unlocked;
    document = report::gap_to_json(graph.graph(), person, skill_gap(graph.graph(), person.skills, role));
  }
  return answer(document, raw);
}

py::object path(const GraphHandle& graph, py::handle person_value, const std::string& to, std::size_t k,
                std::optional<std::size_t> max_steps, const std::vector<std::string>& avoid, bool allow_step_back,
                bool raw) {
  check_range("k", static_cast<double>(k), 1, static_cast<double>(limits::kMaxRoutes));
  const Profile person = profile_arg(graph, person_value);
  const std::size_t target = role_arg(graph, to, "to");
  PathOptions options{.k = k};
  if (max_steps) {
    check_range("max_steps", static_cast<double>(*max_steps), 1, 50);
    options.max_steps = *max_steps;
  }
  for (const std::string& name : avoid) options.avoid.push_back(role_arg(graph, name, "avoid"));
  if (allow_step_back) options.step_back = StepBack::kAllowed;
  nlohmann::json document;
  {
    py::gil_scoped_release unlocked;
    const std::vector<CareerPath> paths = value_or_throw(plan_paths(graph.graph(), person, target, options));
    const auto payoffs = value_or_throw(skill_payoffs(graph.graph(), person, target, options));
    document = report::paths_to_json(graph.graph(), person, target, paths, &payoffs);
  }
  return answer(document, raw);
}

py::object simulate(const GraphHandle& graph, py::handle scenario_value, const SimulateSettings& settings,
                    std::size_t threads, std::size_t top, py::handle compare, bool levers, bool raw) {
  check_range("threads", static_cast<double>(threads), 1, static_cast<double>(limits::kMaxThreads));
  check_range("top", static_cast<double>(top), 0, 1000);
  const Scenario base = scenario_arg(graph, scenario_value, settings);
  const SimulationOptions options{.threads = threads, .top_trajectories = top,
                                  .levers = levers ? Levers::kBreakDown : Levers::kTogether};
  if (compare.is_none()) {
    nlohmann::json document;
    {
      py::gil_scoped_release unlocked;
      document = report::simulation_json(graph.graph(), base, careerpath::simulate(graph.graph(), base, options));
    }
    return answer(document, raw);
  }
  Scenario other = scenario_arg(graph, compare, settings);
  other.seed = base.seed;  // common random numbers, as the CLI's --compare
  other.runs = base.runs;
  nlohmann::json document;
  {
    py::gil_scoped_release unlocked;
    const Comparison c = value_or_throw(simulate_comparison(graph.graph(), base, other, options));
    document = report::comparison_json(graph.graph(), base, other, c);
  }
  return answer(document, raw);
}

py::object mentor(const GraphHandle& graph, py::handle team_value, std::size_t top, std::size_t k, std::size_t focus,
                  std::optional<double> strong, bool raw) {
  check_range("top", static_cast<double>(top), 1, 20);
  check_range("k", static_cast<double>(k), 1, 10);
  check_range("focus", static_cast<double>(focus), 1, 10);
  const RoleGraph& g = graph.graph();
  MentorOptions options{.next_steps = top, .routes = k, .focus_skills = focus};
  if (strong) {
    const Scale& scale = g.skills().scale();
    if (!(*strong > scale.min && *strong <= scale.max)) {
      fail_argument("strong", "strong " + format_number(*strong) + " must lie above " + format_number(scale.min) +
                                  " and at most " + format_number(scale.max) + " (the graph's skill scale)");
    }
    options.strong_fraction = scale.normalise(*strong);
  }
  const Team team = team_arg(graph, team_value);
  nlohmann::json document;
  {
    py::gil_scoped_release unlocked;
    const TeamReport report = mentor_team(g, team, options);
    const report::MentorView view{.graph = g, .team = team, .report = report, .options = options,
                                  .recommender = graph.recommender()};
    document = report::mentor_to_json(view);
  }
  return answer(document, raw);
}

py::object evaluate_truth(const GraphHandle& graph, const std::string& truth, std::size_t k, bool raw) {
  check_range("k", static_cast<double>(k), 1, 1000);
  nlohmann::json document;
  {
    py::gil_scoped_release unlocked;
    const TruthSet set = value_or_throw(read_truth(truth));
    const EvalReport report = value_or_throw(evaluate(graph.graph(), set, {.k = k}));
    document = report::eval_json(graph.graph(), report, truth);
  }
  return answer(document, raw);
}

}  // namespace

void bind_questions(py::module_& m) {
  const RecommendOptions defaults;
  m.def("recommend", &recommend, py::arg("graph"), py::arg("profile"), py::arg("top") = defaults.top,
        py::arg("horizon") = defaults.horizon_years, py::arg("direct_only") = false, py::arg("raw") = false,
        "Ranked next roles for a person, with every part of the score and the reasons: the document of "
        "`careerpath recommend PROFILE --json` (raw=True: its exact text).");
  m.def("gap", &gap, py::arg("graph"), py::arg("profile"), py::arg("role"), py::arg("raw") = false,
        "The skill-by-skill gap to one role (id, title or alias): `careerpath gap PROFILE ROLE --json`.");
  m.def("path", &path, py::arg("graph"), py::arg("profile"), py::arg("to"), py::arg("k") = 3,
        py::arg("max_steps") = py::none(), py::arg("avoid") = std::vector<std::string>{},
        py::arg("allow_step_back") = false, py::arg("raw") = false,
        "The best route to a role and k-1 alternatives, in expected years: `careerpath path PROFILE --to ROLE --json`.");
  m.def("simulate",
        [](const GraphHandle& graph, py::handle scenario, std::optional<std::size_t> runs, std::optional<double> years,
           std::optional<std::uint64_t> seed, std::optional<std::string> step, std::optional<double> rate_uncertainty,
           std::size_t threads, std::size_t top, py::handle compare, bool levers, bool raw) {
          return simulate(graph, scenario, {runs, years, seed, step, rate_uncertainty}, threads, top, compare, levers, raw);
        },
        py::arg("graph"), py::arg("scenario"), py::arg("runs") = py::none(), py::arg("years") = py::none(),
        py::arg("seed") = py::none(), py::arg("step") = py::none(), py::arg("rate_uncertainty") = py::none(),
        py::arg("threads") = 1, py::arg("top") = 10, py::arg("compare") = py::none(), py::arg("levers") = false,
        py::arg("raw") = false,
        "Seeded Monte Carlo careers for a scenario or a profile: `careerpath simulate SCENARIO --json` "
        "(compare=OTHER: the comparison on common random numbers). The same seed gives the same document for any "
        "thread count.");
  m.def("mentor", &mentor, py::arg("graph"), py::arg("team"), py::arg("top") = 3, py::arg("k") = 3,
        py::arg("focus") = 3, py::arg("strong") = py::none(), py::arg("raw") = false,
        "Plans for a team's members and the team's shared gaps: `careerpath mentor TEAM --json`.");
  m.def("eval", &evaluate_truth, py::arg("graph"), py::arg("truth"), py::arg("k") = 10, py::arg("raw") = false,
        "Recommendation quality against a related-occupations truth file: `careerpath eval --truth FILE --json`.");
}

}  // namespace careerpath::python
