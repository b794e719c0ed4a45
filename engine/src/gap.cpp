#include "careerpath/gap.hpp"

#include <algorithm>
#include <optional>

#include "careerpath/scorer.hpp"

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
  // The head of skill_gap's order, restricted to real shortfalls; built
  // directly, and only the `limit` most pressing sorted (recommend and batch
  // call this for every recommendation).
  const SkillSpace& space = graph.skills();
  std::vector<SkillGap> gaps;
  for (std::size_t s = 0; s < space.size(); ++s) {
    const std::optional<SkillGap> gap = requirement_gap(graph, skills, role, s);
    if (gap && gap->weighted > 0.0) gaps.push_back(*gap);
  }
  const std::size_t keep = std::min(limit, gaps.size());
  std::partial_sort(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(keep), gaps.end(),
                    [&](const SkillGap& a, const SkillGap& b) { return more_pressing(a, b, space); });
  gaps.resize(keep);
  return gaps;
}

}  // namespace careerpath
