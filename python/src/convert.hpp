// Between Python objects and the engine's JSON and errors.
//
// Documents cross as Python objects, not text: a dict given for a profile is
// converted to nlohmann::json (and then read by the engine's own loaders, so
// it gets their validation and messages), and a report document becomes
// dicts, lists, str, int, float, bool and None, in the document's key order.
// An engine Error becomes careerpath.Error (a ValueError) carrying the kind,
// the JSON pointer, the file, line and column, and the message.
#pragma once

#include <string>

#include <nlohmann/json.hpp>
#include <pybind11/pybind11.h>

#include "careerpath/util/error.hpp"

namespace careerpath::python {

namespace py = pybind11;

// The JSON value of a Python object made of dicts (string keys), lists,
// tuples, str, int, finite float, bool and None. Anything else, a NaN or an
// infinity, or nesting deeper than JSON documents go (a dict that contains
// itself) is a careerpath.Error naming `what` and the place as a JSON pointer.
[[nodiscard]] nlohmann::json to_json(py::handle value, const std::string& what);

// The Python objects of a JSON value.
[[nodiscard]] py::object to_python(const nlohmann::json& value);

// Sets careerpath.Error for `error` as the current Python exception (for an
// exception translator), and the same followed by a throw that pybind11
// passes on to Python.
void set_python_error(const Error& error);
[[noreturn]] void raise_error(const Error& error);

// Registers the translator of careerpath::InputError into careerpath.Error.
void register_error_translator();

}  // namespace careerpath::python
