// The command table and the context every command shares. Each cmd_*.cpp
// registers itself with CAREERPATH_COMMAND, so adding a command touches only
// its own file. Commands parse options, call the engine and format results;
// they do no modelling.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"
#include "output/standard_streams.hpp"  // write_stdout, for every command
#include "report_names.hpp"

namespace careerpath::cli {

// Bad input or usage: printed as one line, exit status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Options shared by every command, and the role graph loaded on first use.
class Context {
 public:
  std::string graph_name = "tech";
  bool graph_given = false;  // --graph was on the command line (a profile's "graph" does not override it)
  bool json = false;
  int exit_status = 0;  // a command may report partial failure (batch)

  // Loads --graph on first call; throws InputError on a bad graph. The graph
  // is kept until the process exits (command.cpp says why).
  const RoleGraph& graph();
  // Whether graph() has loaded the graph already.
  [[nodiscard]] bool graph_loaded() const noexcept { return graph_ != nullptr; }

 private:
  const RoleGraph* graph_ = nullptr;
};

using CommandSetup = std::function<void(CLI::App& app, Context& context)>;

// `order` fixes where the command appears in --help.
bool register_command(int order, CommandSetup setup);
void add_registered_commands(CLI::App& app, Context& context);

// Tells the user how names in their files were read, one line each on
// stderr ("careerpath: note: pm.json: /goals/0: 'X' taken as ...").
void write_notes(const std::vector<Error>& notes);

}  // namespace careerpath::cli

#define CAREERPATH_CONCAT_INNER(a, b) a##b
#define CAREERPATH_CONCAT(a, b) CAREERPATH_CONCAT_INNER(a, b)
#define CAREERPATH_COMMAND(order, setup) \
  static const bool CAREERPATH_CONCAT(careerpath_command_registered_, __LINE__) = \
      ::careerpath::cli::register_command(order, setup)
