#include "pictures/external_tool.hpp"

#include <cerrno>
#include <cstdlib>
#include <sstream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "careerpath/util/input_file.hpp"
#include "command.hpp"

extern char** environ;

namespace careerpath::cli {

namespace fs = std::filesystem;

std::optional<fs::path> find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path != nullptr ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (dir.empty()) continue;
    const fs::path candidate = fs::path(dir) / program;
    if (::access(candidate.c_str(), X_OK) == 0 && fs::is_regular_file(candidate)) return candidate;
  }
  return std::nullopt;
}

ScratchDir::ScratchDir(const std::string& purpose) {
  std::string pattern = (fs::temp_directory_path() / "careerpath-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) throw UsageError("cannot create a temporary folder for " + purpose);
  path_ = pattern;
  folder_ = std::make_unique<RegisteredTemporary>(path_.string());
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
  files_.clear();  // unlisted, newest first
  folder_.reset();
}

fs::path ScratchDir::file(const std::string& name) {
  fs::path path = path_ / name;
  files_.push_back(std::make_unique<RegisteredTemporary>(path.string()));
  return path;
}

int run_program(const fs::path& program, const std::vector<std::string>& args, const fs::path& log) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<std::string> words = {program.string()};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return -1;
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void write_text(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw UsageError("cannot write " + path.string());
}

std::string read_text(const fs::path& path) {
  // What a tool wrote: bounded like every input; a log the tool did not
  // write reads as empty.
  auto text = read_input_text(path.string());
  if (!text) {
    if (text.error().message.rfind("cannot open", 0) == 0) return "";
    throw InputError(text.error());
  }
  return std::move(text).value();
}

}  // namespace careerpath::cli
