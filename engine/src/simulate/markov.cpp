#include "careerpath/simulate/markov.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include <Eigen/Sparse>
#include <Eigen/SparseLU>

#include "simulate/career_model.hpp"

namespace careerpath {
namespace {

using detail::CareerModel;
using SparseMatrix = Eigen::SparseMatrix<double>;

constexpr double kTenureSlack = 1e-9;  // as in the simulator

Status markov_scenario(const Scenario& s) {
  auto fail = [&](const std::string& pointer, const std::string& message) {
    return Error{.kind = ErrorKind::kUnsupported, .file = s.file, .pointer = pointer, .message = "no exact answer: " + message};
  };
  if (s.dynamics.skill_effects == SkillEffects::kOn && s.dynamics.fit_exponent > 0.0) {
    return fail("/dynamics/skill_effects", "skill effects make careers depend on skills; set skill_effects to false");
  }
  if (!s.interventions.empty()) return fail("/interventions", "interventions make the chain change over time");
  for (const auto& c : s.dynamics.capacity) {
    if (c) return fail("/dynamics/capacity", "capacities couple people together");
  }
  for (const HiringPlan& h : s.dynamics.hiring) {
    if (!std::holds_alternative<FixedPerYear>(h.rule)) {
      return fail("/dynamics/hiring", "backfill and target hiring reply to the simulated departures");
    }
  }
  if (s.dynamics.rate_uncertainty > 0.0) {
    return fail("/dynamics/rate_uncertainty", "the exact answer takes the rates as known");
  }
  return {};
}

// The chain's states: (role, tenure origin, steps in role), the steps capped
// where every gate out of the role is open. Origin 0 is a fresh spell
// (tenure k dt); others are initial spells with a profile's years in role.
class ChainBuilder {
 public:
  explicit ChainBuilder(const CareerModel& model) : m_(model) {
    origins_.push_back(0.0);
    max_gate_.assign(model.role_count(), 0.0);
    for (std::size_t r = 0; r < model.role_count(); ++r) {
      for (std::size_t i = model.move_begin[r]; i < model.move_begin[r + 1]; ++i) {
        max_gate_[r] = std::max(max_gate_[r], model.moves[i].min_years);
      }
    }
  }

  // The state of someone `steps` into a spell in `role` that began with `tenure` years.
  std::size_t state(std::size_t role, double tenure, std::size_t steps) {
    std::size_t origin = 0;
    if (tenure != 0.0) {
      auto it = std::find(origins_.begin(), origins_.end(), tenure);
      origin = static_cast<std::size_t>(it - origins_.begin());
      if (it == origins_.end()) origins_.push_back(tenure);
    }
    const double years = tenure + static_cast<double>(steps) * m_.dt;
    std::size_t capped = steps;
    if (years + kTenureSlack >= max_gate_[role]) {
      // Every gate is open: all later steps behave alike, so they share one state.
      capped = 0;
      while (tenure + static_cast<double>(capped) * m_.dt + kTenureSlack < max_gate_[role]) ++capped;
    }
    const auto key = std::make_tuple(role, origin, capped);
    auto [it, inserted] = index_.emplace(key, keys_.size());
    if (inserted) keys_.push_back(key);
    return it->second;
  }

