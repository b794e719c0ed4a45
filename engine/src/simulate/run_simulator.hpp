// Simulates one run of a scenario: its whole population, step by step, on
// random streams derived from (seed, run, person).
//
// Within a step, people are processed in index order (the initial population
// first, then hires in order of arrival); a vacancy one person frees or takes
// is seen by the next. Moves are decided on the state at the start of the
// step (skills, tenure) and take effect at its end.
//
// Move events use thinning (Lewis and Shedler): candidate events arrive at
// the person's bound B >= the total hazard H, and a candidate in step n is
// accepted with probability H(n) / B, choosing the move in proportion to its
// hazard. That is exactly "some event with probability 1 - exp(-H dt), which
// one in proportion to h_i" for the piecewise-constant hazard of each step,
// while fits are computed only at candidates (about B per year) instead of at
// every step.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <queue>
#include <vector>

#include "simulate/random_stream.hpp"
#include "simulate/career_model.hpp"
#include "simulate/growth_tables.hpp"
#include "simulate/run_record.hpp"

namespace careerpath::detail {

class RunSimulator {
 public:
  explicit RunSimulator(const CareerModel& model);

  // Simulates run `run` into `record` (which must be clear).
  void simulate(std::size_t run, RunRecord& record);

  [[nodiscard]] const MetricLayout& layout() const noexcept { return layout_; }

 private:
  struct Person {
    std::uint32_t role = 0;
    bool active = true;
    bool initial = true;
    std::size_t spell_start = 0;  // step the current spell in the role began
    double tenure_at_start = 0.0;
    double learning_rate = 1.0;   // the person's own
    double learning_factor = 1.0; // product of active mentoring multipliers
    std::size_t growth_entry = 0;
    std::size_t skills_step = 0;  // skills are current at the start of this step
    double bound = 0.0;           // per year, >= the total hazard
    RandomStream rng{};
    std::vector<std::uint32_t> rate_changes{};  // active person-specific move_rate interventions
    std::vector<std::uint32_t> mentoring{};     // active mentoring interventions
    std::vector<std::pair<std::uint32_t, std::size_t>> trainings{};  // (intervention, steps left)
    TrajectoryKey career{};
  };

  // A hire under way for a backfill or target plan: starts at `due` (then
  // waits, like any hire, for a seat in a full or frozen role).
  struct Request {
    std::size_t due = 0;
    std::uint64_t sequence = 0;  // order of asking, for ties
    std::uint32_t plan = 0;
    friend bool operator>(const Request& a, const Request& b) noexcept {
      return a.due != b.due ? a.due > b.due : a.sequence > b.sequence;
    }
  };

  void start_run(std::size_t run);
  void draw_rates();
  std::size_t new_person();  // index of a fresh person slot (storage grows as needed)
  void add_person(std::size_t p, std::size_t role, double tenure, double learning_rate, std::size_t step);
  void enter(std::size_t role, std::size_t at_step);
  void depart(std::size_t role, std::size_t at_step);
  void open_vacancy(std::size_t role, std::size_t at_step);
  void request_hire(std::uint32_t plan, std::size_t at_step);
  void draw_skills(std::size_t person, std::size_t role, double offset, RandomStream& draws);
  [[nodiscard]] double fit_power(double fit) const;
  void step_people(std::size_t people, std::size_t step);
  void train(std::size_t p, std::size_t step);
  bool decide(std::size_t p, std::size_t step);  // true when the person moved or left
  void move(std::size_t p, std::size_t step, std::size_t move);  // `move` indexes CareerModel::moves
  void note_blocked(double u, std::size_t begin, std::size_t count);
  void open_initial_vacancies();
  void leave(std::size_t p, std::size_t step);
  void catch_up(std::size_t p, std::size_t step);  // skills to the start of `step`
  void restart_clock(std::size_t p, std::size_t step);
  void refresh_growth(std::size_t p);
  [[nodiscard]] double rate_multiplier(const Person& person, std::size_t from, std::size_t to) const;
  [[nodiscard]] double tenure(const Person& person, std::size_t step) const;
  [[nodiscard]] bool has_room(std::size_t role) const;
  void apply_changes(std::size_t step, std::size_t& next_change);
  void start_intervention(std::uint32_t i, std::size_t step);
  void end_intervention(std::uint32_t i, std::size_t step);
  [[nodiscard]] std::vector<std::size_t> selected(const Intervention& iv, std::uint32_t index) const;
  [[nodiscard]] bool in_group(const Group& group, const Person& person) const;
  void hire(std::size_t step, std::size_t& next_arrival);
  void record(std::size_t k, std::size_t step, RunRecord& record);
  void finish(RunRecord& record);
  void note_goals(std::size_t p, std::size_t role, std::size_t step);

  const CareerModel& model_;
  const Scenario& scenario_;
  MetricLayout layout_{};
  GrowthTables growth_;
  std::size_t run_ = 0;
  std::vector<Person> people_{};  // sized for the most people a run can have; the first size_ are in use
  std::size_t size_ = 0;
  RoleMatrix skills_{};                      // person x skill, normalised
  std::vector<std::int32_t> first_reached_{};  // person x goal: step first held, or -1
  std::vector<long long> count_{};           // people per role now
  std::vector<std::optional<long long>> capacity_{};  // per role now (opened positions raise it)
  std::vector<int> frozen_{};                // per role: active freezes
  std::vector<std::uint32_t> global_rate_changes_{};  // active move_rate changes for everyone
  std::vector<std::vector<std::uint32_t>> waiting_{};  // per role: hiring plans of waiting hires
  std::vector<std::size_t> waiting_head_{};
  std::vector<double> leavers_{}, hires_{};  // per interval
  std::vector<double> role_leavers_{}, role_hires_{}, blocked_count_{};  // [interval][role]
  std::vector<double> move_count_{};                                   // [interval][move]
  std::vector<double> fill_years_{}, fills_{};                         // per role
  std::vector<double> move_hazard_{};        // per model move, this replicate's (input uncertainty)
  std::vector<double> attrition_hazard_{};   // per role, this replicate's
  std::vector<std::deque<std::size_t>> open_since_{};  // per role: steps its open vacancies opened at
  std::vector<long long> under_way_{};       // per role: requested hires not yet started
  std::priority_queue<Request, std::vector<Request>, std::greater<>> requests_{};
  std::uint64_t request_sequence_ = 0;
  std::size_t interval_ = 0;
  std::size_t left_so_far_ = 0;
  double cost_ = 0.0;
  // Per person: the step (fractional) of the next candidate event, or
  // infinity once gone. Kept apart from Person so that the per-step scan
  // over everyone reads one contiguous array (large organisations).
  std::vector<double> next_candidate_{};
  std::vector<std::uint32_t> in_training_{};  // people with trainings under way
  std::vector<double> hazard_{};   // workspace: hazards of the current role's moves
  std::vector<double> blocked_{};  // workspace: hazards of its moves into full or frozen roles
};

}  // namespace careerpath::detail
