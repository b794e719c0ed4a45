// Runs the built careerpath program and captures what a user would see.
#pragma once

#include <string>
#include <vector>

namespace careerpath::testing {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `careerpath args...` with optional standard input; no shell involved.
RunResult run_careerpath(const std::vector<std::string>& args, const std::string& input = "");

// Paths inside the repository and tests/data.
std::string source_path(const std::string& relative);
std::string test_data(const std::string& relative);

// A fresh temporary directory, removed when the test binary exits.
std::string temp_dir();
// Writes `content` to a file in temp_dir() and returns its path.
std::string write_temp_file(const std::string& name, const std::string& content);

}  // namespace careerpath::testing
