// What the extension's parts share: the Python-side handles of a graph and a
// profile, reading a profile argument, and each part's bind function.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include <pybind11/pybind11.h>

#include "careerpath/advise/recommender.hpp"
#include "careerpath/batch/fit_kernel.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath::python {

namespace py = pybind11;

// A loaded graph with what every question reuses: the recommender (hop
// distances to goals) and, built on first use, the blocked fit kernel.
// Immutable once made, so shared between threads with the GIL released.
class GraphHandle {
 public:
  GraphHandle(RoleGraph graph, std::string source);
  GraphHandle(const GraphHandle&) = delete;
  GraphHandle& operator=(const GraphHandle&) = delete;

  [[nodiscard]] const RoleGraph& graph() const noexcept { return graph_; }
  [[nodiscard]] const Recommender& recommender() const noexcept { return recommender_; }
  [[nodiscard]] const FitKernel& kernel() const;
  // How it was loaded: a built-in name or a file path (pickling sends this).
  [[nodiscard]] const std::string& source() const noexcept { return source_; }

 private:
  RoleGraph graph_;
  Recommender recommender_;
  std::string source_;
  mutable std::once_flag kernel_once_{};
  mutable std::unique_ptr<FitKernel> kernel_{};
};
using GraphPtr = std::shared_ptr<const GraphHandle>;

// A validated careerpath.profile/1 document, bound to the graph it was read
// against (roles and skills are that graph's indices).
struct ProfileHandle {
  GraphPtr graph;
  Profile profile;
};

// A profile argument: a careerpath.Profile read against `graph`, a dict
// (a careerpath.profile/1 document, validated by the engine's loader) or a
// path to a profile file.
[[nodiscard]] Profile profile_arg(const GraphHandle& graph, py::handle value);
// A role named by id, title or alias, through the engine's resolver;
// careerpath.Error (not_found) when no role is taken.
[[nodiscard]] std::size_t role_arg(const GraphHandle& graph, const std::string& name, const std::string& what);

void bind_graph(py::module_& m);
void bind_questions(py::module_& m);
void bind_arrays(py::module_& m);
void bind_scale_out(py::module_& m);

}  // namespace careerpath::python

#include <optional>

#include "careerpath/model/scenario.hpp"

namespace careerpath::python {

// The simulate options the CLI also takes; given ones win over the
// scenario's own, and are checked against the same bounds.
struct SimulateSettings {
  std::optional<std::size_t> runs{};
  std::optional<double> years{};
  std::optional<std::uint64_t> seed{};
  std::optional<std::string> step{};
  std::optional<double> rate_uncertainty{};
};

// A scenario argument: a careerpath.Profile (that person, many runs), a dict
// (a careerpath.scenario/1 or careerpath.profile/1 document) or a path to
// either, with `settings` applied.
[[nodiscard]] Scenario scenario_arg(const GraphHandle& graph, py::handle value, const SimulateSettings& settings);

// Whether an argument is a path (str or os.PathLike), and its text.
[[nodiscard]] bool is_path(py::handle value);
[[nodiscard]] std::string path_text(py::handle value);

// A bad argument value: careerpath.Error (bad_input) naming the argument.
[[noreturn]] void fail_argument(const std::string& argument, const std::string& message);
void check_range(const std::string& argument, double value, double low, double high);

}  // namespace careerpath::python
