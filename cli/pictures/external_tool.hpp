// What the commands that hand work to an installed program (Graphviz's dot,
// gnuplot) share: finding the program, a scratch folder for its files, and
// running it.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerpath/util/atomic_file.hpp"

namespace careerpath::cli {

// The executable `program` on PATH (or /usr/bin:/bin when PATH is unset).
[[nodiscard]] std::optional<std::filesystem::path> find_on_path(const std::string& program);

// A fresh temporary folder, removed on every way out, a SIGINT or SIGTERM
// included: take every path inside it from file(), which lists it for the
// signal handler (careerpath/util/atomic_file.hpp). Throws UsageError naming
// `purpose` when it cannot be created.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& purpose);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  // The path of `name` inside the folder, listed for removal on a signal.
  [[nodiscard]] std::filesystem::path file(const std::string& name);

 private:
  std::filesystem::path path_{};
  std::unique_ptr<RegisteredTemporary> folder_{};
  std::vector<std::unique_ptr<RegisteredTemporary>> files_{};
};

// Runs `program` with `args` and waits for it. It is started without a shell
// (user paths need no quoting) and its standard output and error go to `log`,
// keeping its messages off our one-line error output. Returns its exit
// status, or -1 when it could not be started or did not exit normally.
[[nodiscard]] int run_program(const std::filesystem::path& program, const std::vector<std::string>& args,
                              const std::filesystem::path& log);

// Whole-file helpers for the scratch files. write_text throws UsageError.
void write_text(const std::filesystem::path& path, std::string_view text);
[[nodiscard]] std::string read_text(const std::filesystem::path& path);

}  // namespace careerpath::cli
