// The graph imported from tests/data/onet-mini, once per test binary, for
// the import and eval CLI tests.
#pragma once

#include <stdexcept>
#include <string>

#include "cli_runner.hpp"

namespace careerpath::testing {

inline const std::string& onet_mini_graph() {
  static const std::string path = [] {
    const std::string out = temp_dir() + "/onet-mini.json";
    const RunResult r = run_careerpath({"import", "onet", test_data("onet-mini"), "-o", out});
    if (r.status != 0) throw std::runtime_error(r.err);
    return out;
  }();
  return path;
}

}  // namespace careerpath::testing
