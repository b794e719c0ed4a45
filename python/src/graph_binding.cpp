// careerpath.Graph and careerpath.Profile.
#include <filesystem>

#include <pybind11/numpy.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "careerpath/io/builtin_graphs.hpp"
#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/model/resolver.hpp"
#include "careerpath/report/report_json.hpp"
#include "careerpath/report/resolution_json.hpp"
#include "careerpath/util/unknown_name.hpp"
#include "convert.hpp"

namespace careerpath::python {

GraphHandle::GraphHandle(RoleGraph graph, std::string source)
    : graph_(std::move(graph)), recommender_(graph_), source_(std::move(source)) {}

const FitKernel& GraphHandle::kernel() const {
  std::call_once(kernel_once_, [this] { kernel_ = std::make_unique<FitKernel>(graph_); });
  return *kernel_;
}

namespace {

GraphPtr builtin_graph(const std::string& name) {
  std::optional<std::string_view> text = builtin_graph_text(name);
  if (!text) {
    std::vector<std::string> names;
    for (const BuiltinGraph& g : builtin_graphs()) names.emplace_back(g.name);
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
    raise_error(Error{.kind = ErrorKind::kNotFound,
                      .message = unknown_name_message("built-in graph", name, closest_matches(name, names),
                                                      " (built in: " + list + "; Graph.load reads a file)")});
  }
  RoleGraph graph = [&] {
    py::gil_scoped_release unlocked;
    return value_or_throw(parse_graph(*text, name));
  }();
  return std::make_shared<const GraphHandle>(std::move(graph), name);
}

GraphPtr file_graph(const std::filesystem::path& path) {
  RoleGraph graph = [&] {
    py::gil_scoped_release unlocked;
    return value_or_throw(load_graph_file(path.string()));
  }();
  return std::make_shared<const GraphHandle>(std::move(graph), path.string());
}

// A read-only NumPy view of a row-major matrix that the graph owns; `owner`
// (the Python Graph) is kept alive by the array.
py::array matrix_view(const RoleMatrix& matrix, py::handle owner) {
  const auto rows = static_cast<py::ssize_t>(matrix.rows());
  const auto cols = static_cast<py::ssize_t>(matrix.cols());
  const auto item = static_cast<py::ssize_t>(sizeof(double));
  py::array_t<double> view({rows, cols}, {cols * item, item}, matrix.data(), owner);
  view.attr("flags").attr("writeable") = false;
  return view;
}

std::vector<std::string> role_ids(const RoleGraph& g) {
  std::vector<std::string> out;
  for (const Role& r : g.roles()) out.push_back(r.id);
  return out;
}

std::vector<std::string> skill_ids(const RoleGraph& g) {
  std::vector<std::string> out;
  for (const Skill& s : g.skills().skills()) out.push_back(s.id);
  return out;
}

}  // namespace

std::string path_text(py::handle value) { return py::str(py::module_::import("os").attr("fspath")(value)); }

bool is_path(py::handle value) {
  return PyUnicode_Check(value.ptr()) || py::isinstance(value, py::module_::import("os").attr("PathLike"));
}

std::size_t role_arg(const GraphHandle& graph, const std::string& name, const std::string& what) {
  const Resolution r = resolve_role(graph.graph(), name);
  if (auto chosen = r.chosen()) return *chosen;
  raise_error(Error{.kind = ErrorKind::kNotFound, .file = what, .message = resolution_error(graph.graph(), r)});
}

Profile profile_arg(const GraphHandle& graph, py::handle value) {
  if (py::isinstance<ProfileHandle>(value)) {
    const auto& handle = value.cast<const ProfileHandle&>();
    if (handle.graph.get() != &graph) {
      raise_error(Error{.message = "this profile was read against another Graph (" + handle.graph->graph().name() +
                                   "); read it again against this one with careerpath.profile(graph, ...)"});
    }
    return handle.profile;
  }
  if (PyDict_Check(value.ptr())) {
    const nlohmann::json document = to_json(value, "profile");
    py::gil_scoped_release unlocked;
    return value_or_throw(profile_from_json(document, graph.graph(), "profile"));
  }
  if (is_path(value)) {
    const std::string path = path_text(value);
    py::gil_scoped_release unlocked;
    return value_or_throw(load_profile(path, graph.graph()));
  }
  throw py::type_error("expected a profile: a careerpath.Profile, a dict (a careerpath.profile/1 document) or a "
                       "path to a profile file, not " + std::string(py::str(py::type::handle_of(value).attr("__name__"))));
}

void bind_graph(py::module_& m) {
  py::class_<GraphHandle, std::shared_ptr<GraphHandle>>(m, "Graph", R"doc(A role graph: roles, the usual moves between them and their skill requirements.

Load one with Graph.builtin("tech" | "onet") or Graph.load(path). A Graph is
immutable and safe to share between threads; pickling sends its source (the
built-in name or the path), so a worker that unpickles it loads it again.)doc")
      .def_static("builtin", [](const std::string& name) { return std::const_pointer_cast<GraphHandle>(builtin_graph(name)); },
                  py::arg("name"), "A graph compiled into careerpath: \"tech\" (a technology organisation) or \"onet\" (O*NET occupations).")
      .def_static("load", [](const std::filesystem::path& path) { return std::const_pointer_cast<GraphHandle>(file_graph(path)); },
                  py::arg("path"), "A careerpath.graph/1 file, fully validated (careerpath.Error names the place of any problem).")
      .def_property_readonly("name", [](const GraphHandle& g) { return g.graph().name(); })
      .def_property_readonly("title", [](const GraphHandle& g) { return g.graph().title(); })
      .def_property_readonly("source", &GraphHandle::source, "The built-in name or the path it was loaded from.")
      .def_property_readonly("roles", [](const GraphHandle& g) { return role_ids(g.graph()); },
                             "Role ids in the graph's order: the rows of requirements, importance and fit matrices.")
      .def_property_readonly("skills", [](const GraphHandle& g) { return skill_ids(g.graph()); },
                             "Skill ids in the graph's order: the columns of requirements and of skill arrays.")
      .def_property_readonly("role_titles", [](const GraphHandle& g) {
        std::vector<std::string> out;
        for (const Role& r : g.graph().roles()) out.push_back(r.title);
        return out;
      })
      .def_property_readonly("skill_names", [](const GraphHandle& g) {
        std::vector<std::string> out;
        for (const Skill& s : g.graph().skills().skills()) out.push_back(s.name);
        return out;
      })
      .def_property_readonly("scale", [](const GraphHandle& g) {
        const Scale& s = g.graph().skills().scale();
        return py::make_tuple(s.min, s.max);
      }, "The (min, max) of the graph's skill levels; arrays take levels normalised to [0, 1] on it.")
      .def_property_readonly("requirements", [](py::object self) {
        return matrix_view(self.cast<const GraphHandle&>().graph().requirements(), self);
      }, "Roles x skills required levels, normalised to [0, 1]: a read-only float64 view of the graph's own matrix (no copy).")
      .def_property_readonly("importance", [](py::object self) {
        return matrix_view(self.cast<const GraphHandle&>().graph().importance(), self);
      }, "Roles x skills importance in [0, 1]: a read-only float64 view of the graph's own matrix (no copy).")
      .def("role", [](const GraphHandle& g, const std::string& name) { return role_arg(g, name, "role"); },
           py::arg("name"),
           "The index of the role named by id, title or alias (any case), with the engine's resolver; "
           "careerpath.Error (kind 'not_found') lists the candidates of an unknown or ambiguous name.")
      .def("skill", [](const GraphHandle& g, const std::string& name) {
        const Resolution r = resolve_skill(g.graph().skills(), name);
        if (r.confidence != Confidence::kExact) {
          raise_error(Error{.kind = ErrorKind::kNotFound, .file = "skill", .message = resolution_error(g.graph().skills(), r)});
        }
        return r.candidates.front().index;
      }, py::arg("name"), "The index of the skill named by id or name (any case, spaces or '_' for '-'); exact matches only.")
      .def("resolve", [](const GraphHandle& g, const std::string& name) {
        return to_python(report::role_resolution_json(g.graph(), resolve_role(g.graph(), name)));
      }, py::arg("name"), "How a role name is read: the resolver's judgement and candidates, as /api/resolve gives it.")
      .def("show", [](const GraphHandle& g, const std::string& name) {
        return to_python(report::role_to_json(g.graph(), role_arg(g, name, "role"), {}));
      }, py::arg("role"), "One role's document, as `careerpath show ROLE --json` prints it.")
      .def("listing", [](const GraphHandle& g) { return to_python(report::roles_to_json(g.graph(), std::nullopt)); },
           "Every role with its moves out and in, as `careerpath roles --json` prints it.")
      .def("__repr__", [](const GraphHandle& g) {
        return "<careerpath.Graph '" + g.graph().name() + "': " + std::to_string(g.graph().role_count()) + " roles, " +
               std::to_string(g.graph().skill_count()) + " skills>";
      });

  py::class_<ProfileHandle>(m, "Profile", R"doc(A person read against one graph: a validated careerpath.profile/1 document.

Make one with careerpath.profile(graph, document_or_path). Every question
also takes a dict or a path directly; a Profile skips reading it again.)doc")
      .def_property_readonly("id", [](const ProfileHandle& p) { return p.profile.id; })
      .def_property_readonly("name", [](const ProfileHandle& p) { return p.profile.name; })
      .def_property_readonly("current_role", [](const ProfileHandle& p) { return p.graph->graph().role(p.profile.current_role).id; })
      .def_property_readonly("years_in_role", [](const ProfileHandle& p) { return p.profile.years_in_role; })
      .def_property_readonly("goals", [](const ProfileHandle& p) {
        std::vector<std::string> out;
        for (std::size_t g : p.profile.goals) out.push_back(p.graph->graph().role(g).id);
        return out;
      })
      .def_property_readonly("levels", [](const ProfileHandle& p) {
        const Scale& scale = p.graph->graph().skills().scale();
        py::array_t<double> out(static_cast<py::ssize_t>(p.profile.skills.size()));
        auto view = out.mutable_unchecked<1>();
        for (Eigen::Index i = 0; i < p.profile.skills.size(); ++i) view(i) = scale.denormalise(p.profile.skills[i]);
        return out;
      }, "Skill levels on the graph's scale, one per graph.skills (a new array).")
      .def_property_readonly("notes", [](const ProfileHandle& p) {
        std::vector<std::string> out;
        for (const Error& note : p.profile.notes) out.push_back(note.to_string());
        return out;
      }, "How names in the document were read (a title taken as the closest role), as the CLI prints them on stderr.")
      .def("to_dict", [](const ProfileHandle& p) { return to_python(profile_to_json(p.profile, p.graph->graph())); },
           "The profile as a careerpath.profile/1 document (ids, levels on the graph's scale).")
      .def("__repr__", [](const ProfileHandle& p) {
        return "<careerpath.Profile '" + p.profile.id + "': " + p.graph->graph().role(p.profile.current_role).id + ">";
      });

  m.def("_builtin_names", [] {
    std::vector<std::string> out;
    for (const BuiltinGraph& g : builtin_graphs()) out.emplace_back(g.name);
    return out;
  });
  m.def("profile", [](std::shared_ptr<GraphHandle> graph, py::handle document) {
    return ProfileHandle{graph, profile_arg(*graph, document)};
  }, py::arg("graph"), py::arg("document"),
        "Reads a careerpath.profile/1 document (a dict, or a path to a file) against the graph, with the engine's "
        "validation; careerpath.Error carries the JSON pointer and the kind of any problem.");
}

}  // namespace careerpath::python
