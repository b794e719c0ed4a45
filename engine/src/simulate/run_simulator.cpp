#include "simulate/run_simulator.hpp"

#include <algorithm>
#include <cmath>

#include "careerpath/advise/scorer.hpp"

namespace careerpath::detail {
namespace {

// Tenure compares with min_years after accumulating steps of 1/12 year;
// this keeps 12 x (1/12) >= 1 true.
constexpr double kTenureSlack = 1e-9;

// FNV-1a: a stable key for a name (std::hash differs between libraries).
std::uint64_t name_key(const std::string& name) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : name) h = (h ^ c) * 1099511628211ULL;
  return h;
}

}  // namespace

RunSimulator::RunSimulator(const CareerModel& model)
    : model_(model), scenario_(*model.scenario), growth_(model) {
  layout_ = MetricLayout(model.grid.times.size(), model.role_count(), model.goals.size(), model.moves.size());
  const std::size_t people = std::max<std::size_t>(1, model.expected_people());
  people_.resize(people);
  next_candidate_.assign(people, std::numeric_limits<double>::infinity());
  skills_.resize(static_cast<Eigen::Index>(people), static_cast<Eigen::Index>(model.graph->skill_count()));
  std::size_t widest = 0;
  for (std::size_t r = 0; r < model.role_count(); ++r) widest = std::max(widest, model.move_begin[r + 1] - model.move_begin[r]);
  hazard_.resize(widest);
  blocked_.resize(widest);
  move_hazard_.resize(model.moves.size());
  for (std::size_t i = 0; i < model.moves.size(); ++i) move_hazard_[i] = model.moves[i].hazard;
  attrition_hazard_ = model.attrition_hazard;
}

// Input uncertainty: this replicate's move and attrition hazards, each the
// stated one times exp(sigma Z) from a stream of its own, the same for every
// scenario compared, so that differences stay paired. The runs of a group
// (CareerModel::runs_per_draw of them) share their rates, so that the spread
// of the group means shows how much the rates move the expected result.
void RunSimulator::draw_rates() {
  if (model_.rate_sigma <= 0.0) return;
  RandomStream draws(scenario_.seed, run_ / model_.runs_per_draw, 0, RandomStream::Purpose::kInputs);
  for (std::size_t i = 0; i < move_hazard_.size(); ++i) {
    move_hazard_[i] = model_.moves[i].hazard * std::exp(model_.rate_sigma * draws.normal());
  }
  for (std::size_t r = 0; r < attrition_hazard_.size(); ++r) {
    attrition_hazard_[r] = model_.attrition_hazard[r] * std::exp(model_.rate_sigma * draws.normal());
  }
}

std::size_t RunSimulator::new_person() {
  if (size_ == people_.size()) {
    const std::size_t grown = 2 * people_.size();
    people_.resize(grown);
    next_candidate_.resize(grown, std::numeric_limits<double>::infinity());
    skills_.conservativeResize(static_cast<Eigen::Index>(grown), Eigen::NoChange);
  }
  return size_;
}

double RunSimulator::tenure(const Person& person, std::size_t step) const {
  return person.tenure_at_start + static_cast<double>(step - person.spell_start) * model_.dt;
}

bool RunSimulator::has_room(std::size_t role) const {
  return frozen_[role] == 0 && (!capacity_[role] || count_[role] < *capacity_[role]);
}

// Vacancies: a seat of a capped role that nobody holds, or a hire asked for
// by a backfill or target plan; each is filled first in, first out.
void RunSimulator::open_vacancy(std::size_t role, std::size_t at_step) { open_since_[role].push_back(at_step); }

void RunSimulator::enter(std::size_t role, std::size_t at_step) {
  ++count_[role];
  auto& open = open_since_[role];
  if (open.empty()) return;
  if (at_step >= open.front()) {
    fill_years_[role] += static_cast<double>(at_step - open.front()) * model_.dt;
    fills_[role] += 1.0;
  }
  open.pop_front();
}

