#include "careerpath/advise/paths.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <span>

#include <boost/graph/astar_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/property_map/function_property_map.hpp>

namespace careerpath {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Yen's algorithm stops after this many candidate routes when a step limit
// rejects many of them; the limit keeps a hopeless search bounded.
constexpr std::size_t kMaxRoutesExamined = 5000;

using Graph = RoleGraph::Graph;
using Edge = RoleGraph::Edge;
using Vertex = RoleGraph::Vertex;

struct Route {
  std::vector<std::size_t> roles;        // source ... target
  std::vector<std::size_t> transitions;  // one fewer than roles
  double cost = 0.0;
  // Index of the first role where this route leaves the route it was derived
  // from; Yen only needs spur searches from here on (Lawler's refinement).
  std::size_t deviation = 0;

  bool operator<(const Route& other) const {
    if (cost != other.cost) return cost < other.cost;
    if (transitions.size() != other.transitions.size()) return transitions.size() < other.transitions.size();
    return roles < other.roles;
  }
};

// Thrown by the A* visitor when the target leaves the queue: its distance is
// final then, and the rest of the graph need not be searched. (Boost.Graph's
// documented way to stop a search early.)
struct TargetReached {};

class StopAtTarget : public boost::default_astar_visitor {
 public:
  explicit StopAtTarget(Vertex target) : target_(target) {}
  void examine_vertex(Vertex v, const Graph& /*graph*/) const {
    if (v == target_) throw TargetReached{};
  }

 private:
  Vertex target_;
};

class RoutePlanner {
 public:
  RoutePlanner(const RoleGraph& graph, const Profile& person, const PathOptions& options)
      : graph_(graph), person_(person), options_(options), time_(graph, options.time), allowed_role_(graph.role_count(), true),
        weight_(graph.transitions().size(), kInfinity) {
    for (std::size_t r : person.preferences.avoid) allowed_role_[r] = false;
    for (std::size_t r : options.avoid) allowed_role_[r] = false;
    const StepBack step_back = options.step_back.value_or(person.preferences.step_back);
    // Costs grouped by the role left: what the person knows on leaving it is
    // the same for all its moves, so it is worked out once per role.
    Eigen::RowVectorXd have(graph.skills().size());
    for (std::size_t from = 0; from < graph.role_count(); ++from) {
      // A role to avoid is never left, so it is never passed through (it is
      // never the target either: plan_paths refuses that).
      if (!allowed_role_[from] || graph.moves_from(from).empty()) continue;
      skills_on_leaving(from, have);
      for (const std::size_t t : graph.moves_from(from)) {
        const Transition& tr = graph.transition(t);
        const bool backwards = tr.kind == MoveKind::kStepBack || graph.role(tr.to).level < graph.role(tr.from).level;
        if (backwards && step_back == StepBack::kForbidden) continue;
        if (tr.rate <= 0.0) continue;
        weight_[t] = mean_cost(tr, have);
        if (!std::isfinite(weight_[t])) weight_[t] = kInfinity;
      }
    }
  }

  [[nodiscard]] bool role_allowed(std::size_t r) const { return allowed_role_[r]; }
  [[nodiscard]] double cost_of(std::size_t transition) const { return weight_[transition]; }

  // Expected years from every role to `target` (infinity where it cannot be
  // reached): Dijkstra on the reversed graph. It is the A* heuristic of the
  // spur searches, exact on the whole graph and a lower bound once moves are
  // removed, so each spur search only looks near the route it repairs.
  void aim_at(std::size_t target) {
    target_ = target;
    years_to_target_.assign(graph_.role_count(), kInfinity);
    std::vector<Vertex> predecessor(graph_.role_count());
    const auto reversed = boost::make_reverse_graph(graph_.graph());
    using ReversedEdge = decltype(reversed)::edge_descriptor;
    auto weight = boost::make_function_property_map<ReversedEdge, double>(
        [&](const ReversedEdge& e) { return weight_[reversed[e].transition]; });
    boost::dijkstra_shortest_paths(reversed, target,
                                   boost::predecessor_map(predecessor.data())
                                       .distance_map(years_to_target_.data())
                                       .weight_map(weight)
                                       .distance_inf(kInfinity)
                                       .vertex_index_map(boost::get(boost::vertex_index, graph_.graph())));
  }

  [[nodiscard]] double years_to_target(std::size_t role) const { return years_to_target_[role]; }

