#include "simulate/career_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace careerpath::detail {

double annual_hazard(double rate) noexcept { return -std::log1p(-std::min(rate, kMaxAnnualProbability)); }

std::size_t CareerModel::initial_people() const noexcept { return scenario->initial_population(); }

namespace {

void add_moves(CareerModel& m, const RoleGraph& graph) {
  m.move_begin.assign(graph.role_count() + 1, 0);
  for (std::size_t r = 0; r < graph.role_count(); ++r) {
    m.move_begin[r] = m.moves.size();
    for (std::size_t t : graph.moves_from(r)) {
      const Transition& tr = graph.transition(t);
      m.moves.push_back({static_cast<std::uint32_t>(tr.to), static_cast<std::uint32_t>(t), annual_hazard(tr.rate),
                         tr.min_years});
    }
  }
  m.move_begin[graph.role_count()] = m.moves.size();
}

// Skills a role exercises (importance > 0) grow towards its requirement plus
// the stretch, never above the ceiling, at a rate proportional to importance.
void add_growth(CareerModel& m, const RoleGraph& graph, const Dynamics& d) {
  const RoleMatrix& need = graph.requirements();
  const RoleMatrix& weight = graph.importance();
  m.growth_target = (need.array() + d.stretch).min(d.ceiling).matrix();
  m.growth_per_step = weight * (d.growth_rate * m.dt);
}

void add_schedule(CareerModel& m, const Scenario& s) {
  for (std::uint32_t i = 0; i < s.interventions.size(); ++i) {
    const Intervention& iv = s.interventions[i];
    const std::size_t start = s.step_at(iv.at);
    const bool training = iv.kind() == InterventionKind::kTraining;
    const std::size_t length = !iv.duration ? (training ? 0 : m.steps)
                                            : static_cast<std::size_t>(std::llround(*iv.duration / m.dt));
    m.training_steps.push_back(training ? length : 0);
    m.schedule.push_back({start, i, true});
    const bool lasts = iv.kind() == InterventionKind::kMentoring || iv.kind() == InterventionKind::kMoveRate ||
                       iv.kind() == InterventionKind::kFreeze;
    if (lasts && start + std::max<std::size_t>(1, length) < m.steps) {
      m.schedule.push_back({start + std::max<std::size_t>(1, length), i, false});
    }
    std::vector<std::uint32_t> named;
    if (const auto* people = std::get_if<NamedPeople>(&iv.who.group)) {
      for (std::uint32_t p = 0; p < s.population.people.size(); ++p) {
        const auto& ids = people->ids;
        if (std::find(ids.begin(), ids.end(), s.population.people[p].id) != ids.end()) named.push_back(p);
      }
    }
    m.named_people.push_back(std::move(named));
  }
  // Ends before starts at the same step, so that a role frozen until year 1
  // and opened at year 1 is open; otherwise in file order.
  std::stable_sort(m.schedule.begin(), m.schedule.end(), [](const ScheduledChange& a, const ScheduledChange& b) {
    if (a.step != b.step) return a.step < b.step;
    return !a.starts && b.starts;
  });
}

// Hires of a fixed plan arrive evenly: the j-th at (j + 1/2) / per_year
// years. Backfill and target plans hire in reply to vacancies, in the run.
void add_arrivals(CareerModel& m, const Dynamics& d, std::size_t roles) {
  m.backfill_plans.resize(roles);
  for (std::uint32_t plan = 0; plan < d.hiring.size(); ++plan) {
    const HiringPlan& h = d.hiring[plan];
    m.fill_steps.push_back(std::max<std::size_t>(1, static_cast<std::size_t>(std::llround(h.time_to_fill / m.dt))));
    if (std::holds_alternative<Backfill>(h.rule)) {
      m.backfill_plans[h.role].push_back(plan);
      m.has_backfill = true;
    }
    if (std::holds_alternative<TargetHeadcount>(h.rule)) m.target_plans.push_back(plan);
    const auto* fixed = std::get_if<FixedPerYear>(&h.rule);
    const double per_year = fixed ? fixed->per_year : 0.0;
    if (per_year <= 0.0) continue;
    for (std::size_t j = 0;; ++j) {
      const double step = (static_cast<double>(j) + 0.5) / per_year / m.dt;
      if (step >= static_cast<double>(m.steps)) break;
      m.arrivals.push_back({static_cast<std::size_t>(step), plan});
    }
  }
  std::stable_sort(m.arrivals.begin(), m.arrivals.end(),
                   [](const ScheduledArrival& a, const ScheduledArrival& b) { return a.step < b.step; });
}

// The role of initial person p (profiles first; an organisation by role in index order).
std::size_t start_role(const Scenario& s, std::size_t p) {
  if (s.population.kind == Population::Kind::kProfiles) return s.population.people[p].current_role;
  const auto& headcount = s.population.organisation.headcount;
  for (std::size_t r = 0; r < headcount.size(); ++r) {
    if (p < static_cast<std::size_t>(headcount[r])) return r;
    p -= static_cast<std::size_t>(headcount[r]);
  }
  return 0;
}

void add_goals(CareerModel& m, const Scenario& s) {
  m.goals = s.all_goals();
  m.eligible.assign(m.goals.size(), 0);
  m.arrival_eligible.assign(m.goals.size(), 0);
  m.incumbents.assign(m.goals.size(), 0);
  const std::size_t people = s.initial_population();
  m.person_goals.resize(people);
  for (std::size_t p = 0; p < people; ++p) {
    for (std::uint32_t g = 0; g < m.goals.size(); ++g) {
      bool has = std::find(s.goals.begin(), s.goals.end(), m.goals[g]) != s.goals.end();
      if (!has && s.population.kind == Population::Kind::kProfiles) {
        const auto& own = s.population.people[p].goals;
        has = std::find(own.begin(), own.end(), m.goals[g]) != own.end();
      }
      if (has) {
        m.person_goals[p].push_back(g);
        ++m.eligible[g];
        ++(start_role(s, p) == m.goals[g] ? m.incumbents[g] : m.arrival_eligible[g]);
      }
    }
  }
}

}  // namespace

