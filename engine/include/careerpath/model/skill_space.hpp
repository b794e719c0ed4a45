// The skill space: an ordered list of skills and the level scale they use.
// Inside the engine every level is normalised to [0, 1]; files and reports
// use the graph's declared scale (0-5 by default).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace careerpath {

struct Skill {
  std::string id{};
  std::string name{};
  std::string category{};
  std::string description{};
};

struct Scale {
  double min = 0.0;
  double max = 5.0;

  [[nodiscard]] double span() const noexcept { return max - min; }
  [[nodiscard]] double normalise(double level) const noexcept { return (level - min) / span(); }
  [[nodiscard]] double denormalise(double unit) const noexcept { return min + unit * span(); }
};

class SkillSpace {
 public:
  SkillSpace() = default;
  // Ids must be unique; loaders check this before constructing.
  SkillSpace(std::vector<Skill> skills, Scale scale);

  [[nodiscard]] std::size_t size() const noexcept { return skills_.size(); }
  [[nodiscard]] const Skill& operator[](std::size_t i) const { return skills_[i]; }
  [[nodiscard]] const std::vector<Skill>& skills() const noexcept { return skills_; }
  [[nodiscard]] const Scale& scale() const noexcept { return scale_; }
  [[nodiscard]] std::optional<std::size_t> find(std::string_view id) const;
  // Up to `limit` skill ids closest to `id` by edit distance, for "did you mean".
  [[nodiscard]] std::vector<std::string> suggest(std::string_view id, std::size_t limit = 3) const;

 private:
  std::vector<Skill> skills_{};
  Scale scale_{};
  std::unordered_map<std::string, std::size_t> index_{};
};

}  // namespace careerpath
