#include "careerpath/io/profile_io.hpp"

#include <algorithm>

#include "careerpath/model/resolver.hpp"
#include "careerpath/util/limits.hpp"
#include "careerpath/util/unknown_name.hpp"

namespace careerpath {
namespace {

constexpr double kMaxYears = 80.0;

}  // namespace

std::size_t read_role_ref(const JsonNode& node, const RoleGraph& graph) {
  const Resolution r = resolve_role(graph, node.string());
  if (!r.accepted()) node.fail(resolution_error(graph, r));
  if (const std::string note = resolution_note(graph, r); !note.empty()) node.note(note);
  return *r.chosen();
}

std::size_t read_skill_ref(const JsonNode& node, const std::string& name, const SkillSpace& space) {
  const Resolution r = resolve_skill(space, name);
  if (!r.accepted()) node.fail(resolution_error(space, r));
  return *r.chosen();
}

std::vector<std::size_t> read_role_refs(const JsonNode& node, const RoleGraph& graph) {
  std::vector<std::size_t> roles;
  for (const JsonNode& e : node.elements()) {
    e.attempt([&] {
      const std::size_t r = read_role_ref(e, graph);
      if (std::find(roles.begin(), roles.end(), r) != roles.end()) e.fail("role '" + graph.role(r).id + "' is listed twice");
      roles.push_back(r);
    });
  }
  node.throw_problems();
  return roles;
}

namespace {

Preferences read_preferences(const std::optional<JsonNode>& node, const RoleGraph& graph) {
  Preferences p;
  p.track_weight.assign(graph.tracks().size(), 0.0);
  if (!node) return p;
  node->expect_only({"tracks", "avoid", "step_back"});
  if (auto tracks = node->find("tracks")) {
    tracks->for_each_member([&](const std::string& id, const JsonNode& value) {
      auto t = graph.find_track(id);
      if (!t) {
        std::vector<std::string> ids;
        for (const Track& tr : graph.tracks()) ids.push_back(tr.id);
        value.fail(unknown_name_message("track", id, closest_matches(id, ids)));
      }
      p.track_weight[*t] = value.number_in(-1.0, 1.0, "track weight");
    });
  }
  if (auto avoid = node->find("avoid")) p.avoid = read_role_refs(*avoid, graph);
  if (auto step_back = node->find("step_back")) p.step_back = step_back->boolean() ? StepBack::kAllowed : StepBack::kForbidden;
  return p;
}

}  // namespace

namespace {

// A level is a number, or {"level": L, "source": S} saying where it comes from.
std::pair<double, LevelSource> read_level(const JsonNode& value, const Scale& scale) {
  if (!value.is_object()) return {value.number_in(scale.min, scale.max, "level"), LevelSource::kStated};
  value.expect_only({"level", "source"});
  const double level = value.at("level").number_in(scale.min, scale.max, "level");
  LevelSource source = LevelSource::kStated;
  if (auto node = value.find("source")) {
    const std::string text = node->string();
    const auto parsed = parse_level_source(text);
    if (!parsed) node->fail("unknown source '" + text + "' (expected self-rated, manager-rated, evidenced or stated)");
    source = *parsed;
  }
  return {level, source};
}

// Reads the stated levels; every other skill is left assumed.
void read_levels(const JsonNode& node, const SkillSpace& space, Profile& p) {
  p.skills = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(space.size()));
  p.sources.assign(space.size(), LevelSource::kAssumed);
  std::vector<std::string> given_as(space.size());  // the key each skill was given under
  node.for_each_member([&](const std::string& name, const JsonNode& value) {
    value.attempt([&] {
      const std::size_t skill = read_skill_ref(value, name, space);
      if (!given_as[skill].empty()) {
        value.fail("skill '" + space[skill].id + "' is given twice (also as '" + given_as[skill] + "')");
      }
      given_as[skill] = name;
      const auto [level, source] = read_level(value, space.scale());
      state_level(p, skill, space.scale().normalise(level), source);
    });
  });
}

}  // namespace

