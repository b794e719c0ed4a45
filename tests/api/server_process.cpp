#include "server_process.hpp"

#include <chrono>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace careerpath::testing {
namespace {

std::string read_all(int fd) {
  std::string out;
  char buffer[4096];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) out.append(buffer, static_cast<std::size_t>(n));
  return out;
}

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& extra_args) {
  int out_pipe[2], err_pipe[2];
  if (::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  pid_ = ::fork();
  if (pid_ < 0) throw std::runtime_error("fork failed");
  if (pid_ == 0) {
    ::dup2(out_pipe[1], 1);
    ::dup2(err_pipe[1], 2);
    for (int fd : {out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) ::close(fd);
    std::vector<std::string> args = {CAREERPATH_BINARY, "serve", "--port", "0"};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  out_fd_ = out_pipe[0];
  err_fd_ = err_pipe[0];
  // "careerpath: serving http://127.0.0.1:PORT/ ...": wait for it (loading
  // the built-in graphs takes a fraction of a second), at most 30 s.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (first_line_.find('\n') == std::string::npos) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    pollfd p{out_fd_, POLLIN, 0};
    if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    char c[256];
    const ssize_t n = ::read(out_fd_, c, sizeof c);
    if (n <= 0) break;
    first_line_.append(c, static_cast<std::size_t>(n));
  }
  const auto at = first_line_.find("127.0.0.1:");
  if (at != std::string::npos) port_ = std::stoi(first_line_.substr(at + 10));
  if (port_ == 0) {
    stop();
    throw std::runtime_error("careerpath serve did not start: " + first_line_ + errors_);
  }
}

int ServerProcess::stop() {
  if (pid_ < 0) return status_;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  errors_ = read_all(err_fd_);
  ::close(out_fd_);
  ::close(err_fd_);
  return status_;
}

ServerProcess::~ServerProcess() { stop(); }

}  // namespace careerpath::testing
