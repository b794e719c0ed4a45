// Outputs are written whole or not at all: data goes to a temporary file in
// the destination's directory and is renamed over the destination only when
// complete, so an error or an interruption never leaves a partial file.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "careerpath/util/error.hpp"

namespace careerpath {

[[nodiscard]] Status write_file_atomically(const std::string& path, std::string_view content);

// For outputs produced piece by piece (batch). Not copyable; the temporary
// file is removed unless commit() succeeds.
class AtomicOutputFile {
 public:
  [[nodiscard]] static Result<std::unique_ptr<AtomicOutputFile>> open(const std::string& path);
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  [[nodiscard]] std::FILE* stream() const noexcept { return file_; }
  [[nodiscard]] const std::string& temporary_path() const noexcept { return temp_path_; }
  // Flushes, syncs and renames over the destination.
  [[nodiscard]] Status commit();
  // Removes the temporary file (also done by the destructor).
  void abandon() noexcept;

 private:
  AtomicOutputFile(std::string path, std::string temp_path, std::FILE* file);
  std::string path_{};
  std::string temp_path_{};
  std::FILE* file_ = nullptr;
  bool done_ = false;
};

}  // namespace careerpath
