// A person: where they are, what they can do, and what they want. A Profile
// is bound to one RoleGraph: roles, skills and tracks are indices into it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "careerpath/model/role_graph.hpp"
#include "careerpath/util/error.hpp"

namespace careerpath {

// Whether a move to a lower level is acceptable (Abseil tip #94: an enum, not a bool).
enum class StepBack { kForbidden, kAllowed };

struct Preferences {
  std::vector<double> track_weight{};  // per track of the graph, in [-1, 1]; 0 is neutral
  std::vector<std::size_t> avoid{};    // role indices never to recommend or route through
  StepBack step_back = StepBack::kForbidden;
};

// What a profile's unlisted skills mean.
enum class Baseline {
  kCurrentRole,  // the typical level for the current role: someone who has held a role has what it typically needs
  kNone,         // 0: the person claims nothing they did not list
};

// Where one skill level comes from. Every stated level is used as given,
// whatever its source: there is no evidence for one discount on
// self-ratings that would hold across people, so the source travels with the
// level to every output for the reader to weigh instead.
enum class LevelSource {
  kAssumed,       // not stated: the baseline's level
  kStated,        // stated, source not said
  kSelfRated,     // the person's own rating
  kManagerRated,  // rated by a manager
  kEvidenced,     // backed by evidence (a certificate, work shown, an assessment)
};

// "current-role", "none"; "assumed", "stated", "self-rated", "manager-rated",
// "evidenced": the names profiles and outputs use.
[[nodiscard]] std::string_view to_string(Baseline baseline) noexcept;
[[nodiscard]] std::optional<Baseline> parse_baseline(std::string_view text) noexcept;
[[nodiscard]] std::string_view to_string(LevelSource source) noexcept;
// Parses a source a profile may give (not "assumed").
[[nodiscard]] std::optional<LevelSource> parse_level_source(std::string_view text) noexcept;

struct Profile {
  std::string id{};
  std::string name{};
  std::string summary{};
  std::size_t current_role = 0;
  double years_in_role = 0.0;
  Eigen::VectorXd skills{};          // normalised [0, 1], one entry per skill of the graph
  // One per skill: where its level comes from. Empty means every level was
  // stated (a profile built in code from a full vector).
  std::vector<LevelSource> sources{};
  Baseline baseline = Baseline::kCurrentRole;
  std::vector<std::size_t> goals{};  // role indices
  Preferences preferences{};
  double learning_rate = 1.0;  // multiplies skill growth in simulations
  std::vector<Error> notes{};  // how names in the profile were read (a title taken as the closest role)
};

// The source of skill `s`'s level (kStated when `sources` is empty).
[[nodiscard]] LevelSource source_of(const Profile& person, std::size_t skill);
[[nodiscard]] inline bool is_assumed(const Profile& person, std::size_t skill) {
  return source_of(person, skill) == LevelSource::kAssumed;
}
// How many levels were stated (not assumed).
[[nodiscard]] std::size_t stated_count(const Profile& person);

// Sets every assumed level to what `person.baseline` says: the current role's
// required level, or 0. Call after changing the current role or the baseline.
void apply_baseline(Profile& person, const RoleGraph& graph);

// States skill `skill`'s level (normalised [0, 1]) from `source`.
void state_level(Profile& person, std::size_t skill, double normalised_level, LevelSource source);

// The share, in [0, 1], of `role`'s importance-weighted requirements
// (importance x required level, the weights of the skill fit) that rests on
// assumed levels: how much of the person's fit to that role is an
// assumption rather than something they said. 0 for a role with no
// requirements.
[[nodiscard]] double assumed_share(const RoleGraph& graph, const Profile& person, std::size_t role);

// Above this share an answer is mostly assumption and outputs warn.
inline constexpr double kMostlyAssumed = 0.5;

}  // namespace careerpath
