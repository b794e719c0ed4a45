// Role graphs compiled into the program, so that every command works with no
// --graph and no data files next to the binary.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace careerpath {

struct BuiltinGraph {
  std::string_view name{};  // "tech", "onet", ...
  std::string_view json{};  // the graph file's text
  // The same graph as tools/pack_graph wrote it at build time after loading
  // the text with full validation (careerpath/io/graph_pack.hpp).
  std::string_view packed{};
};

[[nodiscard]] std::span<const BuiltinGraph> builtin_graphs();
[[nodiscard]] std::optional<std::string_view> builtin_graph_text(std::string_view name);

}  // namespace careerpath
