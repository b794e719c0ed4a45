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

namespace {

// New references through the C API: about three times faster than pybind11's
// wrappers for the thousands of small objects a document holds, which is
// most of what a recommend call costs from Python.
PyObject* new_python(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: Py_RETURN_NONE;
    case nlohmann::json::value_t::boolean: return PyBool_FromLong(value.get<bool>() ? 1 : 0);
    case nlohmann::json::value_t::number_integer: return PyLong_FromLongLong(value.get<long long>());
    case nlohmann::json::value_t::number_unsigned: return PyLong_FromUnsignedLongLong(value.get<unsigned long long>());
    case nlohmann::json::value_t::number_float: return PyFloat_FromDouble(value.get<double>());
    case nlohmann::json::value_t::string: {
      const std::string& text = value.get_ref<const std::string&>();
      return PyUnicode_FromStringAndSize(text.data(), static_cast<Py_ssize_t>(text.size()));
    }
    case nlohmann::json::value_t::array: {
      PyObject* list = PyList_New(static_cast<Py_ssize_t>(value.size()));
      if (list == nullptr) return nullptr;
      Py_ssize_t i = 0;
      for (const auto& item : value) {
        PyObject* element = new_python(item);
        if (element == nullptr) {
          Py_DECREF(list);
          return nullptr;
        }
        PyList_SET_ITEM(list, i++, element);  // steals the reference
      }
      return list;
    }
    case nlohmann::json::value_t::object: {
      PyObject* dict = PyDict_New();
      if (dict == nullptr) return nullptr;
      for (const auto& [key, item] : value.items()) {
        PyObject* name = PyUnicode_FromStringAndSize(key.data(), static_cast<Py_ssize_t>(key.size()));
        PyObject* element = name == nullptr ? nullptr : new_python(item);
        const int failed = element == nullptr ? -1 : PyDict_SetItem(dict, name, element);
        Py_XDECREF(name);
        Py_XDECREF(element);
        if (failed != 0) {
          Py_DECREF(dict);
          return nullptr;
        }
      }
      return dict;
    }
    default: Py_RETURN_NONE;  // binary and discarded values never occur in careerpath's documents
  }
}

}  // namespace

py::object to_python(const nlohmann::json& value) {
  PyObject* object = new_python(value);
  if (object == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(object);
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
