#include "careerpath/report/recommend_line.hpp"

#include "careerpath/report/json_writer.hpp"

#include <algorithm>

#include "careerpath/report/explain.hpp"

namespace careerpath::report {
namespace {

// Each object's members below are written in sorted key order, as dump()
// writes them; the comments name report_json.cpp's builder it mirrors.

// role_ref_json
void append_role_ref(std::string& out, const RoleGraph& graph, std::size_t index) {
  const Role& role = graph.role(index);
  out += '{';
  if (!role.code.empty()) {
    out += "\"code\":";
    append_json_string(out, role.code);
    out += ',';
  }
  out += "\"id\":";
  append_json_string(out, role.id);
  out += ",\"level\":";
  append_json_integer(out, role.level);
  out += ",\"title\":";
  append_json_string(out, role.title);
  out += ",\"track\":";
  append_json_string(out, graph.tracks()[role.track].id);
  out += '}';
}

// weights_json and components_json: the same five keys.
void append_five_parts(std::string& out, double fit, double move, double goal, double preference, double seniority) {
  out += "{\"fit\":";
  append_json_double(out, fit);
  out += ",\"goal\":";
  append_json_double(out, goal);
  out += ",\"move\":";
  append_json_double(out, move);
  out += ",\"preference\":";
  append_json_double(out, preference);
  out += ",\"seniority\":";
  append_json_double(out, seniority);
  out += '}';
}

void append_components(std::string& out, const ScoreComponents& c) {
  append_five_parts(out, c.fit, c.move, c.goal, c.preference, c.seniority);
}

// person_json
void append_person(std::string& out, const RoleGraph& graph, const Profile& person) {
  out += "{\"baseline\":";
  append_json_string(out, to_string(person.baseline));
  out += ",\"current_role\":";
  append_role_ref(out, graph, person.current_role);
  out += ",\"id\":";
  append_json_string(out, person.id);
  if (!person.name.empty()) {
    out += ",\"name\":";
    append_json_string(out, person.name);
  }
  out += ",\"stated_skills\":{";
  bool first = true;
  // stated_skills_json: keys in byte order, as dump() sorts them.
  std::vector<std::size_t> stated;
  for (std::size_t s = 0; s < graph.skill_count(); ++s) {
    if (!is_assumed(person, s)) stated.push_back(s);
  }
  std::sort(stated.begin(), stated.end(),
            [&](std::size_t a, std::size_t b) { return graph.skills()[a].id < graph.skills()[b].id; });
  for (std::size_t s : stated) {
    if (!first) out += ',';
    first = false;
    append_json_string(out, graph.skills()[s].id);
    out += ':';
    append_json_string(out, to_string(source_of(person, s)));
  }
  out += "},\"years_in_role\":";
  append_json_double(out, person.years_in_role);
  out += '}';
}

// skill_gap_json
void append_skill_gap(std::string& out, const RoleGraph& graph, const SkillGap& gap) {
  const Skill& skill = graph.skills()[gap.skill];
  out += "{\"have\":";
  append_json_double(out, gap.have);
  out += ",\"importance\":";
  append_json_double(out, gap.importance);
  out += ",\"name\":";
  append_json_string(out, skill.name);
  out += ",\"need\":";
  append_json_double(out, gap.need);
  out += ",\"shortfall\":";
  append_json_double(out, gap.shortfall);
  out += ",\"skill\":";
  append_json_string(out, skill.id);
  out += ",\"weighted_shortfall\":";
  append_json_double(out, gap.weighted);
  out += '}';
}

// The usual move of a recommendation, or null.
void append_move(std::string& out, const RoleGraph& graph, const Recommendation& rec) {
  if (!rec.transition) {
    out += "null";
    return;
  }
  const Transition& t = graph.transition(*rec.transition);
  out += "{\"kind\":";
  append_json_string(out, to_string(t.kind));
  out += ",\"min_years\":";
  append_json_double(out, t.min_years);
  out += ",\"rate\":";
  append_json_double(out, t.rate);
  out += ",\"years_until_usual\":";
  append_json_double(out, rec.years_until_usual);
  out += '}';
}

// One element of "recommendations".
void append_recommendation(std::string& out, const Recommender& recommender, const Profile& person,
                           const Recommendation& rec, std::size_t rank, Reasons& reasons) {
  const RoleGraph& g = recommender.graph();
  out += "{\"assumed_share\":";
  append_json_double(out, assumed_share(g, person, rec.role));
  out += ",\"components\":";
  append_components(out, rec.components);
  out += ",\"contributions\":";
  append_components(out, rec.contributions);
  out += ",\"is_goal\":";
  append_json_bool(out, rec.is_goal);
  out += ",\"level_change\":";
  append_json_integer(out, rec.level_change);
  out += ",\"move\":";
  append_move(out, g, rec);
  out += ",\"rank\":";
  append_json_integer(out, rank);
  out += ",\"reasons\":[";
  explain(recommender, person, rec, reasons);
  for (std::size_t i = 0; i < reasons.size(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, reasons[i]);
  }
  out += "],\"role\":";
  append_role_ref(out, g, rec.role);
  out += ",\"score\":";
  append_json_double(out, rec.score);
  out += ",\"skills_to_build\":[";
  for (std::size_t i = 0; i < rec.top_gaps.size(); ++i) {
    if (i > 0) out += ',';
    append_skill_gap(out, g, rec.top_gaps[i]);
  }
  out += "]}";
}

}  // namespace

// recommendations_to_json
void append_recommend_line(const Recommender& recommender, const Profile& person,
                           const std::vector<Recommendation>& recommendations, const RecommendOptions& options,
                           Reasons& reasons, std::string& out) {
  const RoleGraph& g = recommender.graph();
  out += "{\"graph\":";
  append_json_string(out, g.name());
  out += ",\"horizon_years\":";
  append_json_double(out, options.horizon_years);
  out += ",\"person\":";
  append_person(out, g, person);
  out += ",\"recommendations\":[";
  for (std::size_t i = 0; i < recommendations.size(); ++i) {
    if (i > 0) out += ',';
    append_recommendation(out, recommender, person, recommendations[i], i + 1, reasons);
  }
  // Keys in the document's (sorted) order: "warnings" before "weights".
  out += "],\"warnings\":[";
  std::vector<std::size_t> roles;
  for (const Recommendation& rec : recommendations) roles.push_back(rec.role);
  const std::vector<std::string> warnings = assumption_warnings(g, person, roles);
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, warnings[i]);
  }
  out += "],\"weights\":";
  const ScoreWeights w = options.weights.value_or(g.scoring());
  append_five_parts(out, w.fit, w.move, w.goal, w.preference, w.seniority);
  out += "}";
}

}  // namespace careerpath::report
