// The JSON documents printed by roles, show, recommend, gap and path. One place builds
// them, so the same person gets byte-identical results from every command;
// batch writes the recommendation document's bytes directly
// (recommend_line.hpp), which must follow any change made here.
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "careerpath/advise/gap.hpp"
#include "careerpath/advise/paths.hpp"
#include "careerpath/advise/skill_payoff.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/advise/recommender.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath::report {

[[nodiscard]] nlohmann::json role_ref_json(const RoleGraph& graph, std::size_t role);
[[nodiscard]] nlohmann::json skill_gap_json(const RoleGraph& graph, const SkillGap& gap);
[[nodiscard]] nlohmann::json weights_json(const ScoreWeights& weights);

// `roles --json`: the roles in the order the table lists them (by track as
// the graph lists tracks, then level, then id), with their moves out and in;
// only the roles on `track` when one is given.
[[nodiscard]] nlohmann::json roles_to_json(const RoleGraph& graph, std::optional<std::size_t> track);
// The roles of roles_to_json, in its order.
[[nodiscard]] std::vector<std::size_t> roles_in_listing_order(const RoleGraph& graph, std::optional<std::size_t> track);
// `show --json`: one role, its requirements (most important first) and its
// moves out and in; `other_candidates` are other roles the name asked for
// could have meant (listed when not empty).
[[nodiscard]] nlohmann::json role_to_json(const RoleGraph& graph, std::size_t role,
                                          const std::vector<std::size_t>& other_candidates);
// A role's requirements, most important first, then by level and skill id.
[[nodiscard]] std::vector<RoleRequirement> requirements_by_importance(const RoleGraph& graph, std::size_t role);

[[nodiscard]] nlohmann::json recommendations_to_json(const Recommender& recommender, const Profile& person,
                                                     const std::vector<Recommendation>& recommendations,
                                                     const RecommendOptions& options);
[[nodiscard]] nlohmann::json gap_to_json(const RoleGraph& graph, const Profile& person, const GapReport& report);
// With `payoffs`, the document also lists what each skill buys
// ("skill_payoffs": fit and median route years before and after closing it).
[[nodiscard]] nlohmann::json paths_to_json(const RoleGraph& graph, const Profile& person, std::size_t target,
                                           const std::vector<CareerPath>& paths,
                                           const std::vector<SkillPayoff>* payoffs = nullptr);
[[nodiscard]] nlohmann::json skill_payoffs_json(const RoleGraph& graph, const std::vector<SkillPayoff>& payoffs);

}  // namespace careerpath::report
