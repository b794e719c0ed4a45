// Outputs are written whole or not at all. Which one to use:
//   - one finished document        -> write_file_atomically
//   - one file produced piecemeal  -> AtomicOutputFile (batch)
//   - several files of one command -> OutputSet (simulate --csv and --plot,
//     graph dot -o and --svg, and any single -o that must not replace one of
//     the command's own inputs)
// Data goes to a temporary file beside its destination and is renamed over it
// only when complete, so an error, a full disk or an interruption never leaves
// a partial file. Temporaries are named ".NAME.careerpath-tmp-PID-XXXXXX":
// while the process lives they are listed for remove_registered_temporaries()
// (which the program's SIGINT/SIGTERM handler calls); after a SIGKILL or a
// crash, the next output to the same NAME removes those whose process is gone,
// and `find DIR -name '.*.careerpath-tmp-*' -delete` removes them by hand.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

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
  [[nodiscard]] const std::string& path() const noexcept { return path_; }
  [[nodiscard]] const std::string& temporary_path() const noexcept { return temp_path_; }
  // Flushes, syncs and renames over the destination.
  [[nodiscard]] Status commit();
  // Flushes and syncs without renaming (OutputSet renames them together).
  [[nodiscard]] Status finish_writing();
  // Renames a finished file over its destination.
  [[nodiscard]] Status rename_into_place();
  // Removes the temporary file (also done by the destructor).
  void abandon() noexcept;

 private:
  AtomicOutputFile(std::string path, std::string temp_path, std::FILE* file);
  std::string path_{};
  std::string temp_path_{};
  std::FILE* file_ = nullptr;
  int registry_slot_ = -1;  // in the list remove_registered_temporaries() clears
  bool done_ = false;
};

// The files one command writes, committed together or not at all. add()
// writes each file's temporary at once (so a full disk or a bad path shows up
// before anything is replaced); commit() renames them all with SIGINT and
// SIGTERM held off, so an interruption leaves every old file or every new
// one. Destroyed uncommitted, it removes its temporaries and the folders
// make_folder() created.
class OutputSet {
 public:
  OutputSet() = default;
  ~OutputSet();
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  // An input of the command: no output may replace it (a path naming the
  // same file counts, e.g. through a link or "./").
  void protect_input(const std::string& path);
  // Creates a folder for outputs (and its parents); removed again when the
  // set is abandoned, if it is still empty.
  [[nodiscard]] Status make_folder(const std::string& path);
  [[nodiscard]] Status add(const std::string& path, std::string_view content);
  [[nodiscard]] Status commit();
  [[nodiscard]] std::size_t size() const noexcept { return files_.size(); }

 private:
  [[nodiscard]] Status check_destination(const std::string& path) const;
  std::vector<std::string> inputs_{};
  std::vector<std::string> created_folders_{};
  std::vector<std::unique_ptr<AtomicOutputFile>> files_{};
  bool committed_ = false;
};

// True when two paths name one file: the same file through a link or "./",
// or the same place when neither exists yet.
[[nodiscard]] bool names_same_file(const std::string& a, const std::string& b);

// A scratch file or folder that must not outlive the process, listed for
// remove_registered_temporaries() while this object lives (a scratch folder
// first, then the files in it). Not copyable.
class RegisteredTemporary {
 public:
  explicit RegisteredTemporary(const std::string& path);
  ~RegisteredTemporary();
  RegisteredTemporary(const RegisteredTemporary&) = delete;
  RegisteredTemporary& operator=(const RegisteredTemporary&) = delete;

 private:
  int slot_ = -1;
};

// Removes every listed temporary of this process (outputs not yet committed
// or abandoned, scratch files and folders), newest first, so that files go
// before their folder. Async-signal-safe: for signal handlers only.
void remove_registered_temporaries() noexcept;

}  // namespace careerpath