  // The best route from `source` to the target that passes through none of
  // `removed_roles` and uses none of `removed_moves`. Removal is done by
  // giving the moves an infinite cost for the length of the search (a
  // removed role by its moves out: it can then not be passed through).
  [[nodiscard]] std::optional<Route> shortest(std::size_t source, std::span<const std::size_t> removed_roles,
                                              std::span<const std::size_t> removed_moves) {
    const RemovedMoves removed(weight_);
    for (const std::size_t t : removed_moves) removed.remove(t);
    for (const std::size_t r : removed_roles) {
      for (const std::size_t t : graph_.moves_from(r)) removed.remove(t);
    }
    const std::size_t n = graph_.role_count();
    predecessor_.resize(n);
    distance_.resize(n);
    rank_.resize(n);
    auto weight = boost::make_function_property_map<Edge, double>(
        [&](const Edge& e) { return weight_[graph_.graph()[e].transition]; });
    auto heuristic = [&](Vertex v) { return years_to_target_[v]; };
    try {
      boost::astar_search(graph_.graph(), source, heuristic,
                          boost::predecessor_map(predecessor_.data())
                              .distance_map(distance_.data())
                              .rank_map(rank_.data())
                              .weight_map(weight)
                              .distance_inf(kInfinity)
                              .visitor(StopAtTarget(target_))
                              .vertex_index_map(boost::get(boost::vertex_index, graph_.graph())));
    } catch (const TargetReached&) {
    }
    if (!std::isfinite(distance_[target_])) return std::nullopt;
    Route route;
    for (std::size_t v = target_; v != source; v = predecessor_[v]) {
      route.roles.push_back(v);
      route.transitions.push_back(*graph_.find_transition(predecessor_[v], v));
    }
    route.roles.push_back(source);
    std::reverse(route.roles.begin(), route.roles.end());
    std::reverse(route.transitions.begin(), route.transitions.end());
    route.cost = distance_[target_];
    return route;
  }

  [[nodiscard]] CareerPath describe(const Route& route) const {
    CareerPath path;
    Eigen::RowVectorXd have(graph_.skills().size());
    // The skills to build are reported against everything learnt on the way
    // (the cost only counts the role being left, so that it stays a property
    // of the move and Yen stays exact).
    Eigen::VectorXd learnt = person_.skills;
    for (std::size_t i = 0; i < route.transitions.size(); ++i) {
      const Transition& tr = graph_.transition(route.transitions[i]);
      skills_on_leaving(tr.from, have);
      PathStep step = step_cost(tr, have);
      step.transition = route.transitions[i];
      if (i > 0) learnt = learnt.cwiseMax(graph_.requirements().row(static_cast<Eigen::Index>(tr.from)).transpose());
      step.skills_to_build = top_gaps(graph_, learnt, tr.to, options_.skills_per_step);
      path.time.add(step.time);
      path.steps.push_back(std::move(step));
    }
    path.time.finish();
    path.years = path.time.years;
    path.total_years = path.years.median;
    path.mean_years = path.time.mean_years;
    path.beyond_career_stage = path.years.median > options_.career_stage_years;
    return path;
  }

 private:
  // Sets moves' costs to infinity and puts the old costs back when it goes.
  class RemovedMoves {
   public:
    explicit RemovedMoves(std::vector<double>& weight) : weight_(weight) {}
    ~RemovedMoves() {
      for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) weight_[it->first] = it->second;
    }
    RemovedMoves(const RemovedMoves&) = delete;
    RemovedMoves& operator=(const RemovedMoves&) = delete;
    void remove(std::size_t t) const {
      saved_.emplace_back(t, weight_[t]);
      weight_[t] = kInfinity;
    }

   private:
    std::vector<double>& weight_;
    mutable std::vector<std::pair<std::size_t, double>> saved_{};
  };

  // What the person knows when they leave `role`: their own skills in the
  // role they hold now; later, raised to the requirements of the role left.
  void skills_on_leaving(std::size_t role, Eigen::RowVectorXd& have) const {
    have = person_.skills.transpose();
    if (role != person_.current_role) have = have.cwiseMax(graph_.requirements().row(static_cast<Eigen::Index>(role)));
  }

  // The mean time of a step only: the search's weight, for every move.
  [[nodiscard]] double mean_cost(const Transition& tr, const Eigen::RowVectorXd& have) const {
    const bool first = tr.from == person_.current_role;
    return time_.mean_years(tr.min_years - (first ? person_.years_in_role : 0.0),
                            time_.learn_years(have, tr.from, tr.to, person_.learning_rate), time_.land_years(tr));
  }

  // One step's time, for a person who leaves tr.from knowing `have`.
  [[nodiscard]] PathStep step_cost(const Transition& tr, const Eigen::RowVectorXd& have) const {
    const bool first = tr.from == person_.current_role;
    PathStep step;
    step.from = tr.from;
    step.to = tr.to;
    step.kind = tr.kind;
    step.rate = tr.rate;
    step.typical_years = tr.min_years;
    step.time = time_.step(tr.min_years - (first ? person_.years_in_role : 0.0),
                           time_.learn_years(have, tr.from, tr.to, person_.learning_rate), time_.land_years(tr));
    step.wait_years = step.time.wait_years;
    step.learn_years = step.time.learn_years;
    step.land_years = step.time.land_years;
    step.expected_years = step.time.mean_years;
    step.years = step.time.years;
    return step;
  }

  const RoleGraph& graph_;
  const Profile& person_;
  const PathOptions& options_;
  TimeModel time_;
  std::vector<bool> allowed_role_;
  std::vector<double> weight_;  // expected years per transition; infinity: ruled out
  std::size_t target_ = 0;
  std::vector<double> years_to_target_{};
  // Search state, kept between the many spur searches of one plan.
  std::vector<Vertex> predecessor_{};
  std::vector<double> distance_{};
  std::vector<double> rank_{};
};

