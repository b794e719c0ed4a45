#include "careerpath/report/report_json.hpp"

#include <algorithm>

#include "careerpath/report/explain.hpp"
#include "careerpath/report/time_words.hpp"

namespace careerpath::report {

using nlohmann::json;

json role_ref_json(const RoleGraph& graph, std::size_t role) {
  const Role& r = graph.role(role);
  json j = {{"id", r.id}, {"title", r.title}, {"track", graph.tracks()[r.track].id}, {"level", r.level}};
  if (!r.code.empty()) j["code"] = r.code;
  return j;
}

json skill_gap_json(const RoleGraph& graph, const SkillGap& gap) {
  return {{"skill", graph.skills()[gap.skill].id}, {"name", graph.skills()[gap.skill].name},
          {"have", gap.have},     {"need", gap.need},
          {"importance", gap.importance}, {"shortfall", gap.shortfall},
          {"weighted_shortfall", gap.weighted}};
}

json weights_json(const ScoreWeights& w) {
  return {{"fit", w.fit}, {"move", w.move}, {"goal", w.goal}, {"preference", w.preference}, {"seniority", w.seniority}};
}

namespace {

json components_json(const ScoreComponents& c) {
  return {{"fit", c.fit}, {"move", c.move}, {"goal", c.goal}, {"preference", c.preference}, {"seniority", c.seniority}};
}

json stated_skills_json(const RoleGraph& graph, const Profile& person) {
  json stated = json::object();
  for (std::size_t s = 0; s < graph.skill_count(); ++s) {
    if (!is_assumed(person, s)) stated[graph.skills()[s].id] = to_string(source_of(person, s));
  }
  return stated;
}

json person_json(const RoleGraph& graph, const Profile& person) {
  json j = {{"id", person.id}, {"current_role", role_ref_json(graph, person.current_role)},
            {"years_in_role", person.years_in_role}};
  if (!person.name.empty()) j["name"] = person.name;
  j["baseline"] = to_string(person.baseline);
  j["stated_skills"] = stated_skills_json(graph, person);
  return j;
}

json step_json(const RoleGraph& graph, const PathStep& step) {
  json gaps = json::array();
  for (const SkillGap& g : step.skills_to_build) gaps.push_back(skill_gap_json(graph, g));
  return {{"from", graph.role(step.from).id},
          {"to", role_ref_json(graph, step.to)},
          {"kind", to_string(step.kind)},
          {"rate", step.rate},
          {"typical_years", step.typical_years},
          {"wait_years", step.wait_years},
          {"learn_years", step.learn_years},
          {"land_years", step.land_years},
          {"expected_years", step.expected_years},
          {"years", years_json(step.years)},
          {"skills_to_build", std::move(gaps)}};
}

}  // namespace

std::vector<std::size_t> roles_in_listing_order(const RoleGraph& g, std::optional<std::size_t> track) {
  std::vector<std::size_t> roles;
  for (std::size_t r = 0; r < g.role_count(); ++r) {
    if (!track || g.role(r).track == *track) roles.push_back(r);
  }
  std::stable_sort(roles.begin(), roles.end(), [&](std::size_t a, std::size_t b) {
    const Role& x = g.role(a);
    const Role& y = g.role(b);
    if (x.track != y.track) return x.track < y.track;
    if (x.level != y.level) return x.level < y.level;
    return x.id < y.id;
  });
  return roles;
}

json roles_to_json(const RoleGraph& g, std::optional<std::size_t> track) {
  json list = json::array();
  for (std::size_t r : roles_in_listing_order(g, track)) {
    json j = role_ref_json(g, r);
    j["moves_out"] = g.moves_from(r).size();
    j["moves_in"] = g.moves_into(r).size();
    list.push_back(std::move(j));
  }
  json out = {{"graph", g.name()}, {"roles", std::move(list)}};
  if (!g.attribution().empty()) out["attribution"] = g.attribution();
  return out;
}

std::vector<RoleRequirement> requirements_by_importance(const RoleGraph& g, std::size_t role) {
  std::vector<RoleRequirement> reqs = g.requirement_list(role);
  std::sort(reqs.begin(), reqs.end(), [&](const RoleRequirement& a, const RoleRequirement& b) {
    if (a.importance != b.importance) return a.importance > b.importance;
    if (a.level != b.level) return a.level > b.level;
    return g.skills()[a.skill].id < g.skills()[b.skill].id;
  });
  return reqs;
}

namespace {

json move_json(const RoleGraph& g, const Transition& t, std::size_t other) {
  json j = {{"role", role_ref_json(g, other)}, {"kind", to_string(t.kind)}, {"rate", t.rate}, {"min_years", t.min_years}};
  if (!t.source.empty()) j["source"] = t.source;
  if (!t.rationale.empty()) j["rationale"] = t.rationale;
  return j;
}

}  // namespace

json role_to_json(const RoleGraph& g, std::size_t r, const std::vector<std::size_t>& other_candidates) {
  const Role& role = g.role(r);
  json j = role_ref_json(g, r);
  j["description"] = role.description;
  j["aliases"] = role.aliases;
  j["source"] = role.source;
  json requirements = json::array();
  for (const RoleRequirement& q : requirements_by_importance(g, r)) {
    requirements.push_back({{"skill", g.skills()[q.skill].id}, {"name", g.skills()[q.skill].name},
                            {"category", g.skills()[q.skill].category}, {"level", q.level}, {"importance", q.importance}});
  }
  j["requirements"] = std::move(requirements);
  json out_moves = json::array();
  for (std::size_t t : g.moves_from(r)) out_moves.push_back(move_json(g, g.transition(t), g.transition(t).to));
  json in_moves = json::array();
  for (std::size_t t : g.moves_into(r)) in_moves.push_back(move_json(g, g.transition(t), g.transition(t).from));
  j["moves_out"] = std::move(out_moves);
  j["moves_in"] = std::move(in_moves);
  if (!other_candidates.empty()) {
    json others = json::array();
    for (std::size_t o : other_candidates) others.push_back(role_ref_json(g, o));
    j["other_candidates"] = std::move(others);
  }
  if (!g.attribution().empty()) j["attribution"] = g.attribution();
  return j;
}

json recommendations_to_json(const Recommender& recommender, const Profile& person,
                             const std::vector<Recommendation>& recommendations, const RecommendOptions& options) {
  const RoleGraph& g = recommender.graph();
  json list = json::array();
  for (std::size_t i = 0; i < recommendations.size(); ++i) {
    const Recommendation& rec = recommendations[i];
    json move = nullptr;
    if (rec.transition) {
      const Transition& t = g.transition(*rec.transition);
      move = {{"kind", to_string(t.kind)}, {"rate", t.rate}, {"min_years", t.min_years},
              {"years_until_usual", rec.years_until_usual}};
    }
    json gaps = json::array();
    for (const SkillGap& gap : rec.top_gaps) gaps.push_back(skill_gap_json(g, gap));
    list.push_back({{"rank", i + 1},
                    {"role", role_ref_json(g, rec.role)},
                    {"score", rec.score},
                    {"components", components_json(rec.components)},
                    {"contributions", components_json(rec.contributions)},
                    {"move", std::move(move)},
                    {"level_change", rec.level_change},
                    {"assumed_share", assumed_share(g, person, rec.role)},
                    {"is_goal", rec.is_goal},
                    {"skills_to_build", std::move(gaps)},
                    {"reasons", explain(recommender, person, rec)}});
  }
  std::vector<std::size_t> roles;
  for (const Recommendation& rec : recommendations) roles.push_back(rec.role);
  return {{"person", person_json(g, person)},
          {"graph", g.name()},
          {"weights", weights_json(options.weights.value_or(g.scoring()))},
          {"horizon_years", options.horizon_years},
          {"recommendations", std::move(list)},
          {"warnings", assumption_warnings(g, person, roles)}};
}

json gap_to_json(const RoleGraph& graph, const Profile& person, const GapReport& report) {
  json skills = json::array();
  for (const SkillGap& gap : report.skills) {
    json entry = skill_gap_json(graph, gap);
    entry["source"] = to_string(source_of(person, gap.skill));
    skills.push_back(std::move(entry));
  }
  return {{"person", person_json(graph, person)},
          {"assumed_share", assumed_share(graph, person, report.role)},
          {"warnings", assumption_warnings(graph, person, {report.role})},
          {"graph", graph.name()},
          {"role", role_ref_json(graph, report.role)},
          {"readiness", report.readiness},
          {"weighted_shortfall", report.weighted_shortfall},
          {"skills_met", report.skills_met},
          {"skills_required", report.skills.size()},
          {"skills", std::move(skills)}};
}

json skill_payoffs_json(const RoleGraph& graph, const std::vector<SkillPayoff>& payoffs) {
  json out = json::array();
  for (const SkillPayoff& p : payoffs) {
    out.push_back({{"skill", graph.skills()[p.skill].id},
                   {"name", graph.skills()[p.skill].name},
                   {"have", p.have},
                   {"need", p.need},
                   {"fit_before", p.fit_before},
                   {"fit_after", p.fit_after},
                   {"median_years_before", p.years_before},
                   {"median_years_after", p.years_after},
                   {"years_saved", p.years_before - p.years_after}});
  }
  return out;
}

json paths_to_json(const RoleGraph& graph, const Profile& person, std::size_t target, const std::vector<CareerPath>& paths,
                   const std::vector<SkillPayoff>* payoffs) {
  json routes = json::array();
  for (std::size_t i = 0; i < paths.size(); ++i) {
    json steps = json::array();
    for (const PathStep& step : paths[i].steps) steps.push_back(step_json(graph, step));
    routes.push_back({{"rank", i + 1},
                      {"total_years", paths[i].total_years},
                      {"years", years_json(paths[i].years)},
                      {"mean_years", paths[i].mean_years},
                      {"beyond_career_stage", paths[i].beyond_career_stage},
                      {"steps", std::move(steps)}});
  }
  json doc = {{"person", person_json(graph, person)},
          {"graph", graph.name()},
          {"target", role_ref_json(graph, target)},
          {"years_meaning", kYearsMeaning},
          {"time_model", "per step max(wait, learn) + land; total_years is the route's median, expected_years a step's mean"},
          {"routes", std::move(routes)},
          {"warnings", assumption_warnings(graph, person, {target})}};
  if (payoffs) doc["skill_payoffs"] = skill_payoffs_json(graph, *payoffs);
  return doc;
}

}  // namespace careerpath::report
