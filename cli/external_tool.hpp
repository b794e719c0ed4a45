// What the commands that hand work to an installed program (Graphviz's dot,
// gnuplot) share: finding the program and a scratch folder for its files.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace careerpath::cli {

// The executable `program` on PATH (or /usr/bin:/bin when PATH is unset).
[[nodiscard]] std::optional<std::filesystem::path> find_on_path(const std::string& program);

// A fresh temporary folder, removed on every way out. Throws UsageError
// naming `purpose` when it cannot be created.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& purpose);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_{};
};

}  // namespace careerpath::cli