void RunSimulator::depart(std::size_t role, std::size_t at_step) {
  --count_[role];
  if (capacity_[role] && count_[role] < *capacity_[role]) open_vacancy(role, at_step);
  for (std::uint32_t plan : model_.backfill_plans[role]) request_hire(plan, at_step);
}

void RunSimulator::request_hire(std::uint32_t plan, std::size_t at_step) {
  const std::size_t role = scenario_.dynamics.hiring[plan].role;
  ++under_way_[role];
  if (!capacity_[role]) open_vacancy(role, at_step);
  requests_.push({at_step + model_.fill_steps[plan], request_sequence_++, plan});
}

double RunSimulator::rate_multiplier(const Person& person, std::size_t from, std::size_t to) const {
  double factor = 1.0;
  auto apply = [&](std::uint32_t i) {
    const auto& change = std::get<MoveRateChange>(scenario_.interventions[i].action);
    if ((!change.from || *change.from == from) && (!change.to || *change.to == to)) factor *= change.multiplier;
  };
  for (std::uint32_t i : global_rate_changes_) apply(i);
  for (std::uint32_t i : person.rate_changes) apply(i);
  return factor;
}

void RunSimulator::restart_clock(std::size_t p, std::size_t step) {
  Person& x = people_[p];
  double bound = attrition_hazard_[x.role];
  for (std::size_t i = model_.move_begin[x.role]; i < model_.move_begin[x.role + 1]; ++i) {
    bound += move_hazard_[i] * rate_multiplier(x, x.role, model_.moves[i].to);
  }
  x.bound = bound;
  next_candidate_[p] = bound > 0.0 ? static_cast<double>(step) + x.rng.exponential() / (bound * model_.dt)
                                 : std::numeric_limits<double>::infinity();
}

void RunSimulator::refresh_growth(std::size_t p) {
  Person& x = people_[p];
  x.growth_entry = growth_.entry_for(x.learning_rate * x.learning_factor);
}

void RunSimulator::catch_up(std::size_t p, std::size_t step) {
  Person& x = people_[p];
  if (step <= x.skills_step) return;
  growth_.grow(x.growth_entry, x.role, step - x.skills_step, skills_.row(static_cast<Eigen::Index>(p)));
  x.skills_step = step;
}

void RunSimulator::note_goals(std::size_t p, std::size_t role, std::size_t step) {
  if (!people_[p].initial) return;
  const std::size_t goals = model_.goals.size();
  for (std::uint32_t g : model_.person_goals[p]) {
    std::int32_t& first = first_reached_[p * goals + g];
    if (model_.goals[g] == role && first < 0) first = static_cast<std::int32_t>(step);
  }
}

void RunSimulator::add_person(std::size_t p, std::size_t role, double tenure_years, double learning_rate,
                              std::size_t step) {
  ++size_;
  Person& x = people_[p];
  x.role = static_cast<std::uint32_t>(role);
  x.active = true;
  x.initial = p < model_.initial_people();
  x.spell_start = step;
  x.tenure_at_start = tenure_years;
  x.learning_rate = learning_rate;
  x.learning_factor = 1.0;
  x.skills_step = step;
  x.rng.reseed(scenario_.seed, run_, p, RandomStream::Purpose::kCareer);
  x.rate_changes.clear();
  x.mentoring.clear();
  x.trainings.clear();
  x.career.start(role);
  refresh_growth(p);
  enter(role, step);
  note_goals(p, role, step);
  restart_clock(p, step);
}

void RunSimulator::draw_skills(std::size_t p, std::size_t role, double offset, RandomStream& draws) {
  const double spread = scenario_.population.organisation.skill_spread;
  const auto need = model_.graph->requirements().row(static_cast<Eigen::Index>(role));
  auto skills = skills_.row(static_cast<Eigen::Index>(p));
  for (Eigen::Index j = 0; j < skills.size(); ++j) {
    skills(j) = std::clamp(need(j) + offset + spread * draws.normal(), 0.0, 1.0);
  }
}

