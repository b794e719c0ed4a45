// The role graphs a server answers from, loaded once at start: the built-in
// ones and any given on the command line, each with what does not depend on
// the person asking (the recommender's hop tables), so that a request does no
// loading and no graph-wide set-up.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "careerpath/advise/recommender.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/util/error.hpp"

namespace careerpath::server {

struct ServedGraph {
  explicit ServedGraph(std::string served_name, RoleGraph role_graph)
      : name(std::move(served_name)), graph(std::move(role_graph)), recommender(graph) {}
  ServedGraph(const ServedGraph&) = delete;
  ServedGraph& operator=(const ServedGraph&) = delete;

  std::string name;       // what a request's ?graph= names
  RoleGraph graph;
  Recommender recommender;  // points into `graph`, so a ServedGraph never moves
};

class GraphCatalog {
 public:
  // Adds `graph` under `name`; a name already taken is bad input.
  [[nodiscard]] Status add(std::string name, RoleGraph graph);
  // Every built-in graph, then each of `names_or_paths` (a built-in name or a
  // graph file, served under the graph's own name); the first of those is
  // the default graph, else "tech".
  [[nodiscard]] static Result<GraphCatalog> load(const std::vector<std::string>& names_or_paths);

  [[nodiscard]] const ServedGraph* find(std::string_view name) const noexcept;
  [[nodiscard]] const std::vector<std::unique_ptr<ServedGraph>>& graphs() const noexcept { return graphs_; }
  // The graph used when a request names none.
  [[nodiscard]] const ServedGraph& default_graph() const;

 private:
  std::vector<std::unique_ptr<ServedGraph>> graphs_{};
  std::string default_name_ = "tech";
};

}  // namespace careerpath::server
