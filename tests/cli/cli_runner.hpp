// Runs the built careerpath program and captures what a user would see.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace careerpath::testing {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `careerpath args...` with optional standard input; no shell involved.
RunResult run_careerpath(const std::vector<std::string>& args, const std::string& input = "");

// What every refused input must give: exit status 2, nothing on standard
// output, and one line on standard error, "careerpath: ..." with
// `expected_in_error` in it (no crash report, no second line).
::testing::AssertionResult is_one_clear_error(const RunResult& r, std::string_view expected_in_error);

// Paths inside the repository and tests/data.
std::string source_path(const std::string& relative);
std::string test_data(const std::string& relative);

// A fresh temporary directory, removed when the test binary exits.
std::string temp_dir();
// Writes `content` to a file in temp_dir() and returns its path.
std::string write_temp_file(const std::string& name, const std::string& content);

}  // namespace careerpath::testing
