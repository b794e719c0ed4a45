// The careerpath command line as a function, so that the program (main.cpp)
// and the argument-parser fuzz target (fuzz/) run the same code.
#pragma once

namespace careerpath::cli {

enum class RunMode {
  kRun,        // parse the arguments and run the command
  kParseOnly,  // parse and check the arguments only (no command runs)
};

// Parses `argv`, runs the command and returns the exit status: 0 success,
// 1 internal failure, 2 bad input or usage (and what a command reports, e.g.
// batch's 3). Every error is one line on stderr; nothing is thrown.
[[nodiscard]] int run_careerpath(int argc, const char* const* argv, RunMode mode = RunMode::kRun);

}  // namespace careerpath::cli
