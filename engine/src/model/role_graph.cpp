#include "careerpath/model/role_graph.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <mutex>


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

RoleGraph::RoleGraph(RoleGraphData data) : data_(std::move(data)) {
  auto built = std::make_shared<Graph>(data_.roles.size());
  Graph& graph = *built;
  graph_ = built;
  const std::size_t n = data_.roles.size();
  const std::size_t m = data_.skills.size();
  for (std::size_t v = 0; v < n; ++v) graph[v].role = v;

  out_.assign(n, {});
  in_.assign(n, {});
  for (std::size_t t = 0; t < data_.transitions.size(); ++t) {
    const Transition& tr = data_.transitions[t];
    boost::add_edge(tr.from, tr.to, EdgeProperties{t}, graph);
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
    role_index_.emplace(data_.roles[r].id, r);
  }
  names_ = std::make_shared<NameIndex>();
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

namespace {

// FNV-1a over the lower-cased bytes: equal names ignoring case hash alike,
// with no folded copy of each of the graph's 50,000 names.
std::uint64_t folded_hash(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : text) {
    h ^= static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c)));
    h *= 1099511628211ull;
  }
  return h;
}

bool equal_folded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// A role's names by rank: 0 the id, 1 the title, 2 + i its i-th alias.
const std::string& name_of(const Role& role, std::size_t rank) {
  if (rank == 0) return role.id;
  if (rank == 1) return role.title;
  return role.aliases[rank - 2];
}

}  // namespace

// Every name's hash with its rank and role, sorted: one flat array, about
// 1 MB and 2 ms for the O*NET graph's names.
struct RoleGraph::NameIndex {
  struct Entry {
    std::uint64_t hash = 0;
    std::uint32_t rank = 0;
    std::uint32_t role = 0;
    auto operator<=>(const Entry&) const = default;
  };
  std::once_flag built{};
  std::vector<Entry> entries{};
};

const RoleGraph::NameIndex& RoleGraph::names() const {
  std::call_once(names_->built, [this] {
    std::vector<NameIndex::Entry>& entries = names_->entries;
    for (std::size_t r = 0; r < data_.roles.size(); ++r) {
      const Role& role = data_.roles[r];
      for (std::size_t rank = 0; rank < 2 + role.aliases.size(); ++rank) {
        entries.push_back({folded_hash(name_of(role, rank)), static_cast<std::uint32_t>(rank), static_cast<std::uint32_t>(r)});
      }
    }
    std::sort(entries.begin(), entries.end());
  });
  return *names_;
}

std::vector<std::size_t> RoleGraph::roles_named(std::string_view name) const {
  const std::vector<NameIndex::Entry>& entries = names().entries;
  const std::uint64_t hash = folded_hash(name);
  auto it = std::lower_bound(entries.begin(), entries.end(), NameIndex::Entry{.hash = hash});
  // Sorted by hash, then rank, then role: the matches come best first.
  std::vector<std::size_t> out;
  for (; it != entries.end() && it->hash == hash; ++it) {
    if (!equal_folded(name_of(data_.roles[it->role], it->rank), name)) continue;
    if (std::find(out.begin(), out.end(), it->role) == out.end()) out.push_back(it->role);
  }
  return out;
}

}  // namespace careerpath
