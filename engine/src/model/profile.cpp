#include "careerpath/model/profile.hpp"

#include <array>
#include <utility>

namespace careerpath {
namespace {

constexpr std::array<std::pair<Baseline, std::string_view>, 2> kBaselineNames{{
    {Baseline::kCurrentRole, "current-role"},
    {Baseline::kNone, "none"},
}};
constexpr std::array<std::pair<LevelSource, std::string_view>, 5> kSourceNames{{
    {LevelSource::kAssumed, "assumed"},
    {LevelSource::kStated, "stated"},
    {LevelSource::kSelfRated, "self-rated"},
    {LevelSource::kManagerRated, "manager-rated"},
    {LevelSource::kEvidenced, "evidenced"},
}};

}  // namespace

std::string_view to_string(Baseline baseline) noexcept {
  for (const auto& [b, name] : kBaselineNames) {
    if (b == baseline) return name;
  }
  return "current-role";
}

std::optional<Baseline> parse_baseline(std::string_view text) noexcept {
  for (const auto& [b, name] : kBaselineNames) {
    if (name == text) return b;
  }
  return std::nullopt;
}

std::string_view to_string(LevelSource source) noexcept {
  for (const auto& [s, name] : kSourceNames) {
    if (s == source) return name;
  }
  return "stated";
}

std::optional<LevelSource> parse_level_source(std::string_view text) noexcept {
  for (const auto& [s, name] : kSourceNames) {
    if (name == text && s != LevelSource::kAssumed) return s;
  }
  return std::nullopt;
}

LevelSource source_of(const Profile& person, std::size_t skill) {
  return skill < person.sources.size() ? person.sources[skill] : LevelSource::kStated;
}

std::size_t stated_count(const Profile& person) {
  if (person.sources.empty()) return static_cast<std::size_t>(person.skills.size());
  std::size_t n = 0;
  for (LevelSource s : person.sources) n += s == LevelSource::kAssumed ? 0 : 1;
  return n;
}

void apply_baseline(Profile& person, const RoleGraph& graph) {
  const auto n = static_cast<Eigen::Index>(graph.skill_count());
  if (person.skills.size() != n) person.skills = Eigen::VectorXd::Zero(n);
  if (person.sources.empty()) return;  // every level stated
  const auto typical = graph.requirements().row(static_cast<Eigen::Index>(person.current_role));
  for (Eigen::Index s = 0; s < n; ++s) {
    if (person.sources[static_cast<std::size_t>(s)] != LevelSource::kAssumed) continue;
    person.skills(s) = person.baseline == Baseline::kCurrentRole ? typical(s) : 0.0;
  }
}

void state_level(Profile& person, std::size_t skill, double normalised_level, LevelSource source) {
  if (person.sources.empty()) person.sources.assign(static_cast<std::size_t>(person.skills.size()), LevelSource::kStated);
  person.skills(static_cast<Eigen::Index>(skill)) = normalised_level;
  person.sources[skill] = source;
}

double assumed_share(const RoleGraph& graph, const Profile& person, std::size_t role) {
  if (person.sources.empty()) return 0.0;
  const auto r = static_cast<Eigen::Index>(role);
  const double total = graph.total_weighted_requirement()(r);
  if (total <= 0.0) return 0.0;
  double assumed = 0.0;
  for (std::size_t s = 0; s < person.sources.size(); ++s) {
    if (person.sources[s] != LevelSource::kAssumed) continue;
    const auto j = static_cast<Eigen::Index>(s);
    assumed += graph.importance()(r, j) * graph.requirements()(r, j);
  }
  return assumed / total;
}

}  // namespace careerpath