void RunSimulator::start_run(std::size_t run) {
  run_ = run;
  size_ = 0;
  const std::size_t roles = model_.role_count();
  count_.assign(roles, 0);
  capacity_ = scenario_.dynamics.capacity;
  draw_rates();
  open_since_.resize(roles);
  for (auto& open : open_since_) open.clear();
  under_way_.assign(roles, 0);
  requests_ = {};
  request_sequence_ = 0;
  fill_years_.assign(roles, 0.0);
  fills_.assign(roles, 0.0);
  role_leavers_.assign(layout_.intervals() * roles, 0.0);
  role_hires_.assign(layout_.intervals() * roles, 0.0);
  blocked_count_.assign(layout_.intervals() * roles, 0.0);
  move_count_.assign(layout_.intervals() * model_.moves.size(), 0.0);
  frozen_.assign(roles, 0);
  global_rate_changes_.clear();
  waiting_.resize(roles);
  for (auto& w : waiting_) w.clear();
  waiting_head_.assign(roles, 0);
  leavers_.assign(layout_.intervals(), 0.0);
  hires_.assign(layout_.intervals(), 0.0);
  interval_ = 0;
  left_so_far_ = 0;
  cost_ = 0.0;
  first_reached_.assign(model_.initial_people() * model_.goals.size(), -1);
  in_training_.clear();

  const Population& pop = scenario_.population;
  if (pop.kind == Population::Kind::kProfiles) {
    for (const Profile& person : pop.people) {
      const std::size_t p = new_person();
      skills_.row(static_cast<Eigen::Index>(p)) = person.skills.transpose();
      add_person(p, person.current_role, person.years_in_role, person.learning_rate, 0);
    }
    open_initial_vacancies();
    return;
  }
  const OrganisationSpec& org = pop.organisation;
  const auto low = static_cast<long long>(scenario_.step_at(org.tenure_min));
  const auto high = static_cast<long long>(scenario_.step_at(org.tenure_max));
  for (std::size_t r = 0; r < roles; ++r) {
    for (long long n = 0; n < org.headcount[r]; ++n) {
      const std::size_t p = new_person();
      RandomStream draws(scenario_.seed, run_, p, RandomStream::Purpose::kSkills);
      const auto tenure_steps = low + static_cast<long long>(draws.uniform() * static_cast<double>(high - low + 1));
      draw_skills(p, r, 0.0, draws);
      add_person(p, r, static_cast<double>(std::min(tenure_steps, high)) * model_.dt, 1.0, 0);
    }
  }
  open_initial_vacancies();
}

// Seats of capped roles that nobody holds at the start are open from then.
void RunSimulator::open_initial_vacancies() {
  for (std::size_t r = 0; r < count_.size(); ++r) {
    if (!capacity_[r]) continue;
    for (long long n = count_[r]; n < *capacity_[r]; ++n) open_vacancy(r, 0);
  }
}

bool RunSimulator::in_group(const Group& group, const Person& x) const {
  if (const auto* role = std::get_if<InRole>(&group)) return x.role == role->role;
  if (const auto* track = std::get_if<InTrack>(&group)) return model_.graph->role(x.role).track == track->track;
  return std::holds_alternative<Everyone>(group);
}

