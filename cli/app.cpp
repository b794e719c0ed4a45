// The only place where errors become messages and exit statuses: 2 for bad
// input or usage, 1 for internal failure, 0 for success.
#include "app.hpp"

#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <string>

#include "careerpath/util/message_text.hpp"
#include "command.hpp"

namespace {

int report(const std::string& message, int status) {
  std::fprintf(stderr, "careerpath: %s\n", careerpath::one_line_message(message).c_str());
  return status;
}

// CLI11 reports a mistyped command as "a subcommand is required"; name it.
std::optional<std::string> unknown_command(CLI::App& app, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--graph") {
      ++i;
      continue;
    }
    if (arg.empty() || arg[0] == '-') continue;
    for (const CLI::App* sub : app.get_subcommands({})) {
      if (sub->check_name(arg)) return std::nullopt;
    }
    std::string names;
    for (const CLI::App* sub : app.get_subcommands({})) names += (names.empty() ? "" : ", ") + sub->get_name();
    return "unknown command '" + arg + "' (commands: " + names + ")";
  }
  return std::nullopt;
}

// Every callback of `app` and its subcommands, removed: parsing still checks
// every option, but no command runs.
void remove_callbacks(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands({})) {
    sub->callback(std::function<void()>());
    remove_callbacks(*sub);
  }
}

}  // namespace

namespace careerpath::cli {

int run_careerpath(int argc, const char* const* argv, RunMode mode) {
  Context context;
  CLI::App app{"careerpath: recommend, plan and simulate careers over a role graph", "careerpath"};
  app.set_version_flag("--version", std::string("careerpath ") + CAREERPATH_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--graph", context.graph_name, "Role graph: a file, or a built-in name (tech, onet)")
      ->capture_default_str();
  app.add_flag("--json", context.json, "Print exact JSON (one document on stdout) instead of tables");
  add_registered_commands(app, context);
  if (mode == RunMode::kParseOnly) remove_callbacks(app);

  if (auto message = unknown_command(app, argc, argv)) return report(*message, 2);
  try {
    app.parse(argc, argv);
    finish_stdout();
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 may print several lines; keep to one, and point at --help.
    std::string what = e.what();
    if (auto nl = what.find('\n'); nl != std::string::npos) what = what.substr(0, nl);
    return report(what + " (see careerpath --help)", 2);
  } catch (const InputError& e) {
    return report(e.error().to_string(), e.error().kind == ErrorKind::kInternal ? 1 : 2);
  } catch (const UsageError& e) {
    return report(e.what(), 2);
  } catch (const std::bad_alloc&) {
    return report("out of memory", 1);
  } catch (const std::exception& e) {
    return report(std::string("internal error: ") + e.what(), 1);
  }
  return context.exit_status;
}

}  // namespace careerpath::cli
