#include "output/standard_streams.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include <fcntl.h>
#include <unistd.h>

#include "command.hpp"

namespace careerpath::cli {
namespace {

// A failed write is the system's failure (a full disk, a closed pipe), as
// for output files (util/atomic_file.hpp): exit status 1.
[[noreturn]] void output_failed(int error) {
  throw InputError(Error{.kind = ErrorKind::kInternal,
                         .message = std::string("cannot write to standard output: ") + std::strerror(error)});
}

}  // namespace

void protect_standard_streams() {
  for (const auto& [fd, flags] : {std::pair{STDIN_FILENO, O_WRONLY}, std::pair{STDOUT_FILENO, O_RDONLY},
                                  std::pair{STDERR_FILENO, O_WRONLY}}) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    // open() returns the lowest free number, which is `fd` itself when the
    // ones below it are open; otherwise move it there.
    const int null = ::open("/dev/null", flags | O_CLOEXEC);
    if (null >= 0 && null != fd) {
      ::dup2(null, fd);
      ::close(null);
    }
  }
}

void write_stdout(std::string_view text) {
  if (!text.empty() && std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) output_failed(errno);
  if (std::fflush(stdout) != 0) output_failed(errno);
}

void finish_stdout() {
  std::cout.flush();
  if (!std::cout) output_failed(EIO);
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) output_failed(errno != 0 ? errno : EIO);
}

}  // namespace careerpath::cli