// The active people an intervention reaches when it starts; with a limit,
// that many of them drawn at random (a partial Fisher-Yates shuffle on a
// stream keyed by the intervention's name, so that the same intervention
// picks the same people in every scenario it appears in).
std::vector<std::size_t> RunSimulator::selected(const Intervention& iv, std::uint32_t index) const {
  std::vector<std::size_t> out;
  if (std::holds_alternative<NamedPeople>(iv.who.group)) {
    for (std::uint32_t p : model_.named_people[index]) {
      if (people_[p].active) out.push_back(p);
    }
  } else {
    for (std::size_t p = 0; p < size_; ++p) {
      if (people_[p].active && in_group(iv.who.group, people_[p])) out.push_back(p);
    }
  }
  if (!iv.who.limit || out.size() <= *iv.who.limit) return out;
  RandomStream draws(scenario_.seed, run_, name_key(iv.name), RandomStream::Purpose::kSelection);
  for (std::size_t i = 0; i < *iv.who.limit; ++i) {
    const auto j = i + static_cast<std::size_t>(draws.uniform() * static_cast<double>(out.size() - i));
    std::swap(out[i], out[std::min(j, out.size() - 1)]);
  }
  out.resize(*iv.who.limit);
  std::sort(out.begin(), out.end());
  return out;
}

void RunSimulator::start_intervention(std::uint32_t i, std::size_t step) {
  const Intervention& iv = scenario_.interventions[i];
  if (const auto* training = std::get_if<Training>(&iv.action)) {
    for (std::size_t p : selected(iv, i)) {
      catch_up(p, step);
      cost_ += training->cost_per_person;
      if (model_.training_steps[i] == 0) {
        auto skills = skills_.row(static_cast<Eigen::Index>(p));
        for (const SkillGain& g : training->gains) {
          double& s = skills(static_cast<Eigen::Index>(g.skill));
          s = std::max(s, std::min(scenario_.dynamics.ceiling, s + g.amount));
        }
      } else {
        if (people_[p].trainings.empty()) in_training_.push_back(static_cast<std::uint32_t>(p));
        people_[p].trainings.emplace_back(i, model_.training_steps[i]);
      }
    }
    return;
  }
  if (const auto* mentoring = std::get_if<Mentoring>(&iv.action)) {
    for (std::size_t p : selected(iv, i)) {
      catch_up(p, step);
      cost_ += mentoring->cost_per_person;
      people_[p].mentoring.push_back(i);
      people_[p].learning_factor *= mentoring->learning_multiplier;
      refresh_growth(p);
    }
    return;
  }
  if (std::holds_alternative<MoveRateChange>(iv.action)) {
    if (std::holds_alternative<Everyone>(iv.who.group) && !iv.who.limit) {
      global_rate_changes_.push_back(i);
      for (std::size_t p = 0; p < size_; ++p) {
        if (people_[p].active) restart_clock(p, step);
      }
      return;
    }
    for (std::size_t p : selected(iv, i)) {
      people_[p].rate_changes.push_back(i);
      restart_clock(p, step);
    }
    return;
  }
  if (const auto* freeze = std::get_if<Freeze>(&iv.action)) {
    ++frozen_[freeze->role];
    return;
  }
  const auto& open = std::get<OpenPositions>(iv.action);
  *capacity_[open.role] += open.count;
  for (long long n = 0; n < open.count; ++n) open_vacancy(open.role, step);
}

void RunSimulator::end_intervention(std::uint32_t i, std::size_t step) {
  const Intervention& iv = scenario_.interventions[i];
  auto drop = [i](std::vector<std::uint32_t>& list) {
    auto it = std::find(list.begin(), list.end(), i);
    if (it == list.end()) return false;
    list.erase(it);
    return true;
  };
  if (const auto* freeze = std::get_if<Freeze>(&iv.action)) {
    --frozen_[freeze->role];
    return;
  }
  const bool rate_change = std::holds_alternative<MoveRateChange>(iv.action);
  const bool mentoring = std::holds_alternative<Mentoring>(iv.action);
  const bool everyone = rate_change && drop(global_rate_changes_);
  for (std::size_t p = 0; p < size_; ++p) {
    Person& x = people_[p];
    if (!x.active) continue;
    if (mentoring && drop(x.mentoring)) {
      catch_up(p, step);
      x.learning_factor = 1.0;  // recomputed, not divided, so that no rounding drift builds up
      for (std::uint32_t m : x.mentoring) {
        x.learning_factor *= std::get<Mentoring>(scenario_.interventions[m].action).learning_multiplier;
      }
      refresh_growth(p);
    }
    if (rate_change && (everyone || drop(x.rate_changes))) restart_clock(p, step);
  }
}

