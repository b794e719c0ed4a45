// What the fuzz targets share: the built-in tech graph, loaded once, that
// profiles, teams, scenarios and batch lines are read against, and the rule
// every target checks. A target may see its input refused with an Error
// (that is the point); it must never crash, trip a sanitizer, leak, hang or
// throw anything but the documented errors, and libFuzzer reports each of
// those as a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "careerpath/io/graph_io.hpp"

namespace careerpath::fuzz {

inline const RoleGraph& tech_graph() {
  static const RoleGraph graph = [] {
    auto loaded = load_graph("tech");
    if (!loaded) std::abort();
    return std::move(loaded).value();
  }();
  return graph;
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A broken invariant found by a target: abort, which libFuzzer reports.
inline void require(bool holds) {
  if (!holds) std::abort();
}

}  // namespace careerpath::fuzz
