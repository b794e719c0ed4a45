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
  if (graph_ == nullptr) {
    // Deliberately never freed: the process ends soon after the command,
    // and freeing the O*NET graph's hundred thousand strings one by one took
    // a seventh of a command's time; the system takes the memory back at
    // once. The list is reachable from a static, so leak checkers (ASan's)
    // do not report it.
    static auto* const kept = new std::vector<std::unique_ptr<const RoleGraph>>();
    kept->push_back(std::make_unique<const RoleGraph>(value_or_throw(load_graph(graph_name))));
    graph_ = kept->back().get();
  }
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
