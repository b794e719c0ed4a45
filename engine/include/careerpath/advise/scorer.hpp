// Skill fit: how much of a role's weighted requirements a person covers.
//
//   fit(person, role) = 1 - sum_j w_j * max(0, r_j - s_j) / sum_j w_j * r_j
//
// with r the role's required levels, w their importance and s the person's
// levels (all normalised to [0, 1]). A shortfall on an important skill costs
// in proportion to its importance; being above a requirement costs nothing
// (and buys nothing), so raising any skill never lowers any fit. Fit is in
// [0, 1]: 1 means every requirement is met; a role with no requirements fits
// everyone fully.
#pragma once

#include <Eigen/Core>

#include "careerpath/model/role_graph.hpp"

namespace careerpath {

// Fit of one person (skills normalised, one entry per skill) to every role.
[[nodiscard]] Eigen::VectorXd skill_fit(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills);

// Fit of many people (one row each) to every role: people x roles.
[[nodiscard]] Eigen::MatrixXd skill_fit_many(const RoleGraph& graph, const Eigen::Ref<const RoleMatrix>& people);

// Fit of one person to one role.
[[nodiscard]] double skill_fit(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills, std::size_t role);

}  // namespace careerpath
