// Rendering DOT with Graphviz's `dot` program, found on PATH. The program is
// run without a shell (no quoting of user paths), its messages are kept off
// our one-line error output, and the SVG reaches its destination only whole.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "careerpath/atomic_file.hpp"
#include "command.hpp"
#include "external_tool.hpp"
#include "graphviz.hpp"

extern char** environ;

namespace careerpath::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInstallHint =
    "Graphviz's 'dot' program is needed for --svg but was not found on PATH; install Graphviz "
    "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) or write DOT instead and render it elsewhere";

// Runs `dot -Tsvg in -o out`, its standard error captured in `log`.
int run_dot(const fs::path& dot, const fs::path& in, const fs::path& out, const fs::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  std::vector<std::string> args = {dot.string(), "-Tsvg", in.string(), "-o", out.string()};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, dot.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string first_line(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  return line;
}

}  // namespace

void render_svg(const std::string& dot_text, const std::string& svg_path) {
  const auto dot = find_on_path("dot");
  if (!dot) throw UsageError(kInstallHint);
  const ScratchDir scratch("Graphviz");
  const fs::path in = scratch.path() / "graph.dot";
  const fs::path out = scratch.path() / "graph.svg";
  const fs::path log = scratch.path() / "dot.log";
  {
    std::ofstream file(in, std::ios::binary);
    file << dot_text;
    if (!file) throw UsageError("cannot write a temporary DOT file for Graphviz");
  }
  if (const int status = run_dot(*dot, in, out, log); status != 0) {
    const std::string why = first_line(log);
    throw UsageError("Graphviz's dot (" + dot->string() + ") could not render the picture" +
                     (why.empty() ? "" : ": " + why));
  }
  std::ifstream svg(out, std::ios::binary);
  std::stringstream content;
  content << svg.rdbuf();
  take(write_file_atomically(svg_path, content.str()));
}

}  // namespace careerpath::cli
