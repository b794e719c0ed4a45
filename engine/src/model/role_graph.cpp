#include "careerpath/model/role_graph.hpp"

#include <algorithm>

#include "careerpath/util/text_match.hpp"

namespace careerpath {

std::string_view to_string(MoveKind kind) noexcept {
  switch (kind) {
    case MoveKind::kPromotion: return "promotion";
    case MoveKind::kLateral: return "lateral";
    case MoveKind::kSwitch: return "switch";
    case MoveKind::kStepBack: return "step-back";
  }
  return "lateral";
}

std::optional<MoveKind> parse_move_kind(std::string_view text) noexcept {
  if (text == "promotion") return MoveKind::kPromotion;
  if (text == "lateral") return MoveKind::kLateral;
  if (text == "switch") return MoveKind::kSwitch;
  if (text == "step-back") return MoveKind::kStepBack;
  return std::nullopt;
}

RoleGraph::RoleGraph(RoleGraphData data) : data_(std::move(data)), graph_(data_.roles.size()) {
  const std::size_t n = data_.roles.size();
  const std::size_t m = data_.skills.size();
  for (std::size_t v = 0; v < n; ++v) graph_[v].role = v;

  out_.assign(n, {});
  in_.assign(n, {});
  for (std::size_t t = 0; t < data_.transitions.size(); ++t) {
    const Transition& tr = data_.transitions[t];
    boost::add_edge(tr.from, tr.to, EdgeProperties{t}, graph_);
    out_[tr.from].push_back(t);
    in_[tr.to].push_back(t);
  }

  requirement_ = RoleMatrix::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(m));
  importance_ = RoleMatrix::Zero(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(m));
  const Scale& scale = data_.skills.scale();
  for (std::size_t r = 0; r < n && r < data_.requirements.size(); ++r) {
    for (const RoleRequirement& req : data_.requirements[r]) {
      requirement_(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(req.skill)) = scale.normalise(req.level);
      importance_(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(req.skill)) = req.importance;
    }
  }
  total_weighted_ = requirement_.cwiseProduct(importance_).rowwise().sum();

  role_index_.reserve(n);
  for (std::size_t r = 0; r < n; ++r) {
    const Role& role = data_.roles[r];
    role_index_.emplace(role.id, r);
    name_index_.emplace(fold_case(role.id), std::pair{std::size_t{0}, r});
    name_index_.emplace(fold_case(role.title), std::pair{std::size_t{1}, r});
    for (std::size_t a = 0; a < role.aliases.size(); ++a) name_index_.emplace(fold_case(role.aliases[a]), std::pair{2 + a, r});
  }
  for (std::size_t t = 0; t < data_.tracks.size(); ++t) track_index_.emplace(data_.tracks[t].id, t);
}

std::optional<std::size_t> RoleGraph::find_transition(std::size_t from, std::size_t to) const {
  for (std::size_t t : out_[from]) {
    if (data_.transitions[t].to == to) return t;
  }
  return std::nullopt;
}

std::optional<std::size_t> RoleGraph::find_role(std::string_view id) const {
  auto it = role_index_.find(std::string(id));
  if (it == role_index_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::size_t> RoleGraph::find_track(std::string_view id) const {
  auto it = track_index_.find(std::string(id));
  if (it == track_index_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::size_t> RoleGraph::roles_named(std::string_view name) const {
  std::vector<std::pair<std::size_t, std::size_t>> matches;
  auto [first, last] = name_index_.equal_range(fold_case(name));
  for (auto it = first; it != last; ++it) matches.push_back(it->second);
  std::sort(matches.begin(), matches.end());
  std::vector<std::size_t> out;
  for (const auto& [rank, role] : matches) {
    if (std::find(out.begin(), out.end(), role) == out.end()) out.push_back(role);
  }
  return out;
}

}  // namespace careerpath
