// Finding graphs by built-in name. The built-ins load from their packed form:
// they were validated when the program was built (tools/pack_graph), so a
// command on the O*NET graph pays about a millisecond for it, not the 100 ms
// of parsing and checking its JSON again.
#include <filesystem>

#include "careerpath/io/builtin_graphs.hpp"
#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/graph_pack.hpp"
#include "careerpath/util/input_file.hpp"

namespace careerpath {
namespace {

const BuiltinGraph* find_builtin(std::string_view name) {
  for (const BuiltinGraph& g : builtin_graphs()) {
    if (g.name == name) return &g;
  }
  return nullptr;
}

}  // namespace

std::optional<std::string_view> builtin_graph_text(std::string_view name) {
  if (const BuiltinGraph* g = find_builtin(name)) return g->json;
  return std::nullopt;
}

Result<RoleGraph> load_graph(const std::string& name_or_path) {
  // A file first, then a built-in name (a folder called "onet" does not hide
  // the built-in); anything else that exists (a FIFO, "-", a directory) goes
  // to the reader, which reads it or says what is wrong with it.
  std::error_code ec;
  if (std::filesystem::is_regular_file(name_or_path, ec)) return load_graph_file(name_or_path);
  if (const BuiltinGraph* g = find_builtin(name_or_path)) {
    return capture_input_errors([&] { return RoleGraph(unpack_graph(g->packed, /*drop_read_pages=*/true)); });
  }
  if (name_or_path == kStandardInputPath || std::filesystem::exists(name_or_path, ec)) return load_graph_file(name_or_path);
  std::string names;
  for (const BuiltinGraph& g : builtin_graphs()) names += (names.empty() ? "" : ", ") + std::string(g.name);
  return Error{.kind = ErrorKind::kNotFound, .file = name_or_path, .message = "no such graph file, and not a built-in graph (built-ins: " + names + ")"};
}

}  // namespace careerpath