void RunSimulator::apply_changes(std::size_t step, std::size_t& next_change) {
  const auto& schedule = model_.schedule;
  for (; next_change < schedule.size() && schedule[next_change].step == step; ++next_change) {
    const ScheduledChange& c = schedule[next_change];
    if (c.starts) {
      start_intervention(c.intervention, step);
    } else {
      end_intervention(c.intervention, step);
    }
  }
}

void RunSimulator::hire(std::size_t step, std::size_t& next_arrival) {
  const auto& arrivals = model_.arrivals;
  for (; next_arrival < arrivals.size() && arrivals[next_arrival].step == step; ++next_arrival) {
    const HiringPlan& plan = scenario_.dynamics.hiring[arrivals[next_arrival].plan];
    waiting_[plan.role].push_back(arrivals[next_arrival].plan);
  }
  for (std::uint32_t plan : model_.target_plans) {
    const HiringPlan& h = scenario_.dynamics.hiring[plan];
    const long long target = std::get<TargetHeadcount>(h.rule).headcount;
    while (count_[h.role] + under_way_[h.role] < target) request_hire(plan, step);
  }
  for (; !requests_.empty() && requests_.top().due <= step; requests_.pop()) {
    waiting_[scenario_.dynamics.hiring[requests_.top().plan].role].push_back(requests_.top().plan);
  }
  for (std::size_t r = 0; r < waiting_.size(); ++r) {
    while (waiting_head_[r] < waiting_[r].size() && has_room(r)) {
      const std::uint32_t index = waiting_[r][waiting_head_[r]++];
      const HiringPlan& plan = scenario_.dynamics.hiring[index];
      if (!std::holds_alternative<FixedPerYear>(plan.rule)) --under_way_[r];
      const std::size_t p = new_person();
      RandomStream draws(scenario_.seed, run_, p, RandomStream::Purpose::kSkills);
      draw_skills(p, r, plan.skill_offset, draws);
      add_person(p, r, 0.0, 1.0, step);
      hires_[interval_] += 1.0;
      role_hires_[interval_ * count_.size() + r] += 1.0;
    }
  }
}

void RunSimulator::move(std::size_t p, std::size_t step, std::size_t m) {
  Person& x = people_[p];
  const std::size_t to = model_.moves[m].to;
  catch_up(p, step + 1);  // the step was spent growing in the old role
  depart(x.role, step + 1);
  enter(to, step + 1);
  move_count_[interval_ * model_.moves.size() + m] += 1.0;
  x.role = static_cast<std::uint32_t>(to);
  x.spell_start = step + 1;
  x.tenure_at_start = 0.0;
  if (x.initial) x.career.append(to);
  note_goals(p, to, step + 1);
  restart_clock(p, step + 1);
}

void RunSimulator::leave(std::size_t p, std::size_t step) {
  Person& x = people_[p];
  x.active = false;
  next_candidate_[p] = std::numeric_limits<double>::infinity();
  if (x.initial) x.career.left = true;
  depart(x.role, step + 1);
  leavers_[interval_] += 1.0;
  role_leavers_[interval_ * count_.size() + x.role] += 1.0;
  ++left_so_far_;
}

void RunSimulator::note_blocked(double u, std::size_t begin, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    if (u < blocked_[i]) {
      blocked_count_[interval_ * count_.size() + model_.moves[begin + i].to] += 1.0;
      return;
    }
    u -= blocked_[i];
  }
}

double RunSimulator::fit_power(double fit) const {
  const double k = model_.fit_exponent;
  if (k == 2.0) return fit * fit;
  if (k == 1.0) return fit;
  return std::pow(fit, k);
}

