#include "cli_runner.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace careerpath::testing {
namespace {

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

}  // namespace

RunResult run_careerpath(const std::vector<std::string>& args, const std::string& input) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (::pipe(in_pipe) != 0 || ::pipe(out_pipe) != 0 || ::pipe(err_pipe) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    ::dup2(in_pipe[0], 0);
    ::dup2(out_pipe[1], 1);
    ::dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) ::close(fd);
    std::vector<char*> argv;
    std::string binary = CAREERPATH_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copies = args;
    for (std::string& a : copies) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(in_pipe[0]);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  // Feed stdin from a thread so that a large input cannot deadlock with output.
  std::thread feeder([fd = in_pipe[1], &input]() mutable {
    std::size_t written = 0;
    while (written < input.size()) {
      const ssize_t n = ::write(fd, input.data() + written, input.size() - written);
      if (n <= 0) break;
      written += static_cast<std::size_t>(n);
    }
    ::close(fd);
  });
  RunResult result;
  std::array<pollfd, 2> fds{{{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}}};
  int open_count = 2;
  std::array<char, 65536> buffer;
  while (open_count > 0) {
    if (::poll(fds.data(), fds.size(), -1) < 0) break;
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
      if (n <= 0) {
        close_fd(fds[i].fd);
        --open_count;
        continue;
      }
      (i == 0 ? result.out : result.err).append(buffer.data(), static_cast<std::size_t>(n));
    }
  }
  feeder.join();
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

std::string source_path(const std::string& relative) { return std::string(CAREERPATH_SOURCE_DIR) + "/" + relative; }
std::string test_data(const std::string& relative) { return std::string(CAREERPATH_TEST_DATA) + "/" + relative; }

std::string temp_dir() {
  static const std::string dir = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "careerpath-cli-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    static const std::string keep = pattern;
    std::atexit([] { std::filesystem::remove_all(keep); });
    return pattern;
  }();
  return dir;
}

std::string write_temp_file(const std::string& name, const std::string& content) {
  const std::string path = temp_dir() + "/" + name;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

::testing::AssertionResult is_one_clear_error(const RunResult& r, std::string_view expected_in_error) {
  if (r.status != 2) return ::testing::AssertionFailure() << "exit status " << r.status << ", not 2: " << r.err;
  if (!r.out.empty()) return ::testing::AssertionFailure() << "standard output is not empty: " << r.out;
  if (r.err.empty()) return ::testing::AssertionFailure() << "no error message";
  if (r.err.find('\n') != r.err.size() - 1) return ::testing::AssertionFailure() << "more than one line: " << r.err;
  if (r.err.rfind("careerpath: ", 0) != 0) return ::testing::AssertionFailure() << "not a careerpath message: " << r.err;
  if (r.err.find(expected_in_error) == std::string::npos) {
    return ::testing::AssertionFailure() << "'" << expected_in_error << "' is not in: " << r.err;
  }
  if (r.err.find("terminate") != std::string::npos) return ::testing::AssertionFailure() << "crashed: " << r.err;
  return ::testing::AssertionSuccess();
}

}  // namespace careerpath::testing
