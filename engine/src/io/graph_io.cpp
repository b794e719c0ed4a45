#include "careerpath/io/graph_io.hpp"

#include <cmath>
#include <filesystem>
#include <set>
#include <unordered_map>

#include "careerpath/util/atomic_file.hpp"
#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/util/input_file.hpp"
#include "careerpath/util/limits.hpp"
#include "careerpath/util/unknown_name.hpp"

namespace careerpath {
namespace {

using nlohmann::json;

// Sums of rates may exceed 1 by rounding in generated files only.
constexpr double kRateSumTolerance = 1e-9;
constexpr int kMaxLevel = 20;
constexpr double kMaxMinYears = 50.0;

// Remembers where each id was first defined, to reject duplicates clearly.
class IdRegistry {
 public:
  explicit IdRegistry(std::string what) : what_(std::move(what)) {}
  std::size_t add(const JsonNode& id_node, const std::string& id) {
    auto [it, inserted] = first_.emplace(id, std::pair{order_.size(), id_node.pointer()});
    if (!inserted) id_node.fail("duplicate " + what_ + " id '" + id + "' (first defined at " + it->second.second + ")");
    order_.push_back(id);
    return order_.size() - 1;
  }
  [[nodiscard]] std::optional<std::size_t> find(const std::string& id) const {
    auto it = first_.find(id);
    if (it == first_.end()) return std::nullopt;
    return it->second.first;
  }
  [[nodiscard]] const std::vector<std::string>& ids() const { return order_; }

