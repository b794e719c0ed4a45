// Streaming batch recommendations: one profile per input line (JSONL), one
// result per output line, in the same order, in constant memory.
//
// A reader thread cuts the input into blocks of whole lines; worker threads
// parse each block's lines (ProfileLineReader), score them together
// (BatchScorer: the blocked fit kernel and top-k) and format their output
// lines; the calling thread writes finished blocks strictly in input order.
// At most a fixed number of blocks are in flight (a few per worker), so memory
// does not grow with the number of lines.
//
// A bad line does not stop the run: its output line is
//   {"line":N,"error":"<JSON pointer or column>: <what is wrong>"}
// with the loader's own message, and it is counted. Blank lines are bad lines
// too, so output line N always answers input line N, and so are lines over
// BatchOptions::max_line_bytes, which are skipped unread. Memory is bounded
// by the blocks in flight, each cut at a few MB whatever its lines.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "careerpath/batch/batch_scorer.hpp"
#include "careerpath/util/error.hpp"
#include "careerpath/util/limits.hpp"

namespace careerpath {

struct BatchOptions {
  std::size_t threads = 0;        // workers; 0: one per hardware thread; at most limits::kMaxBatchThreads
  std::size_t block_lines = 256;  // lines per block: the unit of work and of scoring
  // A longer line is not parsed but reported as a bad line, so one runaway
  // line (a file without newlines, a binary file) cannot exhaust memory.
  std::size_t max_line_bytes = limits::kMaxBatchLineBytes;
  std::string input_name = "-";   // names the input in error messages
  // The number of the input's first line in error lines: 1 for a whole
  // input; for one part of a larger input (a partition of a Dask bag), the
  // line the part starts at, so that its error lines read as the whole run's.
  std::size_t first_line = 1;
  // Set (e.g. from a signal handler) to stop early; run_batch then returns
  // with `cancelled` set and the output incomplete.
  const std::atomic<bool>* cancel = nullptr;
};

struct BatchCounts {
  std::size_t lines = 0;
  std::size_t succeeded = 0;
  std::size_t failed = 0;
  bool cancelled = false;
};

// Formats one person's result as one output line (no newline) into `out`.
// Called from worker threads at once, so it must be thread-safe.
using BatchFormatter =
    std::function<void(const Profile& person, const std::vector<Recommendation>& recommendations, std::string& out)>;

// The error line for input line `line`: {"line":N,"error":"..."}.
[[nodiscard]] std::string batch_error_line(std::size_t line, const Error& error);

// Reads `input_fd` to its end and writes to `output`. An Error means the run
// could not continue (unreadable input, failed write); bad lines are not
// errors but counted.
[[nodiscard]] Result<BatchCounts> run_batch(const BatchScorer& scorer, int input_fd, std::FILE* output,
                                            const BatchOptions& options, const BatchFormatter& format);

}  // namespace careerpath
