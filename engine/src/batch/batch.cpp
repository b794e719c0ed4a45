#include "careerpath/batch/batch.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include <nlohmann/json.hpp>
#include <poll.h>
#include <unistd.h>

#include "batch/profile_line.hpp"
#include "careerpath/util/limits.hpp"
#include "careerpath/util/message_text.hpp"

namespace careerpath {
namespace {

constexpr std::size_t kReadChunk = 256 * 1024;
constexpr std::size_t kScoreBlock = 64;  // people per kernel call: the fit block stays in L2
// A block is cut at this size even when it holds fewer lines than asked: with
// long lines the blocks in flight would otherwise hold block_lines x the
// longest line each.
constexpr std::size_t kBlockBytes = 4 * 1024 * 1024;
constexpr auto kPollInterval = std::chrono::milliseconds(50);

// Whole lines of the input, and then their output.
struct Block {
  std::size_t sequence = 0;
  std::size_t first_line = 0;  // 1-based
  std::string text{};          // capacity keeps ProfileLineReader::kPadding spare bytes after the end
  std::string output{};
  std::size_t lines = 0;
  std::size_t failed = 0;
  // Lines over BatchOptions::max_line_bytes, by line number: the reader cut
  // them from `text` (an empty line stands in) and the worker reports them.
  std::vector<std::size_t> too_long{};
};

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// Where in the line, for the error object: the JSON pointer, or the column of
// malformed JSON (the line number is a field of its own).
std::string located_message(const Error& e) {
  if (!e.pointer.empty()) return e.pointer + ": " + e.message;
  if (e.column > 0) return "column " + std::to_string(e.column) + ": " + e.message;
  return e.message;
}

std::size_t count_newlines(const std::string& text, std::size_t from) {
  std::size_t n = 0;
  const char* p = text.data() + from;
  const char* end = text.data() + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr) {
    ++n;
    ++p;
  }
  return n;
}

// Offset just past the n-th newline (n >= 1; the text has at least n).
std::size_t after_newline(const std::string& text, std::size_t n) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i < n; ++i) pos = text.find('\n', pos) + 1;
  return pos;
}

class Pipeline {
 public:
  Pipeline(const BatchScorer& scorer, int input_fd, std::FILE* output, const BatchOptions& options,
           const BatchFormatter& format)
      : scorer_(scorer), input_fd_(input_fd), output_(output), options_(options), format_(format) {
    // At most kMaxBatchThreads: each worker keeps blocks in flight, so memory
    // grows with the workers; the output is the same for any number.
    const std::size_t wanted = options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    workers_ = std::min<std::size_t>(wanted, limits::kMaxBatchThreads);
    // A few blocks per worker keep everyone busy; no more, so memory stays flat.
    for (std::size_t i = 0; i < 2 * workers_ + 2; ++i) free_.push_back(std::make_unique<Block>());
  }

  Result<BatchCounts> run() {
    std::vector<std::thread> threads;
    try {
      threads.emplace_back([this] { guarded([this] { read_input(); }); });
      for (std::size_t i = 0; i < workers_; ++i) threads.emplace_back([this] { guarded([this] { work(); }); });
    } catch (const std::system_error& e) {
      // The system would not start another thread (a process or memory
      // limit): stop the ones that started and say so, rather than abort.
      fail(Error{.message = "cannot start " + std::to_string(workers_) + " worker threads (" + e.code().message() +
                            "); ask for fewer with --threads"});
    }
    if (threads.size() == workers_ + 1) guarded([this] { write_output(); });
    if (cancelled()) counts_.cancelled = true;
    stop();
    for (std::thread& t : threads) t.join();
    if (error_) return *error_;
    return counts_;
  }

 private:
  [[nodiscard]] bool cancelled() const { return options_.cancel != nullptr && options_.cancel->load(); }

