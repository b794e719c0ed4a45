#include "careerpath/report/skills_json.hpp"

namespace careerpath::report {

nlohmann::json skills_to_json(const RoleGraph& graph) {
  using nlohmann::json;
  json list = json::array();
  for (const Skill& s : graph.skills().skills()) {
    list.push_back({{"id", s.id}, {"name", s.name}, {"category", s.category}, {"description", s.description}});
  }
  const Scale& scale = graph.skills().scale();
  json out = {{"graph", graph.name()}, {"scale", {{"min", scale.min}, {"max", scale.max}}}, {"skills", std::move(list)}};
  if (!graph.attribution().empty()) out["attribution"] = graph.attribution();
  return out;
}

}  // namespace careerpath::report
