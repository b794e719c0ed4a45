#include "convert.hpp"

#include <cmath>

namespace careerpath::python {
namespace {

// JSON documents careerpath reads are a few levels deep; a Python structure
// deeper than this is either a mistake or contains itself.
constexpr int kMaxDepth = 64;

std::string escape_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

[[noreturn]] void fail(const std::string& what, const std::string& pointer, const std::string& message) {
  raise_error(Error{.file = what, .pointer = pointer, .message = message});
}

std::string type_name(py::handle value) { return py::str(py::type::handle_of(value).attr("__name__")); }

nlohmann::json convert(py::handle value, const std::string& what, const std::string& pointer, int depth) {
  if (depth > kMaxDepth) fail(what, pointer, "nested more than " + std::to_string(kMaxDepth) + " levels deep (does it contain itself?)");
  if (value.is_none()) return nullptr;
  if (PyBool_Check(value.ptr())) return value.cast<bool>();
  if (PyLong_Check(value.ptr())) {
    try {
      return value.cast<long long>();
    } catch (const py::cast_error&) {
      fail(what, pointer, "the integer " + std::string(py::str(value)) + " is too large");
    }
  }
  if (PyFloat_Check(value.ptr())) {
    const double number = value.cast<double>();
    if (!std::isfinite(number)) fail(what, pointer, "expected a finite number, not " + std::string(py::str(value)));
    return number;
  }
  if (PyUnicode_Check(value.ptr())) return value.cast<std::string>();
  if (PyDict_Check(value.ptr())) {
    nlohmann::json object = nlohmann::json::object();
    for (const auto& [key, item] : py::reinterpret_borrow<py::dict>(value)) {
      if (!PyUnicode_Check(key.ptr())) {
        fail(what, pointer, "object keys must be strings, not " + type_name(key) + " (" + std::string(py::repr(key)) + ")");
      }
      const std::string name = key.cast<std::string>();
      object[name] = convert(item, what, pointer + "/" + escape_token(name), depth + 1);
    }
    return object;
  }
  if (PyList_Check(value.ptr()) || PyTuple_Check(value.ptr())) {
    nlohmann::json array = nlohmann::json::array();
    std::size_t i = 0;
    for (py::handle item : value) array.push_back(convert(item, what, pointer + "/" + std::to_string(i++), depth + 1));
    return array;
  }
  // NumPy scalars and other numbers: integers through __index__, reals
  // through __float__ (numpy.float32 is not a float subclass).
  if (PyIndex_Check(value.ptr())) return convert(py::reinterpret_steal<py::object>(PyNumber_Index(value.ptr())), what, pointer, depth);
  if (py::hasattr(value, "__float__") && !py::hasattr(value, "__len__")) {
    return convert(py::float_(py::reinterpret_borrow<py::object>(value)), what, pointer, depth);
  }
  fail(what, pointer, "a " + type_name(value) + " cannot be part of a JSON document (use dicts, lists, str, numbers, bool and None)");
}

}  // namespace

nlohmann::json to_json(py::handle value, const std::string& what) { return convert(value, what, "", 0); }

py::object to_python(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return py::none();
    case nlohmann::json::value_t::boolean: return py::bool_(value.get<bool>());
    case nlohmann::json::value_t::number_integer: return py::int_(value.get<long long>());
    case nlohmann::json::value_t::number_unsigned: return py::int_(value.get<unsigned long long>());
    case nlohmann::json::value_t::number_float: return py::float_(value.get<double>());
    case nlohmann::json::value_t::string: return py::str(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::array: {
      py::list list(value.size());
      std::size_t i = 0;
      for (const auto& item : value) list[i++] = to_python(item);
      return list;
    }
    case nlohmann::json::value_t::object: {
      py::dict dict;
      for (const auto& [key, item] : value.items()) dict[py::str(key)] = to_python(item);
      return dict;
    }
    default: return py::none();  // binary and discarded values never occur in careerpath's documents
  }
}

void set_python_error(const Error& error) {
  py::object type = py::module_::import("careerpath._errors").attr("Error");
  py::object instance = type(error.to_string(), py::arg("kind") = std::string(to_string(error.kind)),
                             py::arg("pointer") = error.pointer, py::arg("file") = error.file,
                             py::arg("line") = error.line, py::arg("column") = error.column,
                             py::arg("message") = error.message);
  PyErr_SetObject(type.ptr(), instance.ptr());
}

void raise_error(const Error& error) {
  set_python_error(error);
  throw py::error_already_set();
}

void register_error_translator() {
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const InputError& e) {
      set_python_error(e.error());
    }
  });
}

}  // namespace careerpath::python