  // Stops every thread; the first error is the one reported.
  void fail(Error error) {
    std::lock_guard lock(mutex_);
    if (!error_) error_ = std::move(error);
    stopped_ = true;
    changed_.notify_all();
  }
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
  }

  template <class F>
  void guarded(F&& body) {
    try {
      body();
    } catch (const std::bad_alloc&) {
      fail(Error{.kind = ErrorKind::kInternal, .message = "out of memory"});
    } catch (const std::exception& e) {
      fail(Error{.kind = ErrorKind::kInternal, .message = std::string("internal error: ") + e.what()});
    }
  }

  // Waits (waking regularly to notice a cancel request) until `ready` holds
  // or the run stops; returns false when it stopped.
  template <class Predicate>
  bool wait_for(std::unique_lock<std::mutex>& lock, Predicate ready) {
    while (!stopped_ && !ready()) {
      if (cancelled()) {
        counts_.cancelled = true;
        stopped_ = true;
        changed_.notify_all();
        break;
      }
      changed_.wait_for(lock, kPollInterval);
    }
    return !stopped_;
  }

  // --- reader -------------------------------------------------------------

  // Reads up to `size` bytes; 0 at the end of the input, or (with `idle`
  // set) when the input has been quiet for a poll interval. Polls so that a
  // cancel request is noticed even while stdin is idle.
  std::size_t read_some(char* buffer, std::size_t size, bool& idle) {
    idle = false;
    if (input_fd_ < 0) {
      throw InputError(Error{.file = options_.input_name, .message = "cannot read input: no such open file"});
    }
    for (;;) {
      if (cancelled() || is_stopped()) return 0;
      pollfd pfd{.fd = input_fd_, .events = POLLIN, .revents = 0};
      const int ready = ::poll(&pfd, 1, static_cast<int>(kPollInterval.count()));
      if (ready == 0) {
        idle = true;
        return 0;
      }
      if (ready < 0 && errno == EINTR) continue;
      const ssize_t n = ::read(input_fd_, buffer, size);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno == EINTR || errno == EAGAIN) continue;
      if (errno == EBADF && input_fd_ == STDIN_FILENO) {
        throw InputError(Error{.file = options_.input_name, .message = "cannot read input: standard input is closed"});
      }
      throw InputError(Error{.kind = ErrorKind::kInternal, .file = options_.input_name,
                             .message = std::string("cannot read input: ") + std::strerror(errno)});
    }
  }

  bool is_stopped() {
    std::lock_guard lock(mutex_);
    return stopped_;
  }

  void read_input() {
    try {
      read_blocks();
    } catch (const InputError& e) {
      fail(e.error());
    }
    std::lock_guard lock(mutex_);
    input_done_ = true;
    changed_.notify_all();
  }

  void read_blocks() {
    const std::size_t block_lines = std::max<std::size_t>(1, options_.block_lines);
    std::string carry;
    std::size_t next_line = std::max<std::size_t>(1, options_.first_line);
    std::deque<std::size_t> too_long;  // numbers of overlong lines not yet given to a block
    bool skipping = false;             // dropping the rest of an overlong line
    bool at_end = false;
    while (!at_end) {
      std::unique_ptr<Block> block = take_free();
      if (!block) return;
      std::string& text = block->text;
      text.assign(carry);
      carry.clear();
      std::size_t lines = count_newlines(text, 0);
      const std::size_t last_newline = text.rfind('\n');
      std::size_t open_line = last_newline == std::string::npos ? 0 : last_newline + 1;  // start of the unfinished line
      bool idle = false;
      // A full block, the end of the input, or a pause in a slow stream with
      // whole lines waiting (so a pipe fed line by line gets timely answers).
      while (lines < block_lines && !at_end && !(idle && lines > 0) && !(lines > 0 && text.size() >= kBlockBytes)) {
        const std::size_t old = text.size();
        text.resize(old + kReadChunk);
        const std::size_t n = read_some(text.data() + old, kReadChunk, idle);
        text.resize(old + n);
        at_end = n == 0 && !idle;
        if (cancelled() || is_stopped()) return;
        if (skipping) {
          // The overlong line already has its stand-in; drop up to and
          // including its newline.
          const std::size_t newline = text.find('\n', old);
          text.erase(old, newline == std::string::npos ? std::string::npos : newline + 1 - old);
          skipping = newline == std::string::npos;
        }
        // Count the lines this read completed, checking each one's length
        // and the length of the one still open.
        for (std::size_t from = std::max(old, open_line);;) {
          std::size_t newline = text.find('\n', from);
          const std::size_t end = newline == std::string::npos ? text.size() : newline;
          if (end - open_line > options_.max_line_bytes) {
            too_long.push_back(next_line + lines);
            text.erase(open_line, end - open_line);  // an empty line stands in for it
            if (newline == std::string::npos) {
              text += '\n';
              skipping = true;
            }
            newline = open_line;
          }
          if (newline == std::string::npos) break;
          ++lines;
          open_line = from = newline + 1;
        }
      }
      if (lines > 0 && !at_end && (lines > block_lines || text.back() != '\n')) {
        const std::size_t cut = after_newline(text, std::min(lines, block_lines));
        carry.assign(text, cut, std::string::npos);
        text.resize(cut);
      }
      if (text.empty()) break;
      text.reserve(text.size() + ProfileLineReader::kPadding);
      block->first_line = next_line;
      next_line += count_newlines(text, 0) + (text.back() == '\n' ? 0 : 1);
      block->too_long.clear();
      while (!too_long.empty() && too_long.front() < next_line) {
        block->too_long.push_back(too_long.front());
        too_long.pop_front();
      }
      std::lock_guard lock(mutex_);
      block->sequence = blocks_read_++;
      work_.push_back(std::move(block));
      changed_.notify_all();
    }
  }

  std::unique_ptr<Block> take_free() {
    std::unique_lock lock(mutex_);
    if (!wait_for(lock, [&] { return !free_.empty(); })) return nullptr;
    std::unique_ptr<Block> block = std::move(free_.back());
    free_.pop_back();
    return block;
  }

  // --- workers ------------------------------------------------------------

  struct Entry {
    std::optional<std::size_t> person{};  // index into the block's people
    std::string error{};
  };

  void work() {
    ProfileLineReader reader(scorer_.recommender().graph(), options_.input_name);
    BatchScorer::Workspace workspace;
    std::vector<Profile> people;
    std::vector<Entry> entries;
    std::vector<std::vector<Recommendation>> results;
    std::vector<std::vector<Recommendation>> chunk;
    std::string line_out;
    for (;;) {
      std::unique_ptr<Block> block;
      {
        std::unique_lock lock(mutex_);
        if (!wait_for(lock, [&] { return !work_.empty() || input_done_; }) || work_.empty()) return;
        block = std::move(work_.front());
        work_.pop_front();
      }
      people.clear();
      entries.clear();
      std::string_view text = block->text;
      std::size_t failed = 0;
      while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        Entry& entry = entries.emplace_back();
        const std::size_t number = block->first_line + entries.size() - 1;
        if (std::binary_search(block->too_long.begin(), block->too_long.end(), number)) {
          entry.error = batch_error_line(number, Error{.message = "line longer than " +
                                                                  std::to_string(options_.max_line_bytes) +
                                                                  " bytes (a profile is a few KB); skipped"});
          ++failed;
          continue;
        }
        if (is_blank(line)) {
          entry.error = batch_error_line(number, Error{.message = "empty line (expected a profile object)"});
          ++failed;
          continue;
        }
        Result<Profile> person = reader.read(line);
        if (!person) {
          entry.error = batch_error_line(number, person.error());
          ++failed;
          continue;
        }
        entry.person = people.size();
        people.push_back(std::move(person).value());
      }

      results.resize(people.size());
      for (std::size_t begin = 0; begin < people.size(); begin += kScoreBlock) {
        const std::size_t count = std::min(kScoreBlock, people.size() - begin);
        scorer_.score(std::span(people).subspan(begin, count), chunk, workspace);
        for (std::size_t i = 0; i < count; ++i) results[begin + i] = std::move(chunk[i]);
      }

      std::string& out = block->output;
      out.clear();
      for (const Entry& entry : entries) {
        if (entry.person) {
          line_out.clear();
          format_(people[*entry.person], results[*entry.person], line_out);
          out += line_out;
        } else {
          out += entry.error;
        }
        out += '\n';
      }
      block->lines = entries.size();
      block->failed = failed;
      std::lock_guard lock(mutex_);
      done_.emplace(block->sequence, std::move(block));
      changed_.notify_all();
    }
  }

  // --- writer (the calling thread) ------------------------------------------

  void write_output() {
    for (std::size_t next = 0;; ++next) {
      std::unique_ptr<Block> block;
      {
        std::unique_lock lock(mutex_);
        const bool running = wait_for(lock, [&] { return done_.contains(next) || (input_done_ && next == blocks_read_); });
        if (!running || !done_.contains(next)) return;
        block = std::move(done_.extract(next).mapped());
      }
      if (std::fwrite(block->output.data(), 1, block->output.size(), output_) != block->output.size()) {
        fail(Error{.kind = ErrorKind::kInternal, .message = std::string("cannot write output: ") + std::strerror(errno)});
        return;
      }
      std::lock_guard lock(mutex_);
      counts_.lines += block->lines;
      counts_.failed += block->failed;
      counts_.succeeded += block->lines - block->failed;
      block->output.clear();
      free_.push_back(std::move(block));
      changed_.notify_all();
    }
  }

  const BatchScorer& scorer_;
  int input_fd_;
  std::FILE* output_;
  const BatchOptions& options_;
  const BatchFormatter& format_;
  std::size_t workers_ = 1;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::unique_ptr<Block>> free_;
  std::deque<std::unique_ptr<Block>> work_;
  std::map<std::size_t, std::unique_ptr<Block>> done_;
  std::size_t blocks_read_ = 0;
  bool input_done_ = false;
  bool stopped_ = false;
  std::optional<Error> error_;
  BatchCounts counts_;
};

}  // namespace

std::string batch_error_line(std::size_t line, const Error& error) {
  return "{\"line\":" + std::to_string(line) + ",\"error\":" + nlohmann::json(one_line_message(located_message(error))).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "}";
}

Result<BatchCounts> run_batch(const BatchScorer& scorer, int input_fd, std::FILE* output, const BatchOptions& options,
                              const BatchFormatter& format) {
  return Pipeline(scorer, input_fd, output, options, format).run();
}

}  // namespace careerpath
