#include "careerpath/advise/gap.hpp"

#include <algorithm>
#include <optional>

#include "careerpath/advise/scorer.hpp"

namespace careerpath {
namespace {

// Biggest weighted shortfall first, then the more important skill, then id.
bool more_pressing(const SkillGap& a, const SkillGap& b, const SkillSpace& space) {
  if (a.weighted != b.weighted) return a.weighted > b.weighted;
  if (a.importance != b.importance) return a.importance > b.importance;
  return space[a.skill].id < space[b.skill].id;
}

// The gap on skill `s` of `role`, or nothing when the role does not require it.
std::optional<SkillGap> requirement_gap(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills,
                                        std::size_t role, std::size_t s) {
  const Scale& scale = graph.skills().scale();
  const auto r = static_cast<Eigen::Index>(role);
  const auto j = static_cast<Eigen::Index>(s);
  const double need = graph.requirements()(r, j);
  const double importance = graph.importance()(r, j);
  if (need <= 0.0 && importance <= 0.0) return std::nullopt;
  SkillGap gap;
  gap.skill = s;
  gap.have = scale.denormalise(skills(j));
  gap.need = scale.denormalise(need);
  gap.importance = importance;
  gap.shortfall = std::max(0.0, need - skills(j)) * scale.span();
  gap.weighted = importance * gap.shortfall;
  return gap;
}

}  // namespace

GapReport skill_gap(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills, std::size_t role) {
  const SkillSpace& space = graph.skills();
  GapReport report;
  report.role = role;
  for (std::size_t s = 0; s < space.size(); ++s) {
    const std::optional<SkillGap> gap = requirement_gap(graph, skills, role, s);
    if (!gap) continue;
    report.weighted_shortfall += gap->weighted;
    if (gap->shortfall <= 0.0) ++report.skills_met;
    report.skills.push_back(*gap);
  }
  std::sort(report.skills.begin(), report.skills.end(),
            [&](const SkillGap& a, const SkillGap& b) { return more_pressing(a, b, space); });
  report.readiness = skill_fit(graph, skills, role);
  return report;
}

std::vector<SkillGap> top_gaps(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills, std::size_t role,
                               std::size_t limit) {
  // The head of skill_gap's order, restricted to real shortfalls, kept in a
  // sorted buffer of `limit` while scanning (recommend and batch call this for
  // every recommendation; sorting every gap would cost far more).
  const SkillSpace& space = graph.skills();
  const auto pressing = [&](const SkillGap& a, const SkillGap& b) { return more_pressing(a, b, space); };
  const auto r = static_cast<Eigen::Index>(role);
  std::vector<SkillGap> best;
  best.reserve(limit + 1);
  for (std::size_t s = 0; s < space.size() && limit > 0; ++s) {
    // A gap needs importance and a shortfall; most skills fail this cheaply.
    const auto j = static_cast<Eigen::Index>(s);
    if (!(graph.importance()(r, j) > 0.0 && graph.requirements()(r, j) > skills(j))) continue;
    const std::optional<SkillGap> gap = requirement_gap(graph, skills, role, s);
    if (!gap || gap->weighted <= 0.0) continue;
    if (best.size() == limit && !pressing(*gap, best.back())) continue;
    best.insert(std::upper_bound(best.begin(), best.end(), *gap, pressing), *gap);
    if (best.size() > limit) best.pop_back();
  }
  return best;
}

}  // namespace careerpath
