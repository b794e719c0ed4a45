#include "careerpath/model/scenario.hpp"

#include <algorithm>
#include <cmath>

namespace careerpath {

int steps_per_year(StepLength step) noexcept {
  switch (step) {
    case StepLength::kMonth: return 12;
    case StepLength::kQuarter: return 4;
    case StepLength::kYear: return 1;
  }
  return 12;
}

std::string_view to_string(StepLength step) noexcept {
  switch (step) {
    case StepLength::kMonth: return "month";
    case StepLength::kQuarter: return "quarter";
    case StepLength::kYear: return "year";
  }
  return "month";
}

std::optional<StepLength> parse_step_length(std::string_view text) noexcept {
  for (StepLength s : {StepLength::kMonth, StepLength::kQuarter, StepLength::kYear}) {
    if (to_string(s) == text) return s;
  }
  return std::nullopt;
}

std::string_view to_string(InterventionKind kind) noexcept {
  switch (kind) {
    case InterventionKind::kTraining: return "training";
    case InterventionKind::kMentoring: return "mentoring";
    case InterventionKind::kMoveRate: return "move_rate";
    case InterventionKind::kFreeze: return "freeze";
    case InterventionKind::kOpenPositions: return "open_positions";
  }
  return "training";
}

double Intervention::cost_per_person() const noexcept {
  if (const auto* t = std::get_if<Training>(&action)) return t->cost_per_person;
  if (const auto* m = std::get_if<Mentoring>(&action)) return m->cost_per_person;
  return 0.0;
}

std::size_t Scenario::step_at(double at_years) const noexcept {
  return static_cast<std::size_t>(std::llround(std::max(0.0, at_years) * steps_per_year(step)));
}

std::size_t Scenario::total_steps() const noexcept { return std::max<std::size_t>(1, step_at(years)); }

std::vector<double> Scenario::report_times() const {
  std::vector<double> times;
  const double horizon = static_cast<double>(total_steps()) * step_years();
  for (int y = 0; y <= static_cast<int>(std::floor(horizon + 1e-9)); ++y) times.push_back(y);
  if (horizon - times.back() > 1e-9) times.push_back(horizon);
  return times;
}

std::size_t Scenario::initial_population() const noexcept {
  if (population.kind == Population::Kind::kProfiles) return population.people.size();
  long long total = 0;
  for (long long n : population.organisation.headcount) total += n;
  return static_cast<std::size_t>(total);
}

std::vector<std::size_t> Scenario::all_goals() const {
  std::vector<std::size_t> out = goals;
  auto add = [&](std::size_t g) {
    if (std::find(out.begin(), out.end(), g) == out.end()) out.push_back(g);
  };
  for (const Profile& p : population.people) {
    for (std::size_t g : p.goals) add(g);
  }
  return out;
}

Dynamics default_dynamics(const RoleGraph& graph) {
  Dynamics d;
  d.attrition.assign(graph.role_count(), 0.0);
  d.capacity.assign(graph.role_count(), std::nullopt);
  return d;
}

Scenario scenario_for_profile(const RoleGraph& graph, Profile person) {
  Scenario s;
  s.id = person.id;
  s.name = person.name.empty() ? person.id : person.name;
  s.dynamics = default_dynamics(graph);
  s.notes = person.notes;
  s.population.kind = Population::Kind::kProfiles;
  s.population.people.push_back(std::move(person));
  return s;
}

}  // namespace careerpath
