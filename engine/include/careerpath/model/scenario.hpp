// A simulation scenario: who is simulated (one person many times, a team, or
// an organisation given as headcount per role), for how long, under which
// dynamics (skill growth, moves, attrition, hiring, capacity), and with which
// dated interventions (training, mentoring, changed move rates, frozen roles,
// opened positions). Scenarios are bound to one RoleGraph: roles, skills and
// tracks are indices into it. See docs/simulate.md for the model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
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
struct Selector {
  enum class Kind { kEveryone, kRole, kTrack, kPeople };
  Kind kind = Kind::kEveryone;
  std::size_t index = 0;              // role or track index for kRole / kTrack
  std::vector<std::string> people{};  // person ids for kPeople
};

enum class InterventionKind { kTraining, kMentoring, kMoveRate, kFreeze, kOpenPositions };

[[nodiscard]] std::string_view to_string(InterventionKind kind) noexcept;

struct SkillGain {
  std::size_t skill = 0;
  double amount = 0.0;  // normalised: added over the training's duration
};

struct Intervention {
  InterventionKind kind = InterventionKind::kTraining;
  std::string name{};
  double at = 0.0;  // years from the start
  // Years it lasts: training spreads its gains over it; mentoring, a changed
  // rate and a freeze apply during it. Infinity means to the horizon.
  double duration = std::numeric_limits<double>::infinity();
  Selector who{};
  std::vector<SkillGain> gains{};      // training
  double cost_per_person = 0.0;        // training and mentoring
  double learning_multiplier = 1.0;    // mentoring
  std::optional<std::size_t> from{};   // move rate: moves out of this role (any if empty)
  std::optional<std::size_t> to{};     // move rate: moves into this role (any if empty)
  double rate_multiplier = 1.0;        // move rate
  std::size_t role = 0;                // freeze, open positions
  long long positions = 0;             // open positions
};

struct HiringPlan {
  std::size_t role = 0;
  double per_year = 0.0;      // new hires arrive evenly spread over each year
  double skill_offset = 0.0;  // normalised; new hires' skills centre on requirement + offset
};

inline constexpr long long kUnlimitedCapacity = -1;

struct Dynamics {
  double growth_rate = 0.5;   // per year, for a skill of importance 1 and learning rate 1
  double stretch = 0.2;       // normalised: skills grow towards requirement + stretch
  double ceiling = 1.0;       // normalised: no skill grows above this
  double fit_exponent = 2.0;  // a move's hazard is scaled by fit^k
  SkillEffects skill_effects = SkillEffects::kOn;
  std::vector<double> attrition{};       // per role: probability per year of leaving
  std::vector<HiringPlan> hiring{};
  std::vector<long long> capacity{};     // per role; kUnlimitedCapacity when none
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
  Population population{};
  std::size_t runs = 10000;
  double years = 5.0;
  StepLength step = StepLength::kMonth;
  std::uint64_t seed = 1;
  std::vector<std::size_t> goals{};  // goal roles for everyone, besides each profile's own
  Dynamics dynamics{};
  std::vector<Intervention> interventions{};

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
