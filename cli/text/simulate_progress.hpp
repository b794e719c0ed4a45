// A progress bar on stderr for long simulations, shown only when stderr is
// a terminal (never in pipes, logs or tests), and erased when done.
#pragma once

#include <cstddef>
#include <functional>

namespace careerpath::cli {

class ProgressBar {
 public:
  ProgressBar();  // decides once whether stderr is a terminal
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // A callback for SimulationOptions::progress, or an empty one when hidden.
  [[nodiscard]] std::function<void(std::size_t, std::size_t)> callback();
  void finish();

 private:
  void show(std::size_t done, std::size_t total);
  bool enabled_ = false;
  bool drawn_ = false;
  int last_percent_ = -1;
};

}  // namespace careerpath::cli
