#include "careerpath/util/input_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace careerpath {
namespace {

constexpr std::size_t kReadChunk = 64 * 1024;

// Closes a descriptor we opened (standard input stays open).
class Descriptor {
 public:
  Descriptor(int fd, bool owned) : fd_(fd), owned_(owned) {}
  ~Descriptor() {
    if (owned_ && fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  [[nodiscard]] int get() const noexcept { return fd_; }

 private:
  int fd_;
  bool owned_;
};

std::string too_large(std::size_t max_bytes) {
  return "input is larger than the limit of " + byte_size_text(max_bytes) +
         " for one input (see Limits in docs/formats.md)";
}

Error nul_byte_error(const std::string& name, const std::string& text, std::size_t offset) {
  const auto [line, column] = line_and_column(text, offset);
  return Error{.file = name, .line = line, .column = column, .message = "contains a NUL byte (expected text)"};
}

}  // namespace

std::pair<int, int> line_and_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start) + 1};
}

std::string input_display_name(const std::string& path) { return path == kStandardInputPath ? "<stdin>" : path; }

std::string byte_size_text(std::size_t bytes) {
  constexpr std::size_t kKiB = 1024;
  if (bytes < kKiB) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  const char* unit = "KiB";
  double value = static_cast<double>(bytes) / kKiB;
  for (const char* next : {"MiB", "GiB", "TiB"}) {
    if (value < kKiB) break;
    value /= kKiB;
    unit = next;
  }
  char text[32];
  std::snprintf(text, sizeof text, value == static_cast<double>(static_cast<long long>(value)) ? "%.0f %s" : "%.1f %s",
                value, unit);
  return text;
}

Result<std::string> read_input_text(const std::string& path, std::size_t max_bytes) {
  const std::string name = input_display_name(path);
  if (path.empty()) return Error{.message = "an input file name is empty"};
  // The system would read the path only up to the NUL: another file.
  if (path.find('\0') != std::string::npos) return Error{.file = name, .message = "a file name must not contain a NUL byte"};
  const bool from_stdin = path == kStandardInputPath;
  const Descriptor fd(from_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY), !from_stdin);
  if (fd.get() < 0) {
    if (errno == ENOENT) return Error{.kind = ErrorKind::kNotFound, .file = name, .message = "cannot open file for reading: no such file"};
    return Error{.file = name, .message = std::string("cannot open file for reading: ") + std::strerror(errno)};
  }
  std::string text;
  struct stat info {};
  if (::fstat(fd.get(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) return Error{.file = name, .message = "is a directory, not a file"};
    if (S_ISREG(info.st_mode)) {
      const auto size = static_cast<std::size_t>(info.st_size);
      if (size > max_bytes) {
        return Error{.file = name, .message = "file is " + byte_size_text(size) + ", above the limit of " +
                                              byte_size_text(max_bytes) + " for one input (see Limits in docs/formats.md)"};
      }
      text.reserve(size);
    }
  }
  // Read one byte past the limit to tell "exactly the limit" from "more".
  for (;;) {
    const std::size_t room = max_bytes + 1 - text.size();
    if (room == 0) return Error{.file = name, .message = too_large(max_bytes)};
    const std::size_t old = text.size();
    text.resize(old + std::min(kReadChunk, room));
    const ssize_t n = ::read(fd.get(), text.data() + old, text.size() - old);
    if (n < 0) {
      text.resize(old);
      if (errno == EINTR) continue;
      if (from_stdin && errno == EBADF) return Error{.file = name, .message = "standard input is closed"};
      return Error{.kind = ErrorKind::kInternal, .file = name, .message = std::string("cannot read file: ") + std::strerror(errno)};
    }
    text.resize(old + static_cast<std::size_t>(n));
    if (n == 0) break;
  }
  if (text.size() > max_bytes) return Error{.file = name, .message = too_large(max_bytes)};
  if (const void* nul = std::memchr(text.data(), '\0', text.size()); nul != nullptr) {
    return nul_byte_error(name, text, static_cast<std::size_t>(static_cast<const char*>(nul) - text.data()));
  }
  return text;
}

}  // namespace careerpath
