// The gap between a person and one role, skill by skill.
#pragma once

#include <cstddef>
#include <vector>

#include <Eigen/Core>

#include "careerpath/model/role_graph.hpp"

namespace careerpath {

struct SkillGap {
  std::size_t skill = 0;
  double have = 0.0;        // the person's level, on the graph's scale
  double need = 0.0;        // the role's required level, on the graph's scale
  double importance = 0.0;  // in [0, 1]
  double shortfall = 0.0;   // max(0, need - have), on the graph's scale
  double weighted = 0.0;    // importance x shortfall: what the gap costs
};

struct GapReport {
  std::size_t role = 0;
  // Every skill the role requires (importance or level above 0), biggest
  // weighted shortfall first, then most important, then by skill id.
  std::vector<SkillGap> skills{};
  double readiness = 0.0;           // the skill fit, in [0, 1]
  double weighted_shortfall = 0.0;  // sum of `weighted`
  std::size_t skills_met = 0;       // requirements with no shortfall
};

[[nodiscard]] GapReport skill_gap(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills, std::size_t role);

// The `limit` skills with the largest weighted shortfall (none if met).
[[nodiscard]] std::vector<SkillGap> top_gaps(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills,
                                             std::size_t role, std::size_t limit);

}  // namespace careerpath