bool RunSimulator::decide(std::size_t p, std::size_t step) {
  Person& x = people_[p];
  const double end = static_cast<double>(step + 1);
  // Hazards at the start of the step; computed once for all its candidates.
  catch_up(p, step);
  const std::size_t begin = model_.move_begin[x.role];
  const std::size_t count = model_.move_begin[x.role + 1] - begin;
  const double years = tenure(x, step) + kTenureSlack;
  double total = 0.0;
  double blocked_total = 0.0;
  for (std::size_t i = 0; i < count; ++i) {
    const Move& m = model_.moves[begin + i];
    double h = 0.0;
    if (years >= m.min_years) {
      h = move_hazard_[begin + i] * rate_multiplier(x, x.role, m.to);
      if (h > 0.0 && model_.skill_effects) {
        h *= fit_power(skill_fit(*model_.graph, skills_.row(static_cast<Eigen::Index>(p)).transpose(), m.to));
      }
    }
    // A move into a full or frozen role cannot happen; its hazard is kept
    // apart only to count the moves turned away.
    const bool open = has_room(m.to);
    hazard_[i] = open ? h : 0.0;
    blocked_[i] = open ? 0.0 : h;
    total += hazard_[i];
    blocked_total += blocked_[i];
  }
  const double attrition = attrition_hazard_[x.role];
  double& next = next_candidate_[p];
  for (; next < end; next += x.rng.exponential() / (x.bound * model_.dt)) {
    double u = x.rng.uniform() * x.bound;
    if (u >= total + attrition) {
      // Rejected; the band just above the events is the turned-away moves.
      u -= total + attrition;
      if (u < blocked_total) note_blocked(u, begin, count);
      continue;
    }
    for (std::size_t i = 0; i < count; ++i) {
      if (u < hazard_[i]) {
        move(p, step, begin + i);
        return true;
      }
      u -= hazard_[i];
    }
    leave(p, step);
    return true;
  }
  return false;
}

void RunSimulator::train(std::size_t p, std::size_t step) {
  Person& x = people_[p];
  catch_up(p, step + 1);
  auto skills = skills_.row(static_cast<Eigen::Index>(p));
  for (auto& [i, left] : x.trainings) {
    const auto& training = std::get<Training>(scenario_.interventions[i].action);
    const double share = 1.0 / static_cast<double>(model_.training_steps[i]);
    for (const SkillGain& g : training.gains) {
      double& s = skills(static_cast<Eigen::Index>(g.skill));
      s = std::max(s, std::min(scenario_.dynamics.ceiling, s + g.amount * share));
    }
    --left;
  }
  std::erase_if(x.trainings, [](const auto& t) { return t.second == 0; });
}

// Candidate events first, for everyone in index order, then the training
// under way: a training changes only its trainee's skills and draws no
// random numbers, so the order between people does not change any result.
void RunSimulator::step_people(std::size_t people, std::size_t step) {
  const double end = static_cast<double>(step + 1);
  const double* next = next_candidate_.data();
  for (std::size_t p = 0; p < people; ++p) {
    if (next[p] < end) decide(p, step);  // inactive people wait at infinity
  }
  std::size_t kept = 0;
  for (std::uint32_t p : in_training_) {
    if (!people_[p].active) continue;
    train(p, step);
    if (!people_[p].trainings.empty()) in_training_[kept++] = p;
  }
  in_training_.resize(kept);
}

void RunSimulator::record(std::size_t k, std::size_t step, RunRecord& rec) {
  double active = 0.0;
  for (std::size_t p = 0; p < size_; ++p) {
    if (!people_[p].active) continue;
    rec.add(layout_.headcount(k, people_[p].role), 1.0);
    active += 1.0;
  }
  if (active > 0.0) rec.add(layout_.active(k), active);
  if (left_so_far_ > 0) rec.add(layout_.left(k), static_cast<double>(left_so_far_));
  for (std::size_t r = 0; r < open_since_.size(); ++r) {
    if (!open_since_[r].empty()) rec.add(layout_.vacancies(k, r), static_cast<double>(open_since_[r].size()));
  }
  if (model_.record_skills && people_[0].active) {
    catch_up(0, step);
    rec.skills.row(static_cast<Eigen::Index>(k)) = skills_.row(0);
    rec.skill_samples[static_cast<Eigen::Index>(k)] = 1.0;
  }
  if (k < layout_.intervals()) interval_ = k;
}