  // Builds every transition by exploring from the states already named; the
  // last state is "left".
  SparseMatrix build(std::vector<std::size_t>& role_of) {
    std::vector<Eigen::Triplet<double>> entries;
    std::vector<std::tuple<std::size_t, std::size_t, double>> pending;
    for (std::size_t s = 0; s < keys_.size(); ++s) {
      const auto [role, origin, k] = keys_[s];
      const double tenure = origins_[origin] + static_cast<double>(k) * m_.dt + kTenureSlack;
      double total = m_.attrition_hazard[role];
      for (std::size_t i = m_.move_begin[role]; i < m_.move_begin[role + 1]; ++i) {
        if (tenure >= m_.moves[i].min_years) total += m_.moves[i].hazard;
      }
      const double stay = std::exp(-total * m_.dt);
      const double event = -std::expm1(-total * m_.dt);
      pending.emplace_back(s, state(role, origins_[origin], k + 1), stay);
      if (total <= 0.0) continue;
      for (std::size_t i = m_.move_begin[role]; i < m_.move_begin[role + 1]; ++i) {
        if (tenure < m_.moves[i].min_years) continue;
        pending.emplace_back(s, state(m_.moves[i].to, 0.0, 0), event * m_.moves[i].hazard / total);
      }
      pending.emplace_back(s, kLeft, event * m_.attrition_hazard[role] / total);
    }
    const std::size_t n = keys_.size() + 1;
    for (auto [from, to, p] : pending) {
      if (p > 0.0) entries.emplace_back(static_cast<int>(from), static_cast<int>(to == kLeft ? n - 1 : to), p);
    }
    entries.emplace_back(static_cast<int>(n - 1), static_cast<int>(n - 1), 1.0);
    SparseMatrix p(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    p.setFromTriplets(entries.begin(), entries.end());
    role_of.clear();
    for (const auto& key : keys_) role_of.push_back(std::get<0>(key));
    return p;
  }

  static constexpr std::size_t kLeft = static_cast<std::size_t>(-1);

 private:
  const CareerModel& m_;
  std::vector<double> origins_{};
  std::vector<double> max_gate_{};
  std::map<std::tuple<std::size_t, std::size_t, std::size_t>, std::size_t> index_{};
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> keys_{};
};

// Initial states: one unit of mass per person (profiles), or the
// organisation's headcount spread uniformly over whole-step tenures.
struct Start {
  std::vector<std::pair<std::size_t, double>> mass{};        // (state, people)
  std::vector<std::vector<std::pair<std::size_t, double>>> goal_mass{};  // per goal: eligible people's states
};

Start initial_states(const CareerModel& m, ChainBuilder& chain) {
  const Scenario& s = *m.scenario;
  Start start;
  start.goal_mass.resize(m.goals.size());
  auto add = [&](std::size_t person, std::size_t state, double weight) {
    start.mass.emplace_back(state, weight);
    for (std::uint32_t g : m.person_goals[person]) start.goal_mass[g].emplace_back(state, weight / static_cast<double>(m.eligible[g]));
  };
  if (s.population.kind == Population::Kind::kProfiles) {
    for (std::size_t p = 0; p < s.population.people.size(); ++p) {
      const Profile& person = s.population.people[p];
      add(p, chain.state(person.current_role, person.years_in_role, 0), 1.0);
    }
    return start;
  }
  const OrganisationSpec& org = s.population.organisation;
  const std::size_t low = s.step_at(org.tenure_min);
  const std::size_t high = s.step_at(org.tenure_max);
  const double share = 1.0 / static_cast<double>(high - low + 1);
  std::size_t person = 0;
  for (std::size_t r = 0; r < m.role_count(); ++r) {
    for (long long n = 0; n < org.headcount[r]; ++n, ++person) {
      for (std::size_t k = low; k <= high; ++k) add(person, chain.state(r, 0.0, k), share);
    }
  }
  return start;
}

Eigen::VectorXd to_vector(const std::vector<std::pair<std::size_t, double>>& mass, Eigen::Index n) {
  Eigen::VectorXd v = Eigen::VectorXd::Zero(n);
  for (auto [state, weight] : mass) v[static_cast<Eigen::Index>(state)] += weight;
  return v;
}

std::optional<double> first_step_reaching(const std::vector<double>& cumulative, double q, double dt) {
  for (std::size_t m = 0; m < cumulative.size(); ++m) {
    if (cumulative[m] >= q - 1e-12) return static_cast<double>(m) * dt;
  }
  return std::nullopt;
}

// P(reached by step m) for m = 0..steps, the goal's states made absorbing.
std::vector<double> reach_curve(const SparseMatrix& p, const Eigen::VectorXd& start, const std::vector<bool>& in_goal,
                                std::size_t steps) {
  Eigen::VectorXd pi = start;
  double reached = 0.0;
  std::vector<double> curve;
  for (std::size_t m = 0;; ++m) {
    for (Eigen::Index s = 0; s < pi.size(); ++s) {
      if (in_goal[static_cast<std::size_t>(s)]) {
        reached += pi[s];
        pi[s] = 0.0;
      }
    }
    curve.push_back(reached);
    if (m == steps) return curve;
    pi = p.transpose() * pi;
  }
}

// Fundamental matrix answers over the states that can still reach the goal.
void absorbing_answer(const SparseMatrix& p, const Eigen::VectorXd& start, const std::vector<bool>& in_goal,
                      double dt, ExactGoal& goal) {
  const auto n = p.rows();
  // States from which the goal is reachable: reverse search over P's edges.
  std::vector<std::vector<Eigen::Index>> into(static_cast<std::size_t>(n));
  for (Eigen::Index c = 0; c < p.outerSize(); ++c) {
    for (SparseMatrix::InnerIterator it(p, c); it; ++it) into[static_cast<std::size_t>(it.col())].push_back(it.row());
  }
  std::vector<bool> reaches(static_cast<std::size_t>(n), false);
  std::vector<Eigen::Index> stack;
  for (Eigen::Index s = 0; s < n; ++s) {
    if (in_goal[static_cast<std::size_t>(s)]) stack.push_back(s);
  }
  while (!stack.empty()) {
    const Eigen::Index s = stack.back();
    stack.pop_back();
    for (Eigen::Index from : into[static_cast<std::size_t>(s)]) {
      if (!reaches[static_cast<std::size_t>(from)] && !in_goal[static_cast<std::size_t>(from)]) {
        reaches[static_cast<std::size_t>(from)] = true;
        stack.push_back(from);
      }
    }
  }
  std::vector<Eigen::Index> local(static_cast<std::size_t>(n), -1);
  Eigen::Index t = 0;
  for (Eigen::Index s = 0; s < n; ++s) {
    if (reaches[static_cast<std::size_t>(s)]) local[static_cast<std::size_t>(s)] = t++;
  }
  double start_in_goal = 0.0;
  for (Eigen::Index s = 0; s < n; ++s) {
    if (in_goal[static_cast<std::size_t>(s)]) start_in_goal += start[s];
  }
  goal.ever = start_in_goal;
  if (t == 0) {
    if (start_in_goal > 0.0) goal.expected_years_if_ever = 0.0;
    return;
  }
  std::vector<Eigen::Triplet<double>> entries;
  Eigen::VectorXd r = Eigen::VectorXd::Zero(t);
  Eigen::VectorXd p0 = Eigen::VectorXd::Zero(t);
  for (Eigen::Index c = 0; c < p.outerSize(); ++c) {
    for (SparseMatrix::InnerIterator it(p, c); it; ++it) {
      const Eigen::Index from = local[static_cast<std::size_t>(it.row())];
      if (from < 0) continue;
      if (in_goal[static_cast<std::size_t>(it.col())]) r[from] += it.value();
      const Eigen::Index to = local[static_cast<std::size_t>(it.col())];
      if (to >= 0) entries.emplace_back(from, to, -it.value());
    }
  }
  for (Eigen::Index i = 0; i < t; ++i) entries.emplace_back(i, i, 1.0);
  for (Eigen::Index s = 0; s < n; ++s) {
    if (local[static_cast<std::size_t>(s)] >= 0) p0[local[static_cast<std::size_t>(s)]] = start[s];
  }
  SparseMatrix i_minus_q(t, t);
  i_minus_q.setFromTriplets(entries.begin(), entries.end());
  Eigen::SparseLU<SparseMatrix> lu;
  lu.compute(i_minus_q);
  if (lu.info() != Eigen::Success) return;
  const Eigen::VectorXd b = lu.solve(r);                  // absorption probabilities, N r
  const Eigen::VectorXd visits = lu.solve(b);             // N b: expected steps, weighted by absorption
  goal.ever = start_in_goal + p0.dot(b);
  if (goal.ever > 0.0) goal.expected_years_if_ever = p0.dot(visits) / goal.ever * dt;
}

}  // namespace

Result<ExactAnswer> exact_answer(const RoleGraph& graph, const Scenario& scenario) {
  if (Status ok = markov_scenario(scenario); !ok) return ok.error();
  const CareerModel m = detail::build_career_model(graph, scenario);
  ChainBuilder chain(m);
  const Start start = initial_states(m, chain);
  std::vector<std::pair<std::size_t, double>> hires;  // per arrival: the hire's state
  for (const auto& a : m.arrivals) hires.emplace_back(chain.state(scenario.dynamics.hiring[a.plan].role, 0.0, 0), 1.0);
  std::vector<std::size_t> role_of;
  const SparseMatrix p = chain.build(role_of);
  const Eigen::Index n = p.rows();
  const Eigen::Index left_state = n - 1;

  ExactAnswer out;
  out.times = m.grid.times;
  out.states = role_of.size();
  out.leavers.assign(out.times.size() - 1, 0.0);
  out.hires.assign(out.times.size() - 1, 0.0);
  Eigen::VectorXd pi = to_vector(start.mass, n);
  std::size_t k = 0;
  std::size_t next_arrival = 0;
  for (std::size_t step = 0; step <= m.steps; ++step) {
    if (k < out.times.size() && m.grid.steps[k] == step) {
      std::vector<double> row(m.role_count(), 0.0);
      for (Eigen::Index s = 0; s < left_state; ++s) row[role_of[static_cast<std::size_t>(s)]] += pi[s];
      out.headcount.push_back(std::move(row));
      out.left.push_back(pi[left_state]);
      ++k;
    }
    if (step == m.steps) break;
    const std::size_t interval = std::min(k, out.times.size() - 1) - 1;
    for (; next_arrival < m.arrivals.size() && m.arrivals[next_arrival].step == step; ++next_arrival) {
      pi[static_cast<Eigen::Index>(hires[next_arrival].first)] += 1.0;
      out.hires[interval] += 1.0;
    }
    const double before = pi[left_state];
    pi = p.transpose() * pi;
    out.leavers[interval] += pi[left_state] - before;
  }

  for (std::size_t g = 0; g < m.goals.size(); ++g) {
    ExactGoal goal;
    goal.role = m.goals[g];
    std::vector<bool> in_goal(static_cast<std::size_t>(n), false);
    for (Eigen::Index s = 0; s < left_state; ++s) in_goal[static_cast<std::size_t>(s)] = role_of[static_cast<std::size_t>(s)] == goal.role;
    const Eigen::VectorXd eligible = to_vector(start.goal_mass[g], n);
    const std::vector<double> curve = reach_curve(p, eligible, in_goal, m.steps);
    for (std::size_t step : m.grid.steps) goal.reached_by_time.push_back(curve[step]);
    goal.p10 = first_step_reaching(curve, 0.10, m.dt);
    goal.p50 = first_step_reaching(curve, 0.50, m.dt);
    goal.p90 = first_step_reaching(curve, 0.90, m.dt);
    double weighted = 0.0;
    for (std::size_t step = 1; step < curve.size(); ++step) weighted += static_cast<double>(step) * (curve[step] - curve[step - 1]);
    if (curve.back() > 0.0) goal.mean_years_if_reached = weighted / curve.back() * m.dt;
    absorbing_answer(p, eligible, in_goal, m.dt, goal);
    out.goals.push_back(std::move(goal));
  }
  return out;
}

}  // namespace careerpath