 private:
  std::string what_;
  std::unordered_map<std::string, std::pair<std::size_t, std::string>> first_;
  std::vector<std::string> order_;
};

// The graph-size limits (careerpath/util/limits.hpp) are checked before
// anything is built, so an oversized graph costs only its parse.
void check_count(const JsonNode& list, std::size_t limit, const char* what) {
  if (list.size() > limit) {
    list.fail(std::to_string(list.size()) + " " + what + " is above the limit of " + std::to_string(limit) +
              " (see Limits in docs/formats.md)");
  }
}

// [{"level": 1, "meaning": "..."}, ...], levels on the scale, rising.
std::vector<LevelAnchor> read_anchors(const JsonNode& node, const Scale& scale) {
  std::vector<LevelAnchor> anchors;
  for (const JsonNode& a : node.elements()) {
    a.expect_only({"level", "meaning"});
    LevelAnchor anchor;
    anchor.level = a.at("level").number_in(scale.min, scale.max, "anchor level");
    if (!anchors.empty() && anchor.level <= anchors.back().level) a.at("level").fail("anchor levels must rise");
    anchor.meaning = a.at("meaning").non_empty_string();
    anchors.push_back(std::move(anchor));
  }
  return anchors;
}

nlohmann::json anchors_to_json(const std::vector<LevelAnchor>& anchors) {
  nlohmann::json out = nlohmann::json::array();
  for (const LevelAnchor& a : anchors) out.push_back({{"level", a.level}, {"meaning", a.meaning}});
  return out;
}

Scale read_scale(const JsonNode& root) {
  Scale scale;
  auto node = root.find("scale");
  if (!node) return scale;
  node->expect_only({"min", "max", "anchors"});
  scale.min = node->at("min").number_in(-1e6, 1e6, "scale minimum");
  scale.max = node->at("max").number_in(-1e6, 1e6, "scale maximum");
  if (!(scale.max > scale.min)) node->at("max").fail("scale maximum must be above the minimum " + format_number(scale.min));
  if (auto anchors = node->find("anchors")) scale.anchors = read_anchors(*anchors, scale);
  return scale;
}

std::vector<Source> read_sources(const JsonNode& root) {
  std::vector<Source> sources;
  auto node = root.find("sources");
  if (!node) return sources;
  IdRegistry ids("source");
  for (const JsonNode& s : node->elements()) {
    s.expect_only({"id", "title", "url", "license"});
    Source src;
    src.id = s.at("id").slug();
    ids.add(s.at("id"), src.id);
    src.title = s.at("title").non_empty_string();
    if (auto url = s.find("url")) src.url = url->string();
    if (auto license = s.find("license")) src.license = license->string();
    sources.push_back(std::move(src));
  }
  return sources;
}

SkillSpace read_skills(const JsonNode& root, Scale scale) {
  const JsonNode list = root.at("skills");
  if (list.size() == 0) list.fail("a graph needs at least one skill");
  check_count(list, limits::kMaxSkills, "skills");
  IdRegistry ids("skill");
  std::vector<Skill> skills;
  skills.reserve(list.size());
  for (const JsonNode& s : list.elements()) {
    s.expect_only({"id", "name", "category", "description", "anchors"});
    Skill skill;
    skill.id = s.at("id").slug();
    ids.add(s.at("id"), skill.id);
    skill.name = s.at("name").non_empty_string();
    skill.category = s.at("category").non_empty_string();
    if (auto d = s.find("description")) skill.description = d->string();
    if (auto a = s.find("anchors")) skill.anchors = read_anchors(*a, scale);
    skills.push_back(std::move(skill));
  }
  return SkillSpace(std::move(skills), scale);
}

struct TrackTable {
  std::vector<Track> tracks;
  bool declared = false;
  IdRegistry ids{"track"};
};

void read_declared_tracks(const JsonNode& root, TrackTable& table) {
  auto node = root.find("tracks");
  if (!node) return;
  table.declared = true;
  for (const JsonNode& t : node->elements()) {
    t.expect_only({"id", "name", "description"});
    Track track;
    track.id = t.at("id").slug();
    table.ids.add(t.at("id"), track.id);
    track.name = t.at("name").non_empty_string();
    if (auto d = t.find("description")) track.description = d->string();
    table.tracks.push_back(std::move(track));
  }
}

std::size_t resolve_track(const JsonNode& node, TrackTable& table) {
  const std::string id = node.slug();
  if (auto index = table.ids.find(id)) return *index;
  if (table.declared) {
    node.fail(unknown_name_message("track", id, closest_matches(id, table.ids.ids()), " (not in /tracks)"));
  }
  table.tracks.push_back(Track{.id = id, .name = id, .description = ""});
  return table.ids.add(node, id);
}

RoleRequirement read_requirement(const JsonNode& node, std::size_t skill, const Scale& scale) {
  RoleRequirement req{.skill = skill};
  // Two spellings: {"level": 3, "importance": 0.8} for people, and the
  // compact [3, 0.8] that large generated graphs (O*NET) use.
  if (node.raw().is_array()) {
    if (node.size() != 2) node.fail("a requirement array must be [level, importance]");
    req.level = node.at(0).number_in(scale.min, scale.max, "level");
    req.importance = node.at(1).number_in(0.0, 1.0, "importance");
    return req;
  }
  node.expect_only({"level", "importance"});
  req.level = node.at("level").number_in(scale.min, scale.max, "level");
  req.importance = node.at("importance").number_in(0.0, 1.0, "importance");
  return req;
}

std::string unknown_message(const std::string& what, const std::string& id, const std::vector<std::string>& known) {
  return unknown_name_message(what, id, closest_matches(id, known));
}

void read_roles(const JsonNode& root, RoleGraphData& data, TrackTable& tracks, IdRegistry& role_ids) {
  const JsonNode list = root.at("roles");
  if (list.size() == 0) list.fail("a graph needs at least one role");
  check_count(list, limits::kMaxRoles, "roles");
  std::vector<std::string> skill_ids;
  for (const Skill& s : data.skills.skills()) skill_ids.push_back(s.id);

  for (const JsonNode& r : list.elements()) {
    r.expect_only({"id", "title", "track", "level", "description", "aliases", "code", "source", "requirements"});
    Role role;
    role.id = r.at("id").slug();
    role_ids.add(r.at("id"), role.id);
    role.title = r.at("title").non_empty_string();
    role.track = resolve_track(r.at("track"), tracks);
    role.level = static_cast<int>(r.at("level").integer_in(0, kMaxLevel, "level"));
    if (auto d = r.find("description")) role.description = d->string();
    if (auto a = r.find("aliases")) role.aliases = a->strings();
    if (auto c = r.find("code")) role.code = c->string();
    if (auto s = r.find("source")) role.source = s->string();

    std::vector<RoleRequirement> requirements;
    r.at("requirements").for_each_member([&](const std::string& skill_id, const JsonNode& value) {
      auto skill = data.skills.find(skill_id);
      if (!skill) value.fail(unknown_message("skill", skill_id, skill_ids));
      requirements.push_back(read_requirement(value, *skill, data.skills.scale()));
    });
    data.roles.push_back(std::move(role));
    data.requirements.push_back(std::move(requirements));
  }
}

void check_kind_matches_levels(const JsonNode& node, const Transition& t, const RoleGraphData& data) {
  const int from = data.roles[t.from].level;
  const int to = data.roles[t.to].level;
  if (t.kind == MoveKind::kPromotion && to <= from) {
    node.at("kind").fail("a promotion must go up a level, but '" + data.roles[t.from].id + "' is level " +
                         std::to_string(from) + " and '" + data.roles[t.to].id + "' is level " + std::to_string(to));
  }
  if (t.kind == MoveKind::kStepBack && to >= from) {
    node.at("kind").fail("a step-back must go down a level, but '" + data.roles[t.from].id + "' is level " +
                         std::to_string(from) + " and '" + data.roles[t.to].id + "' is level " + std::to_string(to));
  }
}

void read_transitions(const JsonNode& root, RoleGraphData& data, const IdRegistry& role_ids) {
  auto list = root.find("transitions");
  if (!list) return;
  check_count(*list, limits::kMaxTransitions, "transitions");
  std::set<std::pair<std::size_t, std::size_t>> seen;
  std::vector<double> rate_sum(data.roles.size(), 0.0);
  auto role_of = [&](const JsonNode& node) {
    const std::string id = node.string();
    auto index = role_ids.find(id);
    if (!index) node.fail(unknown_message("role", id, role_ids.ids()));
    return *index;
  };
  for (const JsonNode& t : list->elements()) {
    t.expect_only({"from", "to", "kind", "rate", "min_years", "source", "rationale"});
    Transition tr;
    tr.from = role_of(t.at("from"));
    tr.to = role_of(t.at("to"));
    if (tr.from == tr.to) t.at("to").fail("a transition must lead to another role");
    const std::string kind = t.at("kind").string();
    auto parsed = parse_move_kind(kind);
    if (!parsed) t.at("kind").fail("unknown kind '" + kind + "' (expected promotion, lateral, switch or step-back)");
    tr.kind = *parsed;
    tr.rate = t.at("rate").number_in(0.0, 1.0, "rate");
    tr.min_years = t.find("min_years") ? t.at("min_years").number_in(0.0, kMaxMinYears, "min_years") : 0.0;
    if (auto s = t.find("source")) tr.source = s->string();
    if (auto s = t.find("rationale")) tr.rationale = s->string();
    if (!seen.emplace(tr.from, tr.to).second) {
      t.fail("duplicate transition '" + data.roles[tr.from].id + "' -> '" + data.roles[tr.to].id + "'");
    }
    check_kind_matches_levels(t, tr, data);
    rate_sum[tr.from] += tr.rate;
    if (rate_sum[tr.from] > 1.0 + kRateSumTolerance) {
      t.at("rate").fail("rates out of '" + data.roles[tr.from].id + "' sum to " + format_number(rate_sum[tr.from]) +
                        ", above 1 (a rate is a yearly probability)");
    }
    data.transitions.push_back(std::move(tr));
  }
}

ScoreWeights read_scoring(const JsonNode& root) {
  ScoreWeights w;
  auto node = root.find("scoring");
  if (!node) return w;
  node->expect_only({"fit", "move", "goal", "preference", "seniority", "fit_relative_to_role"});
  auto read = [&](const char* key, double& field) {
    if (auto v = node->find(key)) field = v->number_in(0.0, 100.0, std::string(key) + " weight");
  };
  read("fit", w.fit);
  read("move", w.move);
  read("goal", w.goal);
  read("preference", w.preference);
  read("seniority", w.seniority);
  if (auto v = node->find("fit_relative_to_role")) w.fit_relative_to_role = v->boolean();
  return w;
}

RoleGraphData read_graph(const JsonNode& root) {
  root.expect_format(kGraphFormat);
  root.expect_only({"format", "name", "title", "description", "scale", "attribution", "metadata", "sources", "tracks",
                    "skills", "roles", "transitions", "scoring"});
  RoleGraphData data;
  if (auto n = root.find("name")) data.name = n->string();
  if (auto n = root.find("title")) data.title = n->string();
  if (auto n = root.find("description")) data.description = n->string();
  if (auto n = root.find("attribution")) data.attribution = n->string();
  if (auto n = root.find("metadata")) {
    n->for_each_member([&](const std::string& key, const JsonNode& value) { data.metadata[key] = value.string(); });
  }
  data.sources = read_sources(root);
  data.skills = read_skills(root, read_scale(root));
  TrackTable tracks;
  read_declared_tracks(root, tracks);
  IdRegistry role_ids("role");
  read_roles(root, data, tracks, role_ids);
  data.tracks = std::move(tracks.tracks);
  read_transitions(root, data, role_ids);
  data.scoring = read_scoring(root);
  return data;
}

}  // namespace

Result<RoleGraph> graph_from_json(const json& document, const std::string& file) {
  return capture_input_errors([&] { return RoleGraph(read_graph(JsonNode(document, file))); });
}

Result<RoleGraph> parse_graph(std::string_view text, const std::string& file) {
  auto document = parse_json_text(text, file);
  if (!document) return document.error();
  return graph_from_json(*document, file);
}

Result<RoleGraph> load_graph_file(const std::string& path) {
  auto text = read_input_text(path);
  if (!text) return text.error();
  return parse_graph(*text, input_display_name(path));
}

namespace {

// An index a RoleGraphData holds, checked: data built in code (not read by the
// loader) may hold any value, and it is written out before it is validated.
template <class T>
const T& checked_at(const std::vector<T>& items, std::size_t index, const std::string& pointer, const char* what) {
  if (index >= items.size()) {
    throw InputError(Error{.pointer = pointer,
                           .message = std::string(what) + " index " + std::to_string(index) +
                                      " is out of range (there are " + std::to_string(items.size()) + ")"});
  }
  return items[index];
}

}  // namespace

json graph_data_to_json(const RoleGraphData& d) {
  json out = {{"format", kGraphFormat}};
  if (!d.name.empty()) out["name"] = d.name;
  if (!d.title.empty()) out["title"] = d.title;
  if (!d.description.empty()) out["description"] = d.description;
  out["scale"] = {{"min", d.skills.scale().min}, {"max", d.skills.scale().max}};
  if (!d.skills.scale().anchors.empty()) out["scale"]["anchors"] = anchors_to_json(d.skills.scale().anchors);
  if (!d.attribution.empty()) out["attribution"] = d.attribution;
  if (!d.metadata.empty()) out["metadata"] = d.metadata;
  if (!d.sources.empty()) {
    json sources = json::array();
    for (const Source& s : d.sources) {
      json j = {{"id", s.id}, {"title", s.title}};
      if (!s.url.empty()) j["url"] = s.url;
      if (!s.license.empty()) j["license"] = s.license;
      sources.push_back(std::move(j));
    }
    out["sources"] = std::move(sources);
  }
  json tracks = json::array();
  for (const Track& t : d.tracks) {
    json j = {{"id", t.id}, {"name", t.name}};
    if (!t.description.empty()) j["description"] = t.description;
    tracks.push_back(std::move(j));
  }
  out["tracks"] = std::move(tracks);
  json skills = json::array();
  for (const Skill& s : d.skills.skills()) {
    json j = {{"id", s.id}, {"name", s.name}, {"category", s.category}};
    if (!s.description.empty()) j["description"] = s.description;
    if (!s.anchors.empty()) j["anchors"] = anchors_to_json(s.anchors);
    skills.push_back(std::move(j));
  }
  out["skills"] = std::move(skills);
  json roles = json::array();
  for (std::size_t r = 0; r < d.roles.size(); ++r) {
    const Role& role = d.roles[r];
    json j = {{"id", role.id}, {"title", role.title}, {"track", checked_at(d.tracks, role.track, "/roles/" + std::to_string(r) + "/track", "track").id}, {"level", role.level}};
    if (!role.description.empty()) j["description"] = role.description;
    if (!role.aliases.empty()) j["aliases"] = role.aliases;
    if (!role.code.empty()) j["code"] = role.code;
    if (!role.source.empty()) j["source"] = role.source;
    json requirements = json::object();
    const std::string at = "/roles/" + std::to_string(r) + "/requirements";
    for (const RoleRequirement& req : checked_at(d.requirements, r, at, "requirement list")) {
      requirements[checked_at(d.skills.skills(), req.skill, at, "skill").id] = {{"level", req.level}, {"importance", req.importance}};
    }
    j["requirements"] = std::move(requirements);
    roles.push_back(std::move(j));
  }
  out["roles"] = std::move(roles);
  json transitions = json::array();
  for (std::size_t i = 0; i < d.transitions.size(); ++i) {
    const Transition& t = d.transitions[i];
    const std::string at = "/transitions/" + std::to_string(i);
    json j = {{"from", checked_at(d.roles, t.from, at + "/from", "role").id}, {"to", checked_at(d.roles, t.to, at + "/to", "role").id}, {"kind", to_string(t.kind)},
              {"rate", t.rate}, {"min_years", t.min_years}};
    if (!t.source.empty()) j["source"] = t.source;
    if (!t.rationale.empty()) j["rationale"] = t.rationale;
    transitions.push_back(std::move(j));
  }
  out["transitions"] = std::move(transitions);
  const ScoreWeights& w = d.scoring;
  out["scoring"] = {{"fit", w.fit}, {"move", w.move}, {"goal", w.goal}, {"preference", w.preference}, {"seniority", w.seniority}};
  if (w.fit_relative_to_role) out["scoring"]["fit_relative_to_role"] = true;
  return out;
}

json graph_to_json(const RoleGraph& graph) { return graph_data_to_json(graph.data()); }

Result<RoleGraph> validated_graph(const RoleGraphData& data, const std::string& name) {
  // Written out and read back so that a graph built in code meets exactly the
  // rules (and gets exactly the messages) a graph file does: one set of rules.
  auto document = capture_input_errors([&] { return graph_data_to_json(data); });
  if (!document) {
    Error error = document.error();
    error.file = name;
    return error;
  }
  return graph_from_json(*document, name);
}

Status save_graph(const RoleGraph& graph, const std::string& path) {
  return write_file_atomically(path, graph_to_json(graph).dump(1) + "\n");
}

}  // namespace careerpath
