// The pieces careerpath.dask runs on workers: `batch` over one part of a
// JSONL input, numbered as part of the whole, and a simulation's chunks of
// runs (careerpath/simulate/partial.hpp), folded exactly on the client.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <sys/mman.h>
#include <unistd.h>

#include "bindings.hpp"
#include "careerpath/batch/batch.hpp"
#include "careerpath/report/batch_lines.hpp"
#include "careerpath/report/recommend_line.hpp"
#include "careerpath/report/simulate_json.hpp"
#include "careerpath/simulate/partial.hpp"
#include "careerpath/util/limits.hpp"
#include "convert.hpp"

namespace careerpath::python {
namespace {

// An in-memory file holding `text`, read from its start: run_batch reads a
// file descriptor, as the CLI's standard input.
class MemoryInput {
 public:
  explicit MemoryInput(std::string_view text) : fd_(::memfd_create("careerpath-batch", MFD_CLOEXEC)) {
    if (fd_ < 0) throw std::runtime_error("cannot make an in-memory file for the batch input");
    for (std::size_t done = 0; done < text.size();) {
      const ssize_t n = ::write(fd_, text.data() + done, text.size() - done);
      if (n <= 0) throw std::runtime_error("cannot fill the in-memory batch input");
      done += static_cast<std::size_t>(n);
    }
    ::lseek(fd_, 0, SEEK_SET);
  }
  ~MemoryInput() { ::close(fd_); }
  MemoryInput(const MemoryInput&) = delete;
  MemoryInput& operator=(const MemoryInput&) = delete;
  [[nodiscard]] int fd() const noexcept { return fd_; }

 private:
  int fd_;
};

// The output lines, gathered in memory (open_memstream).
class MemoryOutput {
 public:
  MemoryOutput() : file_(::open_memstream(&data_, &size_)) {
    if (file_ == nullptr) throw std::bad_alloc();
  }
  ~MemoryOutput() {
    if (file_ != nullptr) std::fclose(file_);
    std::free(data_);
  }
  MemoryOutput(const MemoryOutput&) = delete;
  MemoryOutput& operator=(const MemoryOutput&) = delete;
  [[nodiscard]] std::FILE* file() const noexcept { return file_; }
  std::string_view finish() {
    std::fclose(file_);
    file_ = nullptr;
    return {data_, size_};
  }

