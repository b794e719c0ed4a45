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

// What one point of the level scale means ("3: proficient: works on their
// own and is trusted with hard problems"), so that people can rate themselves.
struct LevelAnchor {
  double level = 0.0;  // on the graph's scale
  std::string meaning{};
};

struct Skill {
  std::string id{};
  std::string name{};
  std::string category{};
  std::string description{};
  std::vector<LevelAnchor> anchors{};  // this skill's own anchors, by level; empty: the scale's
};

struct Scale {
  double min = 0.0;
  double max = 5.0;
  std::vector<LevelAnchor> anchors{};  // what the levels mean for every skill without its own, by level

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
  // The anchors that say what skill `i`'s levels mean: its own, else the scale's.
  [[nodiscard]] const std::vector<LevelAnchor>& anchors_of(std::size_t i) const {
    return skills_[i].anchors.empty() ? scale_.anchors : skills_[i].anchors;
  }
  // Up to `limit` skill ids closest to `id` by edit distance, for "did you mean".
  [[nodiscard]] std::vector<std::string> suggest(std::string_view id, std::size_t limit = 3) const;

 private:
  std::vector<Skill> skills_{};
  Scale scale_{};
  std::unordered_map<std::string, std::size_t> index_{};
};

}  // namespace careerpath
