#include "careerpath/model/skill_space.hpp"

#include "careerpath/util/unknown_name.hpp"

namespace careerpath {

SkillSpace::SkillSpace(std::vector<Skill> skills, Scale scale) : skills_(std::move(skills)), scale_(scale) {
  index_.reserve(skills_.size());
  for (std::size_t i = 0; i < skills_.size(); ++i) index_.emplace(skills_[i].id, i);
}

std::optional<std::size_t> SkillSpace::find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::string> SkillSpace::suggest(std::string_view id, std::size_t limit) const {
  std::vector<std::string> ids;
  ids.reserve(skills_.size());
  for (const Skill& s : skills_) ids.push_back(s.id);
  return closest_matches(id, ids, limit);
}

}  // namespace careerpath
