#include "args/profile_arg.hpp"

#include <cmath>
#include <cstdio>
#include <exception>
#include <filesystem>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/io/builtin_graphs.hpp"
#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/util/input_file.hpp"
#include "careerpath/model/resolver.hpp"

namespace careerpath::cli {

namespace fs = std::filesystem;

namespace {

// "System design=3" -> the skill and its normalised level; a second value for
// the same skill (by id or by name) is an error.
void apply_set(const RoleGraph& g, Profile& person, const std::string& assignment, std::vector<std::string>& given_as) {
  const auto eq = assignment.rfind('=');
  if (eq == std::string::npos || eq == 0) throw UsageError("--set '" + assignment + "': expected SKILL=LEVEL");
  const std::string name = assignment.substr(0, eq);
  const std::string text = assignment.substr(eq + 1);
  const Resolution r = resolve_skill(g.skills(), name);
  if (!r.accepted()) throw UsageError("--set '" + assignment + "': " + resolution_error(g.skills(), r));
  const std::size_t skill = *r.chosen();
  if (given_as.size() != g.skill_count()) given_as.assign(g.skill_count(), "");
  if (!given_as[skill].empty()) {
    throw UsageError("--set '" + assignment + "': skill '" + g.skills()[skill].id + "' is set twice (also by '" +
                     given_as[skill] + "')");
  }
  given_as[skill] = assignment;
  double level = 0.0;
  std::size_t used = 0;
  try {
    level = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size() || !std::isfinite(level)) {
    throw UsageError("--set '" + assignment + "': level '" + text + "' is not a number");
  }
  const Scale& scale = g.skills().scale();
  if (level < scale.min || level > scale.max) {
    throw UsageError("--set '" + assignment + "': level " + format_number(level) + " is off the scale " +
                     format_number(scale.min) + " to " + format_number(scale.max));
  }
  if (person.sources.empty()) person.sources.assign(g.skill_count(), LevelSource::kStated);
  state_level(person, skill, scale.normalise(level), LevelSource::kStated);
}

// The profile the flags describe, read by the same rules as a file.
nlohmann::json flags_document(const ProfileArgs& args) {
  nlohmann::json doc = {{"format", kProfileFormat}, {"id", "you"}, {"current_role", args.role},
                        {"years_in_role", args.years.value_or(0.0)}, {"skills", nlohmann::json::object()}};
  if (!args.goals.empty()) doc["goals"] = args.goals;
  return doc;
}

}  // namespace

void add_profile_options(CLI::App& cmd, ProfileArgs& args) {
  cmd.add_option("profile", args.path, "Profile file (careerpath.profile/1), '-' for standard input; or use --role");
  cmd.add_option("--role", args.role, "Instead of a file: your current role (id, title or alias)");
  cmd.add_option("--years", args.years, "With --role: years in the current role")->check(CLI::Range(0.0, 80.0));
  // One value per flag, so that a positional after them stays positional.
  cmd.add_option("--goal", args.goals, "With --role: a role you would like to reach (repeatable)")->allow_extra_args(false);
  cmd.add_option("--set", args.sets, "SKILL=LEVEL: state one skill's level, over the file's (repeatable)")
      ->allow_extra_args(false);
}

Profile load_profile_arg(Context& ctx, const ProfileArgs& args) {
  if (!args.path.empty() && !args.role.empty()) throw UsageError("give a profile file or --role, not both");
  if (args.path.empty() && args.role.empty()) throw UsageError("give a profile file ('-' for standard input) or --role TITLE");
  if (!args.path.empty() && (args.years || !args.goals.empty())) {
    throw UsageError("--years and --goal go with --role; with a profile file, edit the file or use --set");
  }
  // The file first: it may name the graph.
  Profile person = args.path.empty() ? value_or_throw(profile_from_json(flags_document(args), ctx.graph(), "--role/--goal"))
                                     : load_profile_arg(ctx, args.path);
  const RoleGraph& g = ctx.graph();
  if (args.path.empty()) write_notes(person.notes);
  std::vector<std::string> given_as;
  for (const std::string& assignment : args.sets) apply_set(g, person, assignment, given_as);
  return person;
}

namespace {

// A profile's "graph" (a built-in name, or a file relative to the profile)
// becomes the command's graph when --graph was not given.
void use_profile_graph(Context& ctx, const nlohmann::json& document, const std::string& path) {
  if (ctx.graph_given || ctx.graph_loaded() || !document.is_object()) return;
  const auto it = document.find("graph");
  if (it == document.end() || !it->is_string()) return;  // the loader reports a wrong type
  const std::string name = it->get<std::string>();
  if (builtin_graph_text(name)) {
    ctx.graph_name = name;
    return;
  }
  const fs::path file = fs::path(name).is_absolute() || path == "-" ? fs::path(name) : fs::path(path).parent_path() / name;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    std::string builtins;
    for (const BuiltinGraph& b : builtin_graphs()) builtins += (builtins.empty() ? "" : ", ") + std::string(b.name);
    throw InputError(Error{.file = input_display_name(path), .pointer = "/graph",
                           .message = "graph '" + name + "' is neither a built-in graph (" + builtins +
                                      ") nor a file (looked for " + file.lexically_normal().string() + ")"});
  }
  ctx.graph_name = file.lexically_normal().string();
}

// When the current role is unknown here but a role of another built-in
// graph, the error says which graph to use.
Error with_graph_hint(Context& ctx, Error error, const nlohmann::json& document) {
  if (error.pointer != "/current_role" || !document.is_object() || !document.contains("current_role") ||
      !document["current_role"].is_string()) {
    return error;
  }
  const std::string role = document["current_role"].get<std::string>();
  for (const BuiltinGraph& b : builtin_graphs()) {
    if (b.name == ctx.graph_name) continue;
    auto other = load_graph(std::string(b.name));
    if (!other || !resolve_role(*other, role).accepted()) continue;
    error.message += "; it is a role of the built-in graph '" + std::string(b.name) + "': add --graph " +
                     std::string(b.name) + " or \"graph\": \"" + std::string(b.name) + "\" to the profile";
    break;
  }
  return error;
}

}  // namespace

Profile load_profile_arg(Context& ctx, const std::string& path) {
  const nlohmann::json document = value_or_throw(parse_json_file(path));
  use_profile_graph(ctx, document, path);
  auto loaded = profile_from_json(document, ctx.graph(), input_display_name(path));
  if (!loaded) throw InputError(with_graph_hint(ctx, loaded.error(), document));
  Profile person = std::move(loaded).value();
  write_notes(person.notes);
  return person;
}

std::string person_line(const RoleGraph& graph, const Profile& person) {
  const std::string who = person.name.empty() ? person.id : person.name;
  const std::string& title = graph.role(person.current_role).title;
  std::string line = who + ", " + title + " for " + format_number(person.years_in_role) +
                     (person.years_in_role == 1.0 ? " year" : " years");
  if (person.sources.empty()) return line;
  const std::size_t stated = stated_count(person);
  line += " (" + std::to_string(stated) + " of " + std::to_string(graph.skill_count()) + " skill levels stated";
  if (stated < graph.skill_count()) {
    line += person.baseline == Baseline::kCurrentRole ? ", the rest assumed at the typical level for " + title
                                                      : ", the rest taken as 0";
  }
  return line + ")";
}

void write_warnings(const std::vector<std::string>& warnings) {
  for (const std::string& w : warnings) std::fprintf(stderr, "careerpath: warning: %s\n", w.c_str());
}

}  // namespace careerpath::cli