CareerModel build_career_model(const RoleGraph& graph, const Scenario& scenario) {
  CareerModel m;
  m.graph = &graph;
  m.scenario = &scenario;
  m.dt = scenario.step_years();
  m.steps = scenario.total_steps();
  m.grid.times = scenario.report_times();
  for (double t : m.grid.times) m.grid.steps.push_back(scenario.step_at(t));
  add_moves(m, graph);
  const Dynamics& d = scenario.dynamics;
  m.attrition_hazard.resize(graph.role_count());
  for (std::size_t r = 0; r < graph.role_count(); ++r) m.attrition_hazard[r] = annual_hazard(d.attrition[r]);
  add_growth(m, graph, d);
  m.fit_exponent = d.fit_exponent;
  m.skill_effects = d.skill_effects == SkillEffects::kOn && d.fit_exponent > 0.0;
  m.record_skills = scenario.initial_population() == 1 && scenario.dynamics.hiring.empty();
  add_schedule(m, scenario);
  add_arrivals(m, d, graph.role_count());
  // 95% of the factors exp(sigma Z) fall within [1 / (1 + u), 1 + u].
  m.rate_sigma = std::log1p(d.rate_uncertainty) / 1.959963984540054;
  // kRateDraws draws of the rates, each shared by a group of runs.
  constexpr std::size_t kRateDraws = 20;
  if (m.rate_sigma > 0.0) m.runs_per_draw = std::max<std::size_t>(1, (scenario.runs + kRateDraws - 1) / kRateDraws);
  add_goals(m, scenario);
  return m;
}

}  // namespace careerpath::detail
