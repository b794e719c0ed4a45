#include "careerpath/paths.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/filtered_graph.hpp>
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

  bool operator<(const Route& other) const {
    if (cost != other.cost) return cost < other.cost;
    if (transitions.size() != other.transitions.size()) return transitions.size() < other.transitions.size();
    return roles < other.roles;
  }
};

class RoutePlanner {
 public:
  RoutePlanner(const RoleGraph& graph, const Profile& person, const PathOptions& options)
      : graph_(graph), person_(person), options_(options), allowed_role_(graph.role_count(), true),
        cost_(graph.transitions().size(), kInfinity) {
    for (std::size_t r : person.preferences.avoid) allowed_role_[r] = false;
    for (std::size_t r : options.avoid) allowed_role_[r] = false;
    const StepBack step_back = options.step_back.value_or(person.preferences.step_back);
    for (std::size_t t = 0; t < graph.transitions().size(); ++t) {
      const Transition& tr = graph.transition(t);
      const bool backwards = tr.kind == MoveKind::kStepBack || graph.role(tr.to).level < graph.role(tr.from).level;
      if (backwards && step_back == StepBack::kForbidden) continue;
      if (tr.rate <= 0.0) continue;
      cost_[t] = step_cost(tr).expected_years;
    }
  }

  [[nodiscard]] bool role_allowed(std::size_t r) const { return allowed_role_[r]; }

  // One step's cost parts, for a person who holds `from`: at the source with
  // their own skills and tenure, later with the role's requirements met.
  [[nodiscard]] PathStep step_cost(const Transition& tr) const {
    const bool first = tr.from == person_.current_role;
    Eigen::VectorXd skills = person_.skills;
    if (!first) skills = skills.cwiseMax(graph_.requirements().row(static_cast<Eigen::Index>(tr.from)).transpose());
    PathStep step;
    step.from = tr.from;
    step.to = tr.to;
    step.kind = tr.kind;
    step.rate = tr.rate;
    step.typical_years = tr.min_years;
    step.wait_years = std::max(0.0, tr.min_years - (first ? person_.years_in_role : 0.0));
    step.learn_years = learn_years(skills, tr.to);
    const double hazard = tr.rate >= 1.0 ? kInfinity : -std::log1p(-tr.rate);
    step.expected_years = std::max(step.wait_years, step.learn_years) + (hazard > 0.0 ? 1.0 / hazard : kInfinity);
    return step;
  }

  // Dijkstra from `source` to `target` avoiding removed roles and moves.
  [[nodiscard]] std::optional<Route> shortest(std::size_t source, std::size_t target, const std::vector<bool>& removed_role,
                                              const std::vector<bool>& removed_move) const {
    auto edge_ok = [&](const Edge& e) {
      const std::size_t t = graph_.graph()[e].transition;
      return std::isfinite(cost_[t]) && !removed_move[t];
    };
    auto vertex_ok = [&](const Vertex& v) { return allowed_role_[v] && !removed_role[v]; };
    const boost::filtered_graph<Graph, std::function<bool(const Edge&)>, std::function<bool(const Vertex&)>> view(
        graph_.graph(), edge_ok, vertex_ok);
    const std::size_t n = graph_.role_count();
    std::vector<Vertex> predecessor(n);
    std::vector<double> distance(n, kInfinity);
    auto weight = boost::make_function_property_map<Edge, double>(
        [&](const Edge& e) { return cost_[graph_.graph()[e].transition]; });
    boost::dijkstra_shortest_paths(view, source,
                                   boost::predecessor_map(predecessor.data())
                                       .distance_map(distance.data())
                                       .weight_map(weight)
                                       .distance_inf(kInfinity)
                                       .vertex_index_map(boost::get(boost::vertex_index, graph_.graph())));
    if (!std::isfinite(distance[target])) return std::nullopt;
    Route route;
    for (std::size_t v = target; v != source; v = predecessor[v]) {
      route.roles.push_back(v);
      route.transitions.push_back(*graph_.find_transition(predecessor[v], v));
    }
    route.roles.push_back(source);
    std::reverse(route.roles.begin(), route.roles.end());
    std::reverse(route.transitions.begin(), route.transitions.end());
    route.cost = distance[target];
    return route;
  }

