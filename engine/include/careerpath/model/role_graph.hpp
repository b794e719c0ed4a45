// The role graph: roles (vertices) and the usual moves between them (edges)
// in a Boost adjacency_list with bundled properties, plus the role x skill
// requirement and importance matrices that scoring multiplies. The graph holds
// topology and metadata; the matrices hold the numbers.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <Eigen/Core>
#include <boost/graph/adjacency_list.hpp>

#include "careerpath/model/skill_space.hpp"

namespace careerpath {

// Row-major so that one role's requirements are contiguous.
using RoleMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

enum class MoveKind { kPromotion, kLateral, kSwitch, kStepBack };

[[nodiscard]] std::string_view to_string(MoveKind kind) noexcept;
[[nodiscard]] std::optional<MoveKind> parse_move_kind(std::string_view text) noexcept;

struct Track {
  std::string id{};
  std::string name{};
  std::string description{};
};

struct Source {
  std::string id{};
  std::string title{};
  std::string url{};
  std::string license{};
};

struct Role {
  std::string id{};
  std::string title{};
  std::size_t track = 0;  // index into RoleGraph::tracks()
  int level = 1;          // seniority, comparable across tracks
  std::string description{};
  std::vector<std::string> aliases{};
  std::string code{};    // external code, e.g. an O*NET-SOC code
  std::string source{};  // where the definition comes from
};

struct Transition {
  std::size_t from = 0;
  std::size_t to = 0;
  MoveKind kind = MoveKind::kLateral;
  double rate = 0.0;       // probability per year for a fully qualified person
  double min_years = 0.0;  // usual minimum time in `from` before the move
  std::string source{};
  std::string rationale{};
};

// Default weights of the recommendation score's components; a graph may
// declare its own (see RoleGraph::scoring()).
struct ScoreWeights {
  double fit = 0.40;         // skill fit to the role
  double move = 0.30;        // chance of the usual move from the current role
  double goal = 0.15;        // the role is, or leads towards, a goal
  double preference = 0.10;  // the person's track preferences
  double seniority = 0.05;   // level change (up is good, down costs)
  // Whether the fit term scores the person's fit relative to a typical
  // holder of their current role (fit - the role's own requirements' fit):
  // a person described only by their role gets the ranking of the other
  // terms, and the skills they state above or below it move roles up or down.
  // For graphs (O*NET) whose moves already carry how alike two roles are,
  // where absolute fit would favour every role that asks for less.
  bool fit_relative_to_role = false;
};

struct RoleRequirement {
  std::size_t skill = 0;
  double level = 0.0;       // on the graph's scale
  double importance = 0.0;  // in [0, 1]
};

// Everything a RoleGraph is built from; loaders fill it and validate it.
struct RoleGraphData {
  std::string name{};
  std::string title{};
  std::string description{};
  std::string attribution{};
  std::map<std::string, std::string> metadata{};  // e.g. the O*NET version
  std::vector<Source> sources{};
  std::vector<Track> tracks{};
  SkillSpace skills{};
  std::vector<Role> roles{};
  std::vector<std::vector<RoleRequirement>> requirements{};  // one list per role
  std::vector<Transition> transitions{};
  ScoreWeights scoring{};
};

class RoleGraph {
 public:
  struct VertexProperties {
    std::size_t role = 0;  // index into roles(); equal to the vertex descriptor
  };
  struct EdgeProperties {
    std::size_t transition = 0;  // index into transitions()
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProperties, EdgeProperties>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  // Builds the graph and its matrices. The data must already be validated
  // (ids unique, indices in range); loaders guarantee that.
  explicit RoleGraph(RoleGraphData data);

