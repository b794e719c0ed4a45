#include "careerpath/gap.hpp"

#include <algorithm>

#include "careerpath/scorer.hpp"

namespace careerpath {
namespace {

// Biggest weighted shortfall first, then the more important skill, then id.
bool more_pressing(const SkillGap& a, const SkillGap& b, const SkillSpace& space) {
  if (a.weighted != b.weighted) return a.weighted > b.weighted;
  if (a.importance != b.importance) return a.importance > b.importance;
  return space[a.skill].id < space[b.skill].id;
}

}  // namespace

GapReport skill_gap(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills, std::size_t role) {
  const SkillSpace& space = graph.skills();
  const Scale& scale = space.scale();
  const auto r = static_cast<Eigen::Index>(role);
  GapReport report;
  report.role = role;
  for (std::size_t s = 0; s < space.size(); ++s) {
    const auto j = static_cast<Eigen::Index>(s);
    const double need = graph.requirements()(r, j);
    const double importance = graph.importance()(r, j);
    if (need <= 0.0 && importance <= 0.0) continue;
    SkillGap gap;
    gap.skill = s;
    gap.have = scale.denormalise(skills(j));
    gap.need = scale.denormalise(need);
    gap.importance = importance;
    gap.shortfall = std::max(0.0, need - skills(j)) * scale.span();
    gap.weighted = importance * gap.shortfall;
    report.weighted_shortfall += gap.weighted;
    if (gap.shortfall <= 0.0) ++report.skills_met;
    report.skills.push_back(gap);
  }
  std::sort(report.skills.begin(), report.skills.end(),
            [&](const SkillGap& a, const SkillGap& b) { return more_pressing(a, b, space); });
  report.readiness = skill_fit(graph, skills, role);
  return report;
}

std::vector<SkillGap> top_gaps(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills, std::size_t role,
                               std::size_t limit) {
  if (limit == 0) return {};  // callers that rank only (eval) ask for none
  std::vector<SkillGap> gaps = skill_gap(graph, skills, role).skills;
  std::erase_if(gaps, [](const SkillGap& g) { return g.weighted <= 0.0; });
  if (gaps.size() > limit) gaps.resize(limit);
  return gaps;
}

}  // namespace careerpath
