// A simulation scenario: who is simulated (one person many times, a team, or
// an organisation given as headcount per role), for how long, under which
// dynamics (skill growth, moves, attrition, hiring, capacity), and with which
// dated interventions (training, mentoring, changed move rates, frozen roles,
// opened positions). Scenarios are bound to one RoleGraph: roles, skills and
// tracks are indices into it. See docs/simulate.md for the model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "careerpath/model/profile.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

enum class StepLength { kMonth, kQuarter, kYear };

[[nodiscard]] int steps_per_year(StepLength step) noexcept;
[[nodiscard]] std::string_view to_string(StepLength step) noexcept;
[[nodiscard]] std::optional<StepLength> parse_step_length(std::string_view text) noexcept;

// Whether skill fit scales move hazards. Off, careers are a Markov chain over
// (role, tenure) whose exact answer markov.hpp computes.
enum class SkillEffects { kOn, kOff };

// Who an intervention applies to. Membership by role or track is decided
// when the intervention starts ("the program managers at month six").
struct Everyone {
  friend bool operator==(const Everyone&, const Everyone&) = default;
};
struct InRole {
  std::size_t role = 0;
  friend bool operator==(const InRole&, const InRole&) = default;
};
struct InTrack {
  std::size_t track = 0;
  friend bool operator==(const InTrack&, const InTrack&) = default;
};
struct NamedPeople {
  std::vector<std::string> ids{};  // profile ids in the population
  friend bool operator==(const NamedPeople&, const NamedPeople&) = default;
};
using Group = std::variant<Everyone, InRole, InTrack, NamedPeople>;

struct Selector {
  Group group{Everyone{}};
  // At most this many of the group, drawn at random in each run when the
  // intervention starts ("ten of the program managers"); all when empty.
  std::optional<std::size_t> limit{};
  friend bool operator==(const Selector&, const Selector&) = default;
};

struct SkillGain {
  std::size_t skill = 0;
  double amount = 0.0;  // normalised: added over the training's duration
  friend bool operator==(const SkillGain&, const SkillGain&) = default;
};

// Raises skills (spread over the intervention's duration; at once without one).
struct Training {
  std::vector<SkillGain> gains{};
  double cost_per_person = 0.0;
  friend bool operator==(const Training&, const Training&) = default;
};
// Multiplies the learning rate while it lasts.
struct Mentoring {
  double learning_multiplier = 1.0;
  double cost_per_person = 0.0;
  friend bool operator==(const Mentoring&, const Mentoring&) = default;
};
// Multiplies the hazard of the matching moves while it lasts; an empty end
// matches any role (at least one end is set).
struct MoveRateChange {
  std::optional<std::size_t> from{};
  std::optional<std::size_t> to{};
  double multiplier = 1.0;
  friend bool operator==(const MoveRateChange&, const MoveRateChange&) = default;
};
// No moves or hires into the role while it lasts.
struct Freeze {
  std::size_t role = 0;
  friend bool operator==(const Freeze&, const Freeze&) = default;
};
// Raises a capped role's capacity from then on.
struct OpenPositions {
  std::size_t role = 0;
  long long count = 0;
  friend bool operator==(const OpenPositions&, const OpenPositions&) = default;
};
using Action = std::variant<Training, Mentoring, MoveRateChange, Freeze, OpenPositions>;

// In the order of Action's alternatives.
enum class InterventionKind { kTraining, kMentoring, kMoveRate, kFreeze, kOpenPositions };

[[nodiscard]] std::string_view to_string(InterventionKind kind) noexcept;

struct Intervention {
  std::string name{};
  double at = 0.0;  // years from the start
  // Years it lasts: a training spreads its gains over it (at once when
  // empty); mentoring, a changed rate and a freeze apply during it (to the
  // horizon when empty). Open positions stay open.
  std::optional<double> duration{};
  Selector who{};
  Action action{Training{}};

  [[nodiscard]] InterventionKind kind() const noexcept { return static_cast<InterventionKind>(action.index()); }
  // Training and mentoring cost this much per person selected; others nothing.
  [[nodiscard]] double cost_per_person() const noexcept;
  friend bool operator==(const Intervention&, const Intervention&) = default;
};

