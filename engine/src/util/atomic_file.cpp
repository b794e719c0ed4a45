#include "careerpath/util/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace careerpath {
namespace {

std::string system_error_text() { return std::strerror(errno); }

// Opening fails for the caller's reasons (a folder that does not exist, no
// permission); writing, flushing and renaming fail for the system's (a full
// disk, an I/O error).
ErrorKind open_error_kind() { return errno == ENOENT || errno == ENOTDIR ? ErrorKind::kNotFound : ErrorKind::kBadInput; }

// mkstemp in the destination's directory, so that rename() stays on one
// file system and is atomic.
Result<std::pair<std::string, std::FILE*>> make_temporary_beside(const std::string& path) {
  std::filesystem::path destination(path);
  std::filesystem::path dir = destination.has_parent_path() ? destination.parent_path() : std::filesystem::path(".");
  std::string pattern = (dir / ("." + destination.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) return Error{.kind = open_error_kind(), .file = path, .message = "cannot create output file: " + system_error_text()};
  ::fchmod(fd, 0644);
  std::FILE* file = ::fdopen(fd, "wb");
  if (file == nullptr) {
    ::close(fd);
    ::unlink(pattern.c_str());
    return Error{.kind = ErrorKind::kInternal, .file = path, .message = "cannot open output file: " + system_error_text()};
  }
  return std::pair{pattern, file};
}

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
  auto opened = AtomicOutputFile::open(path);
  if (!opened) return opened.error();
  std::unique_ptr<AtomicOutputFile> out = std::move(opened).value();
  if (std::fwrite(content.data(), 1, content.size(), out->stream()) != content.size()) {
    return Error{.kind = ErrorKind::kInternal, .file = path, .message = "cannot write output file: " + system_error_text()};
  }
  return out->commit();
}

Result<std::unique_ptr<AtomicOutputFile>> AtomicOutputFile::open(const std::string& path) {
  auto temp = make_temporary_beside(path);
  if (!temp) return temp.error();
  return std::unique_ptr<AtomicOutputFile>(new AtomicOutputFile(path, temp->first, temp->second));
}

AtomicOutputFile::AtomicOutputFile(std::string path, std::string temp_path, std::FILE* file)
    : path_(std::move(path)), temp_path_(std::move(temp_path)), file_(file) {}

AtomicOutputFile::~AtomicOutputFile() { abandon(); }

Status AtomicOutputFile::commit() {
  if (done_) return Error{.kind = ErrorKind::kInternal, .file = path_, .message = "output already closed"};
  const bool flushed = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    abandon();
    return Error{.kind = ErrorKind::kInternal, .file = path_, .message = "cannot write output file: " + system_error_text()};
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    abandon();
    return Error{.kind = ErrorKind::kInternal, .file = path_, .message = "cannot replace output file: " + system_error_text()};
  }
  done_ = true;
  return {};
}

void AtomicOutputFile::abandon() noexcept {
  if (done_) return;
  if (file_ != nullptr) std::fclose(file_);
  file_ = nullptr;
  ::unlink(temp_path_.c_str());
  done_ = true;
}

}  // namespace careerpath