// Yen's k shortest loopless paths. Routes come out in increasing cost; with a
// step limit, routes over it are skipped and the search goes on.
std::vector<Route> yen(RoutePlanner& planner, std::size_t source, std::size_t target, std::size_t k,
                       std::optional<std::size_t> max_steps) {
  std::vector<Route> found;     // every route accepted by Yen, in order
  std::vector<Route> accepted;  // those within the step limit
  std::set<Route> candidates;
  auto within_limit = [&](const Route& r) { return !max_steps || r.transitions.size() <= *max_steps; };

  planner.aim_at(target);
  if (!std::isfinite(planner.years_to_target(source))) return accepted;
  auto first = planner.shortest(source, {}, {});
  if (!first) return accepted;
  found.push_back(*first);
  if (within_limit(*first)) accepted.push_back(*first);

  std::vector<std::size_t> removed_moves;
  while (accepted.size() < k && found.size() < kMaxRoutesExamined) {
    const Route& previous = found.back();
    for (std::size_t i = previous.deviation; i + 1 < previous.roles.size(); ++i) {
      // Routes longer than the limit cannot be completed within it.
      if (max_steps && i >= *max_steps) break;
      const std::span<const std::size_t> root_roles(previous.roles.data(), i);
      removed_moves.clear();
      for (const Route& r : found) {
        if (r.roles.size() > i + 1 && std::equal(r.roles.begin(), r.roles.begin() + static_cast<std::ptrdiff_t>(i + 1),
                                                 previous.roles.begin())) {
          removed_moves.push_back(r.transitions[i]);
        }
      }
      auto spur_route = planner.shortest(previous.roles[i], root_roles, removed_moves);
      if (!spur_route) continue;
      Route total;
      total.deviation = i;
      total.roles.assign(previous.roles.begin(), previous.roles.begin() + static_cast<std::ptrdiff_t>(i));
      total.transitions.assign(previous.transitions.begin(), previous.transitions.begin() + static_cast<std::ptrdiff_t>(i));
      total.roles.insert(total.roles.end(), spur_route->roles.begin(), spur_route->roles.end());
      total.transitions.insert(total.transitions.end(), spur_route->transitions.begin(), spur_route->transitions.end());
      for (std::size_t t : total.transitions) total.cost += planner.cost_of(t);
      candidates.insert(std::move(total));
    }
    if (candidates.empty()) break;
    found.push_back(*candidates.begin());
    candidates.erase(candidates.begin());
    if (within_limit(found.back())) accepted.push_back(found.back());
  }
  return accepted;
}

}  // namespace
std::vector<double> move_costs(const RoleGraph& graph, const Profile& person, const PathOptions& options) {
  const RoutePlanner planner(graph, person, options);
  std::vector<double> costs(graph.transitions().size());
  for (std::size_t t = 0; t < costs.size(); ++t) costs[t] = planner.cost_of(t);
  return costs;
}

Result<std::vector<CareerPath>> plan_paths(const RoleGraph& graph, const Profile& person, std::size_t target,
                                           const PathOptions& options) {
  const Role& to = graph.role(target);
  const Role& from = graph.role(person.current_role);
  if (target == person.current_role) return Error{.message = "'" + to.id + "' is already the current role"};
  if (options.k == 0) return Error{.message = "the number of routes must be at least 1"};
  RoutePlanner planner(graph, person, options);
  if (!planner.role_allowed(target)) return Error{.message = "'" + to.id + "' is among the roles to avoid"};
  if (!planner.role_allowed(person.current_role)) {
    return Error{.message = "the current role '" + from.id + "' is among the roles to avoid"};
  }

  const std::vector<Route> routes = yen(planner, person.current_role, target, options.k, options.max_steps);
  if (routes.empty()) {
    std::string why = "no route from '" + from.id + "' to '" + to.id + "'";
    std::vector<std::string> constraints;
    if (options.max_steps) constraints.push_back("at most " + std::to_string(*options.max_steps) + " steps");
    if (options.step_back.value_or(person.preferences.step_back) == StepBack::kForbidden) constraints.push_back("no step backs");
    if (!person.preferences.avoid.empty() || !options.avoid.empty()) constraints.push_back("avoiding the listed roles");
    if (!constraints.empty()) {
      why += " with ";
      for (std::size_t i = 0; i < constraints.size(); ++i) why += (i ? ", " : "") + constraints[i];
      why += " (try relaxing them)";
    } else {
      why += ": the graph has no sequence of usual moves between them";
    }
    return Error{.kind = ErrorKind::kNotFound, .message = why};
  }
  std::vector<CareerPath> paths;
  for (const Route& r : routes) paths.push_back(planner.describe(r));
  // Yen finds the k routes of least mean time (means add along a route, so
  // the search is exact); they are presented by median, what a person would
  // call "about how long". Ties keep Yen's order (fewer steps, role ids).
  std::stable_sort(paths.begin(), paths.end(),
                   [](const CareerPath& a, const CareerPath& b) { return a.years.median < b.years.median; });
  return paths;
}

}  // namespace careerpath