// How a role is staffed from outside.
struct FixedPerYear {  // hires arrive evenly spread over each year
  double per_year = 0.0;
  friend bool operator==(const FixedPerYear&, const FixedPerYear&) = default;
};
struct Backfill {  // every departure from the role (leaving or moving on) is replaced
  friend bool operator==(const Backfill&, const Backfill&) = default;
};
struct TargetHeadcount {  // hires whenever people plus hires under way fall below the target
  long long headcount = 0;
  friend bool operator==(const TargetHeadcount&, const TargetHeadcount&) = default;
};
using HiringRule = std::variant<FixedPerYear, Backfill, TargetHeadcount>;

struct HiringPlan {
  std::size_t role = 0;
  HiringRule rule{FixedPerYear{}};
  double skill_offset = 0.0;  // normalised; new hires' skills centre on requirement + offset
  // Years from a vacancy to the hire's start (backfill and target policies).
  double time_to_fill = 0.25;
  friend bool operator==(const HiringPlan&, const HiringPlan&) = default;
};

struct Dynamics {
  double growth_rate = 0.5;   // per year, for a skill of importance 1 and learning rate 1
  double stretch = 0.2;       // normalised: skills grow towards requirement + stretch
  double ceiling = 1.0;       // normalised: no skill grows above this
  double fit_exponent = 2.0;  // a move's hazard is scaled by fit^k
  SkillEffects skill_effects = SkillEffects::kOn;
  std::vector<double> attrition{};       // per role: probability per year of leaving
  std::vector<HiringPlan> hiring{};
  std::vector<std::optional<long long>> capacity{};  // per role; empty when unlimited
  // Input uncertainty: each replicate draws every move rate and attrition
  // probability's hazard times exp(sigma Z), Z standard normal, with sigma
  // such that 95% of draws fall within a factor (1 + rate_uncertainty) of
  // the stated value. 0: the rates are taken as known.
  double rate_uncertainty = 0.0;
};

struct OrganisationSpec {
  std::vector<long long> headcount{};  // per role
  double skill_spread = 0.1;           // normalised standard deviation around requirements
  double tenure_min = 0.0;             // initial years in role, drawn uniformly in whole steps
  double tenure_max = 0.0;
};

struct Population {
  enum class Kind { kProfiles, kOrganisation };
  Kind kind = Kind::kProfiles;
  std::vector<Profile> people{};  // kProfiles: one profile, a team or a list
  std::string team_id{};          // when the people came from a team file
  OrganisationSpec organisation{};
};

struct Scenario {
  std::string id{};
  std::string name{};
  std::string description{};
  std::string file{};  // where it was read from; empty for built-in shortcuts
  std::vector<std::string> extends{};  // the files it extends ("extends"), nearest first
  Population population{};
  std::size_t runs = 10000;
  double years = 5.0;
  StepLength step = StepLength::kMonth;
  std::uint64_t seed = 1;
  std::vector<std::size_t> goals{};  // goal roles for everyone, besides each profile's own
  Dynamics dynamics{};
  std::vector<Intervention> interventions{};
  std::vector<Error> notes{};  // how names were read, from the scenario and the files it names

  [[nodiscard]] double step_years() const noexcept { return 1.0 / steps_per_year(step); }
  [[nodiscard]] std::size_t total_steps() const noexcept;
  // The times results are reported at, in years: 0, 1, 2, ... up to the
  // horizon, and the horizon itself when it is not a whole year.
  [[nodiscard]] std::vector<double> report_times() const;
  // The step at whose start time `years` falls (rounded to the nearest step).
  [[nodiscard]] std::size_t step_at(double years) const noexcept;
  [[nodiscard]] std::size_t initial_population() const noexcept;
  // Goal roles over everyone (scenario goals, then profile goals), in first-seen order.
  [[nodiscard]] std::vector<std::size_t> all_goals() const;
};

// A scenario for one person, many runs (`simulate PROFILE`): the profile's
// goals are its goals; attrition and hiring are off.
[[nodiscard]] Scenario scenario_for_profile(const RoleGraph& graph, Profile person);

// Default attrition, growth and capacity vectors sized for `graph`.
[[nodiscard]] Dynamics default_dynamics(const RoleGraph& graph);

}  // namespace careerpath
