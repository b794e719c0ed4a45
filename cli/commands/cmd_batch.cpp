// careerpath batch --in IN.jsonl --out OUT.jsonl [--top K] [--threads T]:
// `recommend` for every profile of a JSONL file, streaming, in input order.
//
// Output line N answers input line N: the compact `recommend --json`
// document (--format full, the default; byte for byte what recommend prints
// for that person alone, on one line, written by recommend_line.hpp), the
// lean ranked scores (--format scores, batch_lines.hpp), or
// {"line":N,"error":"..."} for a bad line. The counts go to
// stderr; the exit status is 0 when every line succeeded, 3 when some lines
// failed, 2 when the run could not be done, 130 when interrupted. OUT is
// written whole or not at all (a temporary file renamed at the end; an
// interrupted run removes it); `-` reads stdin or writes stdout.
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include "careerpath/util/atomic_file.hpp"
#include "careerpath/batch/batch.hpp"
#include "careerpath/util/limits.hpp"
#include "careerpath/report/batch_lines.hpp"
#include "command.hpp"
#include "careerpath/report/recommend_line.hpp"
#include "args/number_checks.hpp"

namespace careerpath::cli {
namespace {

constexpr int kSomeLinesFailed = 3;
constexpr int kInterrupted = 130;

struct Options {
  std::string in{};
  std::string out{};
  RecommendOptions engine{};
  bool direct_only = false;
  std::size_t threads = 0;
  std::string format = "full";
};

// Set by SIGINT/SIGTERM; the batch engine polls it and stops cleanly, so the
// temporary output is removed instead of left behind half-written.
std::atomic<bool> interrupted{false};

extern "C" void request_stop(int /*signal*/) { interrupted.store(true); }

// Installs the handlers for the duration of a run (no SA_RESTART: a blocked
// read returns at once) and restores the previous ones after.
class StopOnSignals {
 public:
  StopOnSignals() {
    struct sigaction action {};
    action.sa_handler = request_stop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &old_int_);
    sigaction(SIGTERM, &action, &old_term_);
  }
  ~StopOnSignals() {
    sigaction(SIGINT, &old_int_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
  }
  StopOnSignals(const StopOnSignals&) = delete;
  StopOnSignals& operator=(const StopOnSignals&) = delete;

 private:
  struct sigaction old_int_ {};
  struct sigaction old_term_ {};
};

// The input as a file descriptor, closed on exit (stdin is left open).
class InputFile {
 public:
  explicit InputFile(const std::string& path) {
    if (path == "-") return;
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) {
      const ErrorKind kind = errno == ENOENT ? ErrorKind::kNotFound : ErrorKind::kBadInput;
      throw InputError(Error{.kind = kind, .file = path, .message = std::string("cannot open file for reading: ") + std::strerror(errno)});
    }
  }
  ~InputFile() {
    if (fd_ != STDIN_FILENO) ::close(fd_);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  [[nodiscard]] int fd() const noexcept { return fd_; }

 private:
  int fd_ = STDIN_FILENO;
};

void report_counts(const BatchCounts& counts) {
  std::fprintf(stderr, "careerpath: batch: %zu lines, %zu recommended, %zu failed\n", counts.lines, counts.succeeded,
               counts.failed);
}

void run(Context& ctx, Options& o) {
  const RoleGraph& g = ctx.graph();
  o.engine.direct_moves_only = o.direct_only;
  const Recommender recommender(g);
  const BatchScorer scorer(recommender, o.engine);
  BatchFormatter format = [&](const Profile& person, const std::vector<Recommendation>& recs, std::string& out) {
    thread_local Reasons reasons;  // each worker reuses its own
    append_recommend_line(recommender, person, recs, o.engine, reasons, out);
  };
  if (o.format == "scores") {
    format = [&](const Profile& person, const std::vector<Recommendation>& recs, std::string& out) {
      append_scores_line(g, person, recs, out);
    };
  }

  // Workers allocate and free the same few megabytes for every block; stop
  // glibc from handing them back to the kernel and faulting them in again.
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_MMAP_THRESHOLD, 64 << 20);

  // Handlers first: from the moment the temporary output exists, an
  // interruption must be the clean kind that removes it.
  interrupted.store(false);
  const StopOnSignals stop_on_signals;
  if (o.in != "-" && o.out != "-" && names_same_file(o.in, o.out)) {
    throw UsageError("--out " + o.out + " is also the input (--in " + o.in + "); write the results to another file");
  }
  InputFile input(o.in);
  std::unique_ptr<AtomicOutputFile> file;
  if (o.out != "-") file = value_or_throw(AtomicOutputFile::open(o.out));
  std::FILE* output = file ? file->stream() : stdout;
  const BatchOptions options{.threads = o.threads, .input_name = o.in == "-" ? "<stdin>" : o.in, .cancel = &interrupted};
  Result<BatchCounts> counts = run_batch(scorer, input.fd(), output, options, format);
  if (!counts) {
    if (file) file->abandon();
    value_or_throw(std::move(counts));
  }
  if (counts->cancelled) {
    if (file) file->abandon();
    report_counts(*counts);
    std::fprintf(stderr, "careerpath: batch interrupted%s\n", file ? ("; " + o.out + " was not written").c_str() : "");
    ctx.exit_status = kInterrupted;
    return;
  }
  if (file) value_or_throw(file->commit());
  if (!file) finish_stdout();
  report_counts(*counts);
  if (counts->failed > 0) ctx.exit_status = kSomeLinesFailed;
}

CAREERPATH_COMMAND(80, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "batch", "Recommend for every profile of a JSONL file, one result line per input line (exit 3: some lines failed)");
  auto o = std::make_shared<Options>();
  cmd->add_option("--in,-i", o->in, "Profiles, one JSON object per line (- for stdin)")->required();
  cmd->add_option("--out,-o", o->out, "Results, one JSON object per line (- for stdout)")->required();
  cmd->add_option("--top,-n", o->engine.top, "How many roles per person")->capture_default_str()->check(whole_number(1, 100000));
  cmd->add_option("--horizon", o->engine.horizon_years, "Years over which the chance of a move is counted")
      ->capture_default_str()
      ->check(finite_range(0.1, 50.0));
  cmd->add_flag("--direct-only", o->direct_only, "Only roles one usual move away");
  cmd->add_option("--format,-f", o->format,
                  "full: recommend's JSON document per line; scores: ranked roles, scores and skills to build only")
      ->capture_default_str()
      ->check(CLI::IsMember({"full", "scores"}));
  cmd->add_option("--threads,-t", o->threads, "Worker threads (0: one per CPU)")
      ->capture_default_str()
      ->check(whole_number(0, limits::kMaxBatchThreads));
  cmd->callback([&ctx, o] { run(ctx, *o); });
});

}  // namespace
}  // namespace careerpath::cli
