// Plain-language reasons for a recommendation, built from its score
// components, for people reading the table or the JSON.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "careerpath/model/profile.hpp"
#include "careerpath/advise/recommender.hpp"

namespace careerpath::report {

// One recommendation's reasons in one reusable buffer: their texts back to
// back and where each ends. Explaining into it again keeps its storage, so a
// batch that explains every line allocates nothing here once it has grown.
class Reasons {
 public:
  [[nodiscard]] std::size_t size() const noexcept { return ends_.size(); }
  [[nodiscard]] std::string_view operator[](std::size_t i) const noexcept {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }

  void clear() noexcept {
    text_.clear();
    ends_.clear();
  }
  // The reason being written: append to text(), then end_reason().
  [[nodiscard]] std::string& text() noexcept { return text_; }
  void end_reason() { ends_.push_back(text_.size()); }

 private:
  std::string text_{};
  std::vector<std::size_t> ends_{};
};

// Replaces `reasons` with the reasons for `recommendation`.
void explain(const Recommender& recommender, const Profile& person, const Recommendation& recommendation,
             Reasons& reasons);
[[nodiscard]] std::vector<std::string> explain(const Recommender& recommender, const Profile& person,
                                               const Recommendation& recommendation);

// One warning when most of what decides an answer about `roles` (the skill
// weight of their requirements, on average) rests on levels the person did
// not state (kMostlyAssumed); none otherwise.
[[nodiscard]] std::vector<std::string> assumption_warnings(const RoleGraph& graph, const Profile& person,
                                                           const std::vector<std::size_t>& roles);

// "system design 2 -> 3" style summary of skill gaps.
[[nodiscard]] std::string describe_gaps(const RoleGraph& graph, const std::vector<SkillGap>& gaps);

}  // namespace careerpath::report