Profile read_profile(const JsonNode& node, const RoleGraph& graph, FormatField format) {
  if (!node.is_object()) node.fail("expected a profile object");
  const std::size_t notes_before = node.notes().size();
  if (format == FormatField::kRequired || node.has("format")) node.expect_format(kProfileFormat);
  node.expect_only({"format", "id", "name", "summary", "current_role", "years_in_role", "skills", "goals", "preferences",
                    "learning_rate", "baseline", "graph"});
  // Each field is read on its own, so that one pass finds every problem.
  Profile p;
  node.attempt([&] {
    if (auto id = node.find("id")) p.id = id->non_empty_string();
  });
  node.attempt([&] {
    if (auto name = node.find("name")) p.name = name->string();
  });
  node.attempt([&] {
    if (auto summary = node.find("summary")) p.summary = summary->string();
  });
  // The graph the profile is meant for; front ends choose the graph by it
  // before reading the profile, so here it is only checked for its type.
  node.attempt([&] {
    if (auto graph_name = node.find("graph")) (void)graph_name->non_empty_string();
  });
  if (p.id.empty()) p.id = p.name.empty() ? "person" : p.name;
  const bool role_read = node.attempt([&] { p.current_role = read_role_ref(node.at("current_role"), graph); });
  node.attempt([&] { p.years_in_role = node.at("years_in_role").number_in(0.0, kMaxYears, "years_in_role"); });
  node.attempt([&] {
    if (auto baseline = node.find("baseline")) {
      const std::string text = baseline->string();
      const auto b = parse_baseline(text);
      if (!b) baseline->fail("unknown baseline '" + text + "' (expected current-role or none)");
      p.baseline = *b;
    }
  });
  node.attempt([&] { read_levels(node.at("skills"), graph.skills(), p); });
  node.attempt([&] {
    if (auto goals = node.find("goals")) p.goals = read_role_refs(*goals, graph);
  });
  node.attempt([&] { p.preferences = read_preferences(node.find("preferences"), graph); });
  node.attempt([&] {
    if (auto rate = node.find("learning_rate")) {
      p.learning_rate = rate->number_in(0.0, 10.0, "learning_rate");
      if (p.learning_rate <= 0.0) rate->fail("learning_rate must be above 0");
    }
  });
  node.throw_problems();
  if (role_read) apply_baseline(p, graph);
  p.notes.assign(node.notes().begin() + static_cast<std::ptrdiff_t>(notes_before), node.notes().end());
  return p;
}

Result<Profile> profile_from_json(const nlohmann::json& document, const RoleGraph& graph, const std::string& file,
                                  FormatField format) {
  return capture_input_errors([&] { return read_profile(JsonNode(document, file), graph, format); });
}

Result<Profile> load_profile(const std::string& path, const RoleGraph& graph) {
  auto document = parse_json_file(path);
  if (!document) return document.error();
  return profile_from_json(*document, graph, path);
}