  [[nodiscard]] double cost_of(std::size_t transition) const { return cost_[transition]; }

  [[nodiscard]] CareerPath describe(const Route& route) const {
    CareerPath path;
    Eigen::VectorXd skills = person_.skills;
    for (std::size_t i = 0; i < route.transitions.size(); ++i) {
      const Transition& tr = graph_.transition(route.transitions[i]);
      PathStep step = step_cost(tr);
      step.transition = route.transitions[i];
      if (i > 0) skills = skills.cwiseMax(graph_.requirements().row(static_cast<Eigen::Index>(tr.from)).transpose());
      step.skills_to_build = top_gaps(graph_, skills, tr.to, options_.skills_per_step);
      path.total_years += step.expected_years;
      path.steps.push_back(std::move(step));
    }
    return path;
  }

 private:
  [[nodiscard]] double learn_years(const Eigen::VectorXd& skills, std::size_t role) const {
    const auto r = static_cast<Eigen::Index>(role);
    const auto importance = graph_.importance().row(r);
    const double total_importance = importance.sum();
    if (total_importance <= 0.0) return 0.0;
    const double shortfall =
        (graph_.requirements().row(r) - skills.transpose()).cwiseMax(0.0).cwiseProduct(importance).sum();
    const double mean_levels = shortfall / total_importance * graph_.skills().scale().span();
    return mean_levels / (options_.levels_per_year * person_.learning_rate);
  }

  const RoleGraph& graph_;
  const Profile& person_;
  const PathOptions& options_;
  std::vector<bool> allowed_role_;
  std::vector<double> cost_;
};

// Yen's k shortest loopless paths. Routes come out in increasing cost; with a
// step limit, routes over it are skipped and the search goes on.
std::vector<Route> yen(const RoutePlanner& planner, const RoleGraph& graph, std::size_t source, std::size_t target,
                       std::size_t k, std::optional<std::size_t> max_steps) {
  const std::size_t n = graph.role_count();
  const std::size_t m = graph.transitions().size();
  std::vector<Route> found;     // every route accepted by Yen, in order
  std::vector<Route> accepted;  // those within the step limit
  std::set<Route> candidates;
  auto within_limit = [&](const Route& r) { return !max_steps || r.transitions.size() <= *max_steps; };

  auto first = planner.shortest(source, target, std::vector<bool>(n, false), std::vector<bool>(m, false));
  if (!first) return accepted;
  found.push_back(*first);
  if (within_limit(*first)) accepted.push_back(*first);

  while (accepted.size() < k && found.size() < kMaxRoutesExamined) {
    const Route& previous = found.back();
    for (std::size_t i = 0; i + 1 < previous.roles.size(); ++i) {
      // Routes longer than the limit cannot be completed within it.
      if (max_steps && i >= *max_steps) break;
      const std::size_t spur = previous.roles[i];
      std::vector<bool> removed_role(n, false);
      std::vector<bool> removed_move(m, false);
      for (std::size_t j = 0; j < i; ++j) removed_role[previous.roles[j]] = true;
      for (const Route& r : found) {
        if (r.roles.size() > i + 1 && std::equal(r.roles.begin(), r.roles.begin() + static_cast<std::ptrdiff_t>(i + 1),
                                                 previous.roles.begin())) {
          removed_move[r.transitions[i]] = true;
        }
      }
      auto spur_route = planner.shortest(spur, target, removed_role, removed_move);
      if (!spur_route) continue;
      Route total;
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

  const std::vector<Route> routes = yen(planner, graph, person.current_role, target, options.k, options.max_steps);
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
    return Error{.message = why};
  }
  std::vector<CareerPath> paths;
  for (const Route& r : routes) paths.push_back(planner.describe(r));
  return paths;
}

}  // namespace careerpath
