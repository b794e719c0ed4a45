// Rendering DOT with Graphviz's `dot` program, found on PATH. The program is
// run without a shell (no quoting of user paths), its messages are kept off
// our one-line error output, and the SVG reaches its destination only whole.
#include <filesystem>
#include <string>

#include "command.hpp"
#include "pictures/external_tool.hpp"
#include "pictures/graphviz.hpp"

namespace careerpath::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kInstallHint =
    "Graphviz's 'dot' program is needed for --svg but was not found on PATH; install Graphviz "
    "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz) or write DOT instead and render it elsewhere";

std::string first_line(const fs::path& file) {
  const std::string text = read_text(file);
  return text.substr(0, text.find('\n'));
}

}  // namespace

std::string render_svg(const std::string& dot_text) {
  const auto dot = find_on_path("dot");
  if (!dot) throw UsageError(kInstallHint);
  ScratchDir scratch("Graphviz");
  const fs::path in = scratch.file("graph.dot");
  const fs::path out = scratch.file("graph.svg");
  const fs::path log = scratch.file("dot.log");
  write_text(in, dot_text);
  if (const int status = run_program(*dot, {"-Tsvg", in.string(), "-o", out.string()}, log); status != 0) {
    const std::string why = first_line(log);
    throw UsageError("Graphviz's dot (" + dot->string() + ") could not render the picture" +
                     (why.empty() ? "" : ": " + why));
  }
  return read_text(out);
}

}  // namespace careerpath::cli
