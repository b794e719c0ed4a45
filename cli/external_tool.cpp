#include "external_tool.hpp"

#include <cstdlib>
#include <sstream>

#include <unistd.h>

#include "command.hpp"

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
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

}  // namespace careerpath::cli
