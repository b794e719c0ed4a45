// The JSON documents printed by recommend, gap and path. One place builds
// them, so the same person gets byte-identical results from every command;
// batch writes the recommendation document's bytes directly
// (recommend_line.hpp), which must follow any change made here.
#pragma once

#include <vector>

#include <nlohmann/json.hpp>

#include "careerpath/advise/gap.hpp"
#include "careerpath/advise/paths.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/advise/recommender.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath::cli {

[[nodiscard]] nlohmann::json role_ref_json(const RoleGraph& graph, std::size_t role);
[[nodiscard]] nlohmann::json skill_gap_json(const RoleGraph& graph, const SkillGap& gap);
[[nodiscard]] nlohmann::json weights_json(const ScoreWeights& weights);

[[nodiscard]] nlohmann::json recommendations_to_json(const Recommender& recommender, const Profile& person,
                                                     const std::vector<Recommendation>& recommendations,
                                                     const RecommendOptions& options);
[[nodiscard]] nlohmann::json gap_to_json(const RoleGraph& graph, const Profile& person, const GapReport& report);
[[nodiscard]] nlohmann::json paths_to_json(const RoleGraph& graph, const Profile& person, std::size_t target,
                                           const std::vector<CareerPath>& paths);

}  // namespace careerpath::cli