  [[nodiscard]] const std::string& name() const noexcept { return data_.name; }
  [[nodiscard]] const std::string& title() const noexcept { return data_.title; }
  [[nodiscard]] const std::string& description() const noexcept { return data_.description; }
  [[nodiscard]] const std::string& attribution() const noexcept { return data_.attribution; }
  [[nodiscard]] const std::map<std::string, std::string>& metadata() const noexcept { return data_.metadata; }
  [[nodiscard]] const std::vector<Source>& sources() const noexcept { return data_.sources; }
  [[nodiscard]] const std::vector<Track>& tracks() const noexcept { return data_.tracks; }
  [[nodiscard]] const SkillSpace& skills() const noexcept { return data_.skills; }
  [[nodiscard]] const std::vector<Role>& roles() const noexcept { return data_.roles; }
  [[nodiscard]] const Role& role(std::size_t i) const { return data_.roles[i]; }
  [[nodiscard]] std::size_t role_count() const noexcept { return data_.roles.size(); }
  [[nodiscard]] std::size_t skill_count() const noexcept { return data_.skills.size(); }
  [[nodiscard]] const std::vector<Transition>& transitions() const noexcept { return data_.transitions; }
  [[nodiscard]] const Transition& transition(std::size_t i) const { return data_.transitions[i]; }
  [[nodiscard]] const ScoreWeights& scoring() const noexcept { return data_.scoring; }
  [[nodiscard]] const std::vector<RoleRequirement>& requirement_list(std::size_t role) const {
    return data_.requirements[role];
  }

  [[nodiscard]] const Graph& graph() const noexcept { return *graph_; }
  // Indices of transitions out of / into a role, in file order.
  [[nodiscard]] std::span<const std::size_t> moves_from(std::size_t role) const { return out_[role]; }
  [[nodiscard]] std::span<const std::size_t> moves_into(std::size_t role) const { return in_[role]; }
  // The transition from -> to, if the graph has one.
  [[nodiscard]] std::optional<std::size_t> find_transition(std::size_t from, std::size_t to) const;

  // Role x skill matrices. Requirements are on the normalised [0, 1] scale;
  // importance is in [0, 1]. Skills a role does not list are 0 in both.
  [[nodiscard]] const RoleMatrix& requirements() const noexcept { return requirement_; }
  [[nodiscard]] const RoleMatrix& importance() const noexcept { return importance_; }
  // Per role: sum over skills of importance x requirement, the weighted
  // shortfall of a person with no skills at all (the scorer's denominator).
  [[nodiscard]] const Eigen::VectorXd& total_weighted_requirement() const noexcept { return total_weighted_; }

  [[nodiscard]] std::optional<std::size_t> find_role(std::string_view id) const;
  [[nodiscard]] std::optional<std::size_t> find_track(std::string_view id) const;
  // Roles whose id, title or an alias equals `name` ignoring case, best
  // match first: an id before a title before an alias, and an alias listed
  // early (a role's usual name) before one listed late; ties by role index.
  [[nodiscard]] std::vector<std::size_t> roles_named(std::string_view name) const;

  // The data the graph was built from (for saving).
  [[nodiscard]] const RoleGraphData& data() const noexcept { return data_; }

 private:
  RoleGraphData data_;
  // Shared, not held: Boost's adjacency_list copies itself when moved, and
  // the O*NET graph's edge lists are megabytes (the graph never changes).
  std::shared_ptr<const Graph> graph_{};
  std::vector<std::vector<std::size_t>> out_{};
  std::vector<std::vector<std::size_t>> in_{};
  RoleMatrix requirement_{};
  RoleMatrix importance_{};
  Eigen::VectorXd total_weighted_{};
  std::unordered_map<std::string, std::size_t> role_index_{};
  std::unordered_map<std::string, std::size_t> track_index_{};
  // Ids, titles and aliases by name ignoring case, built on the first
  // roles_named call: most commands never look a name up, and the O*NET
  // graph has 50,000 aliases. Shared by copies (the roles do not change).
  struct NameIndex;
  std::shared_ptr<NameIndex> names_{};
  const NameIndex& names() const;
};

}  // namespace careerpath
