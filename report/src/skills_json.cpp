#include "careerpath/report/skills_json.hpp"

namespace careerpath::report {

nlohmann::json skills_to_json(const RoleGraph& graph, const std::optional<std::string>& category) {
  using nlohmann::json;
  const SkillSpace& space = graph.skills();
  json list = json::array();
  for (std::size_t i = 0; i < space.size(); ++i) {
    const Skill& s = space[i];
    if (category && s.category != *category) continue;
    json anchors = json::array();
    for (const LevelAnchor& a : space.anchors_of(i)) anchors.push_back({{"level", a.level}, {"meaning", a.meaning}});
    list.push_back({{"id", s.id}, {"name", s.name}, {"category", s.category}, {"description", s.description},
                    {"anchors", std::move(anchors)}, {"own_anchors", !s.anchors.empty()}});
  }
  const Scale& scale = graph.skills().scale();
  json out = {{"graph", graph.name()}, {"scale", {{"min", scale.min}, {"max", scale.max}}}, {"skills", std::move(list)}};
  if (!graph.attribution().empty()) out["attribution"] = graph.attribution();
  return out;
}

}  // namespace careerpath::report