 private:
  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::FILE* file_;
};

py::tuple batch_text(const GraphHandle& graph, const py::bytes& input, std::size_t first_line, std::size_t top,
                     double horizon, bool direct_only, const std::string& format, std::size_t threads) {
  check_range("top", static_cast<double>(top), 1, 100000);
  check_range("horizon", horizon, 0.1, 50.0);
  check_range("first_line", static_cast<double>(first_line), 1, 1e18);
  check_range("threads", static_cast<double>(threads), 1, static_cast<double>(limits::kMaxBatchThreads));
  if (format != "full" && format != "scores") fail_argument("format", "format '" + format + "' is not full or scores");
  const std::string_view text = input;
  RecommendOptions options;
  options.top = top;
  options.horizon_years = horizon;
  options.direct_moves_only = direct_only;
  const Recommender& recommender = graph.recommender();
  const RoleGraph& g = graph.graph();
  BatchFormatter formatter = [&](const Profile& person, const std::vector<Recommendation>& recs, std::string& out) {
    thread_local report::Reasons reasons;
    report::append_recommend_line(recommender, person, recs, options, reasons, out);
  };
  if (format == "scores") {
    formatter = [&](const Profile& person, const std::vector<Recommendation>& recs, std::string& out) {
      report::append_scores_line(g, person, recs, out);
    };
  }
  std::string output;
  BatchCounts counts;
  {
    py::gil_scoped_release unlocked;
    const BatchScorer scorer(recommender, options);
    MemoryInput in(text);
    MemoryOutput out;
    const BatchOptions batch_options{.threads = threads, .first_line = first_line};
    counts = value_or_throw(run_batch(scorer, in.fd(), out.file(), batch_options, formatter));
    output = out.finish();
  }
  return py::make_tuple(py::bytes(output), counts.lines, counts.succeeded, counts.failed);
}

SimulateSettings settings_of(const py::dict& settings) {
  SimulateSettings out;
  for (const auto& [key, value] : settings) {
    const std::string name = py::str(key);
    if (value.is_none()) continue;
    if (name == "runs") out.runs = value.cast<std::size_t>();
    else if (name == "years") out.years = value.cast<double>();
    else if (name == "seed") out.seed = value.cast<std::uint64_t>();
    else if (name == "step") out.step = value.cast<std::string>();
    else if (name == "rate_uncertainty") out.rate_uncertainty = value.cast<double>();
    else fail_argument(name, "unknown simulate setting '" + name + "' (runs, years, seed, step, rate_uncertainty)");
  }
  return out;
}

std::size_t chunk_count(const GraphHandle& graph, py::handle scenario, const py::dict& settings) {
  const Scenario s = scenario_arg(graph, scenario, settings_of(settings));
  py::gil_scoped_release unlocked;
  return simulation_chunk_count(graph.graph(), s);
}

py::list run_chunks(const GraphHandle& graph, py::handle scenario, std::size_t first, std::size_t last,
                    std::size_t threads, const py::dict& settings) {
  check_range("threads", static_cast<double>(threads), 1, static_cast<double>(limits::kMaxThreads));
  const Scenario s = scenario_arg(graph, scenario, settings_of(settings));
  std::vector<std::string> chunks;
  {
    py::gil_scoped_release unlocked;
    chunks = value_or_throw(simulate_chunks(graph.graph(), s, first, last, threads));
  }
  py::list out;
  for (const std::string& chunk : chunks) out.append(py::bytes(chunk));
  return out;
}

py::object merge_chunks(const GraphHandle& graph, py::handle scenario, const py::list& chunks, std::size_t top,
                        bool raw, const py::dict& settings) {
  check_range("top", static_cast<double>(top), 0, 1000);
  const Scenario s = scenario_arg(graph, scenario, settings_of(settings));
  std::vector<std::string_view> views;
  for (py::handle chunk : chunks) {
    if (!PyBytes_Check(chunk.ptr())) throw py::type_error("chunks must be bytes from simulate_chunks");
    char* data = nullptr;
    Py_ssize_t size = 0;
    PyBytes_AsStringAndSize(chunk.ptr(), &data, &size);
    views.emplace_back(data, static_cast<std::size_t>(size));
  }
  nlohmann::json document;
  {
    py::gil_scoped_release unlocked;  // `chunks` keeps the bytes alive
    const SimulationOptions options{.threads = 1, .top_trajectories = top};
    document = report::simulation_json(graph.graph(), s, value_or_throw(merge_simulation_chunks(graph.graph(), s, views, options)));
  }
  if (raw) return py::str(document.dump(2) + "\n");
  return to_python(document);
}

}  // namespace

void bind_scale_out(py::module_& m) {
  m.def("simulation_chunk_count", &chunk_count, py::arg("graph"), py::arg("scenario"), py::arg("settings") = py::dict(),
        "How many chunks of runs the simulation falls into (settings: runs, years, seed, step, rate_uncertainty).");
  m.def("simulate_chunks", &run_chunks, py::arg("graph"), py::arg("scenario"), py::arg("first"), py::arg("last"),
        py::arg("threads") = 1, py::arg("settings") = py::dict(),
        "Simulates chunks [first, last) of the runs: one bytes object per chunk, to fold with merge_simulation.");
  m.def("merge_simulation", &merge_chunks, py::arg("graph"), py::arg("scenario"), py::arg("chunks"), py::arg("top") = 10,
        py::arg("raw") = false, py::arg("settings") = py::dict(),
        "Folds every chunk, in order, into the document `careerpath simulate --json` prints for the same scenario "
        "and seed: byte for byte, however the chunks were spread.");
  m.def("batch_text", &batch_text, py::arg("graph"), py::arg("lines"), py::arg("first_line") = 1,
        py::arg("top") = RecommendOptions{}.top, py::arg("horizon") = RecommendOptions{}.horizon_years,
        py::arg("direct_only") = false, py::arg("format") = "full", py::arg("threads") = 1,
        R"doc(`careerpath batch` over JSONL text (bytes): (output bytes, lines, succeeded, failed).

Output line N answers input line N, byte for byte as the CLI writes it; a bad
line becomes {"line":N,"error":"..."} in place, numbered from first_line, so a
part of a larger input reads as the whole run's.)doc");
}

}  // namespace careerpath::python
