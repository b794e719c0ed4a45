// GET handlers over the graphs themselves: health, the graphs served, roles,
// one role and title search.
#include <algorithm>

#include "careerpath/model/title_search.hpp"
#include "careerpath/report/report_json.hpp"
#include "careerpath/report/resolution_json.hpp"
#include "careerpath/report/skills_json.hpp"
#include "careerpath/util/text_match.hpp"
#include "careerpath/util/unknown_name.hpp"
#include "handlers.hpp"

namespace careerpath::server::handlers {

using nlohmann::json;

Response json_document(const json& document) { return Response{.body = document.dump(2) + "\n"}; }

// Up, and how busy: a monitor (or a test) can see requests computing and waiting.
Response health(const Call& call) {
  json out = {{"status", "ok"}};
  if (const auto& load = call.load()) {
    out["workers"] = {{"busy", load->busy}, {"waiting", load->waiting}, {"limit", load->workers}, {"queue", load->queue}};
  }
  return json_document(out);
}

Response graphs(const Call& call) {
  const GraphCatalog& catalog = call.api().graphs();
  json list = json::array();
  for (const auto& served : catalog.graphs()) {
    const RoleGraph& g = served->graph;
    json j = {{"name", served->name}, {"title", g.title()}, {"roles", g.role_count()},
              {"skills", g.skills().size()}, {"tracks", g.tracks().size()}, {"transitions", g.transitions().size()},
              {"scale", {{"min", g.skills().scale().min}, {"max", g.skills().scale().max}}},
              {"default", served.get() == &catalog.default_graph()}};
    if (!g.attribution().empty()) j["attribution"] = g.attribution();
    list.push_back(std::move(j));
  }
  return json_document({{"graphs", std::move(list)}});
}

namespace {

// A track by id or name, ignoring case, as `roles --track` takes it.
std::size_t track_parameter(const RoleGraph& g, const std::string& name) {
  if (auto t = g.find_track(name)) return *t;
  std::vector<std::string> ids;
  for (std::size_t t = 0; t < g.tracks().size(); ++t) {
    if (fold_case(g.tracks()[t].name) == fold_case(name)) return t;
    ids.push_back(g.tracks()[t].id);
  }
  fail_parameter("track", unknown_name_message("track", name, closest_matches(name, ids)), 404, "not_found");
}

}  // namespace

Response roles(const Call& call) {
  std::optional<std::size_t> track;
  if (auto name = call.text("track")) track = track_parameter(call.graph(), *name);
  return json_document(report::roles_to_json(call.graph(), track));
}

Response skills(const Call& call) { return json_document(report::skills_to_json(call.graph())); }

Response role(const Call& call) {
  const RoleGraph& g = call.graph();
  const std::size_t r = call.role("role", call.path_argument());
  // Other roles that carry the same name, as `show` lists them.
  std::vector<std::size_t> others;
  for (std::size_t o : g.roles_named(call.path_argument())) {
    if (o != r) others.push_back(o);
  }
  return json_document(report::role_to_json(g, r, others));
}

Response resolve(const Call& call) {
  const RoleGraph& g = call.graph();
  const std::string query = *call.text("q");
  const auto limit = static_cast<std::size_t>(call.integer("limit", 1, 50).value_or(8));
  json candidates = json::array();
  std::vector<std::size_t> listed;
  for (std::size_t r : g.roles_named(query)) {
    if (listed.size() == limit) break;
    json j = report::role_ref_json(g, r);
    j["matched"] = query;
    j["score"] = 1.0;
    candidates.push_back(std::move(j));
    listed.push_back(r);
  }
  for (const TitleMatch& m : search_titles(g, query, limit)) {
    if (listed.size() == limit) break;
    if (std::find(listed.begin(), listed.end(), m.role) != listed.end()) continue;
    json j = report::role_ref_json(g, m.role);
    j["matched"] = m.name;
    j["score"] = m.score;
    candidates.push_back(std::move(j));
    listed.push_back(m.role);
  }
  // What the engine's resolver would take for this name (the list above is
  // the search box's: longer, and it never judges).
  return json_document({{"graph", g.name()}, {"query", query}, {"candidates", std::move(candidates)},
                        {"resolution", report::role_resolution_json(g, resolve_role(g, query))}});
}

}  // namespace careerpath::server::handlers
