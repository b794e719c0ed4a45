// The array-level calls: the fit of N people to every role from a NumPy
// array of skills, with the blocked fit kernel (batch/fit_kernel.hpp) on
// threads with the GIL released, and the k best-fitting roles per person.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <thread>

#include <pybind11/numpy.h>

#include "bindings.hpp"

namespace careerpath::python {
namespace {

// Rows per unit of work: large enough to amortise the kernel's setup, small
// enough that threads finish together.
constexpr Eigen::Index kRowsPerTask = 1024;

using FloatMap = Eigen::Map<const FloatRows>;

struct BadValue {
  Eigen::Index row = -1;
  Eigen::Index column = -1;
  float value = 0.0f;
};

// The skills array, checked for what the kernel needs, without copying.
FloatMap checked_skills(const GraphHandle& graph, const py::handle& value) {
  if (!py::isinstance<py::array>(value)) {
    throw py::type_error("skills must be a numpy.ndarray of float32, people x graph.skills (normalised levels in [0, 1]), not " +
                         std::string(py::str(py::type::handle_of(value).attr("__name__"))) +
                         "; careerpath.skill_array(graph, frame) makes one from a DataFrame");
  }
  const auto array = py::reinterpret_borrow<py::array>(value);
  if (!array.dtype().is(py::dtype::of<float>())) {
    throw py::type_error("skills must be float32, not " + std::string(py::str(array.dtype())) +
                         " (the kernel works in float; convert once with skills.astype(numpy.float32))");
  }
  const auto skills = static_cast<py::ssize_t>(graph.graph().skill_count());
  if (array.ndim() != 2 || array.shape(1) != skills) {
    std::string shape = "(";
    for (py::ssize_t i = 0; i < array.ndim(); ++i) shape += (i ? ", " : "") + std::to_string(array.shape(i));
    shape += array.ndim() == 1 ? ",)" : ")";
    throw py::value_error("skills must have shape (people, " + std::to_string(skills) + "), one column per skill of graph '" +
                          graph.graph().name() + "' in graph.skills order, not " + shape);
  }
  if (!(array.flags() & py::array::c_style)) {
    throw py::value_error("skills must be C-contiguous (one person's skills together); use numpy.ascontiguousarray(skills)");
  }
  return FloatMap(static_cast<const float*>(array.data()), array.shape(0), array.shape(1));
}

// The first value outside [0, 1] (or not a number) in rows [begin, end).
BadValue first_bad(const FloatMap& skills, Eigen::Index begin, Eigen::Index end) {
  for (Eigen::Index r = begin; r < end; ++r) {
    for (Eigen::Index c = 0; c < skills.cols(); ++c) {
      const float v = skills(r, c);
      if (!(v >= 0.0f && v <= 1.0f)) return {r, c, v};
    }
  }
  return {};
}

std::size_t thread_count(long long threads, Eigen::Index rows) {
  if (threads < 0 || threads > 256) throw py::value_error("threads must be 0 (one per core) to 256, not " + std::to_string(threads));
  std::size_t n = threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : static_cast<std::size_t>(threads);
  const auto tasks = static_cast<std::size_t>((rows + kRowsPerTask - 1) / kRowsPerTask);
  return std::clamp<std::size_t>(tasks, 1, n);
}

// Runs task(begin, end) over every block of rows on `threads` threads, and
// returns the first bad value found (by row), if any.
template <class Task>
BadValue for_blocks(const FloatMap& skills, std::size_t threads, Task task) {
  const Eigen::Index rows = skills.rows();
  std::atomic<Eigen::Index> next{0};
  std::vector<BadValue> bad(threads);
  auto work = [&](std::size_t t) {
    for (Eigen::Index begin = next.fetch_add(kRowsPerTask); begin < rows; begin = next.fetch_add(kRowsPerTask)) {
      const Eigen::Index end = std::min(rows, begin + kRowsPerTask);
      const BadValue b = first_bad(skills, begin, end);
      if (b.row >= 0) {
        if (bad[t].row < 0 || b.row < bad[t].row) bad[t] = b;
        continue;
      }
      task(begin, end);
    }
  };
  {
    py::gil_scoped_release unlocked;
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (std::thread& th : pool) th.join();
  }
  BadValue first;
  for (const BadValue& b : bad) {
    if (b.row >= 0 && (first.row < 0 || b.row < first.row)) first = b;
  }
  return first;
}

void raise_bad(const GraphHandle& graph, const BadValue& b) {
  const std::string skill = graph.graph().skills()[static_cast<std::size_t>(b.column)].id;
  const std::string shown = std::isnan(b.value) ? "nan" : std::to_string(b.value);
  throw py::value_error("skills[" + std::to_string(b.row) + ", " + std::to_string(b.column) + "] (skill '" + skill +
                        "') is " + shown + "; levels must be normalised to [0, 1] on the graph's scale and not NaN");
}

// The caller's output array, checked: float32, C-contiguous, writable,
// people x roles, and not overlapping the input.
py::array_t<float> checked_out(const py::handle& value, Eigen::Index rows, Eigen::Index roles, const FloatMap& skills) {
  if (!py::isinstance<py::array>(value)) throw py::type_error("out must be a numpy.ndarray of float32");
  auto array = py::reinterpret_borrow<py::array>(value);
  if (!array.dtype().is(py::dtype::of<float>())) throw py::type_error("out must be float32, not " + std::string(py::str(array.dtype())));
  if (array.ndim() != 2 || array.shape(0) != rows || array.shape(1) != roles) {
    throw py::value_error("out must have shape (" + std::to_string(rows) + ", " + std::to_string(roles) + "): people x graph.roles");
  }
  if (!(array.flags() & py::array::c_style) || !array.writeable()) throw py::value_error("out must be C-contiguous and writable");
  const auto* begin = static_cast<const char*>(array.data());
  const auto* end = begin + array.nbytes();
  const auto* in_begin = reinterpret_cast<const char*>(skills.data());
  const auto* in_end = in_begin + skills.size() * static_cast<Eigen::Index>(sizeof(float));
  if (begin < in_end && in_begin < end) throw py::value_error("out must not overlap skills");
  return py::reinterpret_borrow<py::array_t<float>>(array);
}

py::array_t<float> fit_matrix(const GraphHandle& graph, const py::handle& value, long long threads, const py::handle& out_value) {
  const FloatMap skills = checked_skills(graph, value);
  const FitKernel& kernel = graph.kernel();
  const Eigen::Index roles = kernel.role_count();
  py::array_t<float> out = out_value.is_none()
                               ? py::array_t<float>({static_cast<py::ssize_t>(skills.rows()), static_cast<py::ssize_t>(roles)})
                               : checked_out(out_value, skills.rows(), roles, skills);
  float* data = out.mutable_data();
  const BadValue bad = for_blocks(skills, thread_count(threads, skills.rows()), [&](Eigen::Index begin, Eigen::Index end) {
    Eigen::Map<FloatRows> block(data + begin * roles, end - begin, roles);
    kernel.fit(skills.middleRows(begin, end - begin), block);
  });
  if (bad.row >= 0) raise_bad(graph, bad);
  return out;
}

py::tuple top_k(const GraphHandle& graph, const py::handle& value, long long k_value, long long threads) {
  const FloatMap skills = checked_skills(graph, value);
  const FitKernel& kernel = graph.kernel();
  const Eigen::Index roles = kernel.role_count();
  if (k_value < 1 || k_value > roles) {
    throw py::value_error("k must be 1 to the number of roles (" + std::to_string(roles) + "), not " + std::to_string(k_value));
  }
  const auto k = static_cast<Eigen::Index>(k_value);
  py::array_t<std::int32_t> best({static_cast<py::ssize_t>(skills.rows()), static_cast<py::ssize_t>(k)});
  py::array_t<float> best_fit({static_cast<py::ssize_t>(skills.rows()), static_cast<py::ssize_t>(k)});
  std::int32_t* best_data = best.mutable_data();
  float* fit_data = best_fit.mutable_data();
  const BadValue bad = for_blocks(skills, thread_count(threads, skills.rows()), [&](Eigen::Index begin, Eigen::Index end) {
    thread_local FloatRows fit;
    thread_local std::vector<std::int32_t> order;
    fit.resize(end - begin, roles);
    kernel.fit(skills.middleRows(begin, end - begin), fit);
    order.resize(static_cast<std::size_t>(roles));
    for (Eigen::Index r = 0; r < end - begin; ++r) {
      std::iota(order.begin(), order.end(), 0);
      const float* row = fit.row(r).data();
      // Best fit first; equal fits by role order, so the result is the same
      // for any thread count.
      std::partial_sort(order.begin(), order.begin() + k, order.end(), [row](std::int32_t a, std::int32_t b) {
        return row[a] != row[b] ? row[a] > row[b] : a < b;
      });
      for (Eigen::Index j = 0; j < k; ++j) {
        best_data[(begin + r) * k + j] = order[static_cast<std::size_t>(j)];
        fit_data[(begin + r) * k + j] = row[order[static_cast<std::size_t>(j)]];
      }
    }
  });
  if (bad.row >= 0) raise_bad(graph, bad);
  return py::make_tuple(best, best_fit);
}

}  // namespace

void bind_arrays(py::module_& m) {
  m.def("fit_matrix", &fit_matrix, py::arg("graph"), py::arg("skills"), py::arg("threads") = 0, py::arg("out") = py::none(),
        R"doc(The skill fit of every person to every role: a float32 array, people x graph.roles.

out: an array to write into (float32, C-contiguous, people x graph.roles),
returned; reusing one across calls saves allocating and faulting in a new
matrix each time (3.5 GB for a million people on O*NET).

skills: a float32, C-contiguous NumPy array, people x graph.skills, of levels
normalised to [0, 1] on the graph's scale (careerpath.skill_array makes one
from a DataFrame). Computed by the blocked fit kernel on `threads` threads (0:
one per core) with the GIL released; accurate to about 1e-6 against the
scorer's double result.)doc");
  m.def("top_k", &top_k, py::arg("graph"), py::arg("skills"), py::arg("k") = 5, py::arg("threads") = 0,
        R"doc(The k best-fitting roles per person: (roles, fits), int32 and float32 arrays, people x k.

roles holds indices into graph.roles, best first (equal fits by role order);
the fit matrix is never held whole, so memory stays at people x k.)doc");
}

}  // namespace careerpath::python
