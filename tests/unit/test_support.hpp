// Helpers shared by the unit tests: loading test data and building small
// graphs inline so that each test's data stays visible in the test.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/io/scenario_io.hpp"

namespace careerpath::testing {

inline std::string test_data(const std::string& relative) { return std::string(CAREERPATH_TEST_DATA) + "/" + relative; }
inline std::string source_path(const std::string& relative) {
  return std::string(CAREERPATH_SOURCE_DIR) + "/" + relative;
}

// The five-role graph in tests/data/graphs/small.json (documented there).
inline const RoleGraph& small_graph() {
  static const RoleGraph graph = [] {
    auto g = load_graph_file(test_data("graphs/small.json"));
    if (!g) throw std::runtime_error(g.error().to_string());
    return std::move(g).value();
  }();
  return graph;
}

inline std::size_t role_index(const RoleGraph& g, const std::string& id) {
  auto r = g.find_role(id);
  if (!r) throw std::runtime_error("no role " + id);
  return *r;
}

// A profile from inline JSON against `graph`; fails the test on error.
inline Profile make_profile(const RoleGraph& graph, const std::string& json_text) {
  auto doc = nlohmann::json::parse(json_text);
  auto p = profile_from_json(doc, graph, "inline", FormatField::kOptional);
  if (!p) throw std::runtime_error(p.error().to_string());
  return std::move(p).value();
}

// A scenario from inline JSON against `graph` (relative paths from the
// working directory); throws on error.
inline Scenario make_scenario(const RoleGraph& graph, const std::string& json_text) {
  auto s = scenario_from_json(nlohmann::json::parse(json_text), graph, "");
  if (!s) throw std::runtime_error(s.error().to_string());
  return std::move(s).value();
}

}  // namespace careerpath::testing
