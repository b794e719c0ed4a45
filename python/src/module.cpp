// careerpath._careerpath: the compiled part of the `careerpath` package
// (python/careerpath/__init__.py re-exports it with docs and helpers).
#include "bindings.hpp"
#include "convert.hpp"

PYBIND11_MODULE(_careerpath, m) {
  m.doc() = "careerpath's engine and report library (use the careerpath package, which re-exports this)";
  careerpath::python::register_error_translator();
  careerpath::python::bind_graph(m);
  careerpath::python::bind_questions(m);
  careerpath::python::bind_arrays(m);
  careerpath::python::bind_scale_out(m);
}
