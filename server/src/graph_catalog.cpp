#include "careerpath/server/graph_catalog.hpp"

#include "careerpath/io/builtin_graphs.hpp"
#include "careerpath/io/graph_io.hpp"

namespace careerpath::server {

Status GraphCatalog::add(std::string name, RoleGraph graph) {
  if (find(name) != nullptr) {
    return Error{.message = "two graphs are named '" + name + "'; a served graph's name must be unique"};
  }
  graphs_.push_back(std::make_unique<ServedGraph>(std::move(name), std::move(graph)));
  return {};
}

Result<GraphCatalog> GraphCatalog::load(const std::vector<std::string>& names_or_paths) {
  GraphCatalog catalog;
  for (const BuiltinGraph& builtin : builtin_graphs()) {
    auto graph = load_graph(std::string(builtin.name));
    if (!graph) return graph.error();
    if (auto added = catalog.add(std::string(builtin.name), std::move(graph).value()); !added) return added.error();
  }
  for (const std::string& name : names_or_paths) {
    const bool first = &name == &names_or_paths.front();
    if (builtin_graph_text(name)) {  // served already
      if (first) catalog.default_name_ = name;
      continue;
    }
    auto graph = load_graph(name);
    if (!graph) return graph.error();
    const std::string served_name = graph->name();
    if (first) catalog.default_name_ = served_name;
    if (auto added = catalog.add(served_name, std::move(graph).value()); !added) {
      return Error{.file = name, .message = "its graph is named '" + served_name +
                                            "', as another served graph is; give it another \"name\""};
    }
  }
  return catalog;
}

const ServedGraph* GraphCatalog::find(std::string_view name) const noexcept {
  for (const auto& g : graphs_) {
    if (g->name == name) return g.get();
  }
  return nullptr;
}

const ServedGraph& GraphCatalog::default_graph() const {
  if (const ServedGraph* chosen = find(default_name_)) return *chosen;
  return *graphs_.front();
}

}  // namespace careerpath::server
