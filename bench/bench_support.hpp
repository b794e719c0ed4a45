// Shared setup for the benchmarks: the built-in graphs and the example
// profiles, loaded once; a failure to load stops the benchmark binary with
// the loader's message.
#pragma once

#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/profile_io.hpp"

namespace careerpath::bench {

inline const RoleGraph& builtin_graph(const std::string& name) {
  static std::map<std::string, std::unique_ptr<RoleGraph>> graphs;
  auto& slot = graphs[name];
  if (!slot) {
    auto g = load_graph(name);
    if (!g) throw std::runtime_error(g.error().to_string());
    slot = std::make_unique<RoleGraph>(std::move(g).value());
  }
  return *slot;
}

inline Profile example_profile(const RoleGraph& graph, const std::string& file) {
  auto p = load_profile(std::string(CAREERPATH_SOURCE_DIR) + "/profiles/" + file, graph);
  if (!p) throw std::runtime_error(p.error().to_string());
  return std::move(p).value();
}

}  // namespace careerpath::bench