nlohmann::json profile_to_json(const Profile& p, const RoleGraph& graph) {
  nlohmann::json out = {{"format", kProfileFormat}, {"id", p.id}};
  if (!p.name.empty()) out["name"] = p.name;
  if (!p.summary.empty()) out["summary"] = p.summary;
  out["current_role"] = graph.role(p.current_role).id;
  out["years_in_role"] = p.years_in_role;
  // A profile built in code states every level: it is written with baseline
  // "none" and its non-zero levels, which reads back as the same vector.
  const bool all_stated = p.sources.empty();
  const Baseline baseline = all_stated ? Baseline::kNone : p.baseline;
  if (baseline != Baseline::kCurrentRole) out["baseline"] = to_string(baseline);
  nlohmann::json skills = nlohmann::json::object();
  const SkillSpace& space = graph.skills();
  for (Eigen::Index s = 0; s < p.skills.size(); ++s) {
    const LevelSource source = source_of(p, static_cast<std::size_t>(s));
    if (source == LevelSource::kAssumed || (all_stated && p.skills(s) <= 0.0)) continue;
    const double level = space.scale().denormalise(p.skills(s));
    const std::string& id = space[static_cast<std::size_t>(s)].id;
    if (source == LevelSource::kStated) {
      skills[id] = level;
    } else {
      skills[id] = {{"level", level}, {"source", to_string(source)}};
    }
  }
  out["skills"] = std::move(skills);
  if (!p.goals.empty()) {
    nlohmann::json goals = nlohmann::json::array();
    for (std::size_t g : p.goals) goals.push_back(graph.role(g).id);
    out["goals"] = std::move(goals);
  }
  nlohmann::json prefs = {{"step_back", p.preferences.step_back == StepBack::kAllowed}};
  nlohmann::json tracks = nlohmann::json::object();
  for (std::size_t t = 0; t < p.preferences.track_weight.size(); ++t) {
    if (p.preferences.track_weight[t] != 0.0) tracks[graph.tracks()[t].id] = p.preferences.track_weight[t];
  }
  if (!tracks.empty()) prefs["tracks"] = std::move(tracks);
  if (!p.preferences.avoid.empty()) {
    nlohmann::json avoid = nlohmann::json::array();
    for (std::size_t r : p.preferences.avoid) avoid.push_back(graph.role(r).id);
    prefs["avoid"] = std::move(avoid);
  }
  out["preferences"] = std::move(prefs);
  out["learning_rate"] = p.learning_rate;
  return out;
}

Profile profile_for_role(const RoleGraph& graph, std::size_t role, double years_in_role) {
  Profile p;
  p.id = graph.role(role).id;
  p.name = graph.role(role).title;
  p.current_role = role;
  p.years_in_role = years_in_role;
  // Exactly the role's typical levels: every level assumed from the baseline.
  p.sources.assign(graph.skill_count(), LevelSource::kAssumed);
  apply_baseline(p, graph);
  p.preferences.track_weight.assign(graph.tracks().size(), 0.0);
  return p;
}

Result<Profile> validated_profile(const Profile& profile, const RoleGraph& graph, const std::string& name) {
  // Written out and read back so that a person built in code meets exactly
  // the rules (and gets exactly the messages) a profile file does.
  // First the indices and sizes profile_to_json relies on.
  const auto out_of_range = [&](const std::string& pointer, std::size_t index, std::size_t count, const char* what) {
    return Error{.file = name, .pointer = pointer,
                 .message = std::string(what) + " index " + std::to_string(index) + " is out of range (there are " +
                            std::to_string(count) + ")"};
  };
  if (profile.current_role >= graph.role_count()) {
    return out_of_range("/current_role", profile.current_role, graph.role_count(), "role");
  }
  if (static_cast<std::size_t>(profile.skills.size()) != graph.skill_count()) {
    return Error{.file = name, .pointer = "/skills",
                 .message = "has " + std::to_string(profile.skills.size()) + " levels; the graph has " +
                            std::to_string(graph.skill_count()) + " skills"};
  }
  for (std::size_t i = 0; i < profile.goals.size(); ++i) {
    if (profile.goals[i] >= graph.role_count()) {
      return out_of_range("/goals/" + std::to_string(i), profile.goals[i], graph.role_count(), "role");
    }
  }
  const Preferences& prefs = profile.preferences;
  for (std::size_t i = 0; i < prefs.avoid.size(); ++i) {
    if (prefs.avoid[i] >= graph.role_count()) {
      return out_of_range("/preferences/avoid/" + std::to_string(i), prefs.avoid[i], graph.role_count(), "role");
    }
  }
  if (prefs.track_weight.size() > graph.tracks().size()) {
    return out_of_range("/preferences/tracks", prefs.track_weight.size() - 1, graph.tracks().size(), "track");
  }
  return profile_from_json(profile_to_json(profile, graph), graph, name);
}

}  // namespace careerpath
