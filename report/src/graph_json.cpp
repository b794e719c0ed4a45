#include "careerpath/report/graph_json.hpp"


namespace careerpath::report {
namespace {

using nlohmann::json;

std::string list_text(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

}  // namespace

std::vector<std::string> graph_warnings(const GraphStats& s) {
  std::vector<std::string> w;
  if (!s.isolated.empty()) w.push_back("roles with no moves in or out: " + list_text(s.isolated));
  if (!s.no_moves_out.empty()) w.push_back("roles nobody leaves by a usual move: " + list_text(s.no_moves_out));
  if (s.roles_without_requirements > 0) {
    w.push_back(std::to_string(s.roles_without_requirements) + " roles list no skill requirements (everyone fits them)");
  }
  return w;
}

json graph_stats_json(const RoleGraph& g, const GraphStats& s) {
  json tracks = json::object();
  for (const auto& [id, n] : s.roles_per_track) tracks[id] = n;
  json levels = json::object();
  for (const auto& [level, n] : s.roles_per_level) levels[std::to_string(level)] = n;
  return {{"graph", g.name()},
          {"roles", s.roles},
          {"skills", s.skills},
          {"transitions", s.transitions},
          {"tracks", s.roles_per_track.size()},
          {"roles_per_track", std::move(tracks)},
          {"roles_per_level", std::move(levels)},
          {"transitions_per_kind", s.transitions_per_kind},
          {"skills_per_category", s.skills_per_category},
          {"mean_moves_out", s.mean_moves_out},
          {"max_rate_out", {{"role", s.max_rate_out_role}, {"sum", s.max_rate_out}}},
          {"strong_components", s.strong_components},
          {"largest_strong_component", s.largest_strong_component},
          {"no_moves_in", s.no_moves_in},
          {"no_moves_out", s.no_moves_out},
          {"isolated", s.isolated},
          {"roles_without_requirements", s.roles_without_requirements}};
}

json graph_validation_json(const std::string& name, const GraphStats& s) {
  return {{"valid", true},           {"graph", name},
          {"roles", s.roles},        {"skills", s.skills},
          {"transitions", s.transitions}, {"warnings", graph_warnings(s)}};
}

json dot_json(const RoleGraph& graph, const std::optional<std::string>& dot, const std::vector<std::string>& written) {
  json out = {{"graph", graph.name()}, {"format", "graphviz-dot"}};
  if (dot) out["dot"] = *dot;
  if (!written.empty()) out["written"] = written;
  return out;
}

}  // namespace careerpath::report
