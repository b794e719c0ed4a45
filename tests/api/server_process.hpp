// Runs `careerpath serve` on a free port for API tests, as a user would:
// the real program, the port read from its first line of output, stopped by
// SIGTERM at the end with its exit status and messages kept for checks.
#pragma once

#include <string>
#include <vector>

#include <sys/types.h>

namespace careerpath::testing {

class ServerProcess {
 public:
  // Starts `careerpath serve --port 0 extra_args...` and waits until it listens.
  explicit ServerProcess(const std::vector<std::string>& extra_args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  [[nodiscard]] int port() const noexcept { return port_; }
  [[nodiscard]] const std::string& first_line() const noexcept { return first_line_; }

  // Sends SIGTERM and waits; returns the exit status (128 + signal if killed).
  int stop();
  // Everything it wrote to standard error (after stop()).
  [[nodiscard]] const std::string& errors() const noexcept { return errors_; }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  int err_fd_ = -1;
  int port_ = 0;
  std::string first_line_{};
  std::string errors_{};
  int status_ = -1;
};

}  // namespace careerpath::testing
