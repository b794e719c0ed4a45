// The only place where errors become messages and exit statuses: 2 for bad
// input or usage, 1 for internal failure, 0 for success.
#include "app.hpp"

#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <string>

#include "careerpath/util/message_text.hpp"
#include "careerpath/version.hpp"
#include "command.hpp"

namespace {

int fail(const std::string& message, int status) {
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

// The program's top-level App. In RunMode::kParseOnly it stops just before
// any command's callback runs: CLI11 has parsed the arguments and run every
// option's conversion, check and requirement by then (App::_process), and
// calls pre_callback() first thing in run_callback(). The commands' callbacks
// stay in place, since they own the variables their options write into.
class CareerpathApp : public CLI::App {
 public:
  struct ParsedOnly {};
  explicit CareerpathApp(bool parse_only) : CLI::App("careerpath: recommend, plan and simulate careers over a role graph", "careerpath"),
                                   parse_only_(parse_only) {}
  void pre_callback() override {
    if (parse_only_) throw ParsedOnly{};
  }

 private:
  bool parse_only_;
};

}  // namespace

namespace careerpath::cli {

int run_careerpath(int argc, const char* const* argv, RunMode mode) {
  Context context;
  CareerpathApp app(mode == RunMode::kParseOnly);
  app.set_version_flag("--version", "careerpath " + std::string(kVersion));
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--graph", context.graph_name, "Role graph: a file, or a built-in name (tech, onet)")
      ->capture_default_str()
      ->each([&context](const std::string&) { context.graph_given = true; });
  app.add_flag("--json", context.json, "Print exact JSON (one document on stdout) instead of tables");
  add_registered_commands(app, context);

  if (auto message = unknown_command(app, argc, argv)) return fail(*message, 2);
  try {
    app.parse(argc, argv);
    finish_stdout();
  } catch (const CareerpathApp::ParsedOnly&) {
    return 0;
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
    return fail(what + " (see careerpath --help)", 2);
  } catch (const InputError& e) {
    const int status = e.error().kind == ErrorKind::kInternal ? 1 : 2;
    for (const std::string& line : all_problem_lines(e.error())) fail(line, status);
    return status;
  } catch (const UsageError& e) {
    return fail(e.what(), 2);
  } catch (const std::bad_alloc&) {
    return fail("out of memory", 1);
  } catch (const std::exception& e) {
    return fail(std::string("internal error: ") + e.what(), 1);
  }
  return context.exit_status;
}

}  // namespace careerpath::cli
