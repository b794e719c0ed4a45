// Plain-language reasons for a recommendation, built from its score
// components, for people reading the table or the JSON.
#pragma once

#include <string>
#include <vector>

#include "careerpath/profile.hpp"
#include "careerpath/recommender.hpp"

namespace careerpath::cli {

[[nodiscard]] std::vector<std::string> explain(const Recommender& recommender, const Profile& person,
                                               const Recommendation& recommendation);

// "system design 2 -> 3" style summary of skill gaps.
[[nodiscard]] std::string describe_gaps(const RoleGraph& graph, const std::vector<SkillGap>& gaps);

}  // namespace careerpath::cli