void RunSimulator::finish(RunRecord& rec) {
  const std::size_t roles = count_.size();
  const std::size_t moves = model_.moves.size();
  for (std::size_t i = 0; i < layout_.intervals(); ++i) {
    if (leavers_[i] > 0.0) rec.add(layout_.leavers(i), leavers_[i]);
    if (hires_[i] > 0.0) rec.add(layout_.hires(i), hires_[i]);
    for (std::size_t r = 0; r < roles; ++r) {
      if (role_leavers_[i * roles + r] > 0.0) rec.add(layout_.role_leavers(i, r), role_leavers_[i * roles + r]);
      if (role_hires_[i * roles + r] > 0.0) rec.add(layout_.role_hires(i, r), role_hires_[i * roles + r]);
      if (blocked_count_[i * roles + r] > 0.0) rec.add(layout_.blocked(i, r), blocked_count_[i * roles + r]);
    }
    for (std::size_t m = 0; m < moves; ++m) {
      if (move_count_[i * moves + m] > 0.0) rec.add(layout_.move(i, m), move_count_[i * moves + m]);
    }
  }
  for (std::size_t r = 0; r < roles; ++r) {
    if (fills_[r] > 0.0) {
      rec.add(layout_.fills(r), fills_[r]);
      rec.add(layout_.fill_years(r), fill_years_[r]);
    }
  }
  const std::size_t goals = model_.goals.size();
  for (std::size_t p = 0; p < model_.initial_people(); ++p) {
    for (std::uint32_t g : model_.person_goals[p]) {
      const std::int32_t first = first_reached_[p * goals + g];
      rec.goal_steps.emplace_back(g, first);
      if (first < 0) continue;
      const double weight = 1.0 / static_cast<double>(model_.eligible[g]);
      const bool arrival = people_[p].career.roles[0] != model_.goals[g];
      for (std::size_t k = 0; k < layout_.times; ++k) {
        if (model_.grid.steps[k] < static_cast<std::size_t>(first)) continue;
        rec.add(layout_.goal(g, k), weight);
        if (arrival) rec.add(layout_.arrivals(g, k), 1.0);
      }
    }
    rec.careers.push_back(people_[p].career);
  }
  if (cost_ > 0.0) rec.add(layout_.cost(), cost_);
}

void RunSimulator::simulate(std::size_t run, RunRecord& rec) {
  start_run(run);
  std::size_t k = 0;
  std::size_t next_change = 0;
  std::size_t next_arrival = 0;
  const bool hiring = !model_.arrivals.empty() || model_.dynamic_hiring();
  for (std::size_t step = 0; step < model_.steps;) {
    for (; k < layout_.times && model_.grid.steps[k] == step; ++k) record(k, step, rec);
    apply_changes(step, next_change);
    if (hiring) hire(step, next_arrival);
    const std::size_t people = size_;
    step_people(people, step);
    ++step;
    // Nothing happens to a lone person between events: skip to the next one.
    if (people == 1 && !hiring && in_training_.empty()) {
      std::size_t next = model_.steps;
      if (k < layout_.times) next = std::min(next, model_.grid.steps[k]);
      if (next_change < model_.schedule.size()) next = std::min(next, model_.schedule[next_change].step);
      const double candidate = next_candidate_[0];
      if (people_[0].active && candidate < static_cast<double>(next)) next = static_cast<std::size_t>(candidate);
      step = std::max(step, next);
    }
  }
  for (; k < layout_.times; ++k) record(k, model_.steps, rec);
  finish(rec);
}

}  // namespace careerpath::detail
