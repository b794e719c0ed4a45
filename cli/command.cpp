#include "command.hpp"

#include <algorithm>
#include <vector>

#include "careerpath/io/graph_io.hpp"

namespace careerpath::cli {
namespace {

struct Registration {
  int order;
  CommandSetup setup;
};

std::vector<Registration>& registry() {
  static std::vector<Registration> commands;  // filled during static initialisation
  return commands;
}

}  // namespace

const RoleGraph& Context::graph() {
  if (!graph_) graph_ = std::make_unique<RoleGraph>(value_or_throw(load_graph(graph_name)));
  return *graph_;
}

bool register_command(int order, CommandSetup setup) {
  registry().push_back({order, std::move(setup)});
  return true;
}

void add_registered_commands(CLI::App& app, Context& context) {
  auto& commands = registry();
  std::stable_sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
  for (const Registration& r : commands) r.setup(app, context);
}

void write_notes(const std::vector<Error>& notes) {
  for (const Error& note : notes) std::fprintf(stderr, "careerpath: note: %s\n", note.to_string().c_str());
}

}  // namespace careerpath::cli
