#include "text/simulate_progress.hpp"

#include <cstdio>
#include <string>

#include <unistd.h>

namespace careerpath::cli {

ProgressBar::ProgressBar() : enabled_(::isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() { finish(); }

std::function<void(std::size_t, std::size_t)> ProgressBar::callback() {
  if (!enabled_) return {};
  return [this](std::size_t done, std::size_t total) { show(done, total); };
}

void ProgressBar::show(std::size_t done, std::size_t total) {
  const int percent = total == 0 ? 100 : static_cast<int>(100 * done / total);
  if (percent == last_percent_) return;  // redraw only when the number changes
  last_percent_ = percent;
  constexpr int kWidth = 30;
  const int filled = percent * kWidth / 100;
  const std::string bar = std::string(static_cast<std::size_t>(filled), '#') + std::string(static_cast<std::size_t>(kWidth - filled), '.');
  std::fprintf(stderr, "\rsimulating [%s] %3d%% (%zu of %zu runs)", bar.c_str(), percent, done, total);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!drawn_) return;
  std::fputs("\r\033[K", stderr);  // erase the line so that results start clean
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace careerpath::cli
