#include "careerpath/report/explain.hpp"

#include <optional>

#include "careerpath/util/number_format.hpp"
#include "careerpath/report/table.hpp"

namespace careerpath::report {
namespace {

// The goal a role brings closest, and how many moves it is from there.
struct GoalAhead {
  std::size_t goal = 0;
  int hops = 0;
};

std::optional<GoalAhead> closest_goal(const Recommender& recommender, const Profile& person,
                                      const Recommendation& rec) {
  std::optional<GoalAhead> best;
  for (std::size_t goal : person.goals) {
    const int hops = recommender.hops_to(goal)[rec.role];
    if (hops > 0 && (!best || hops < best->hops)) best = GoalAhead{.goal = goal, .hops = hops};
  }
  return best;
}

void append_levels(std::string& out, int n) {
  out += std::to_string(n);
  out += n == 1 ? " level" : " levels";
}

// `person`, when given, marks the levels that were assumed rather than stated.
void append_gaps(std::string& out, const RoleGraph& graph, const std::vector<SkillGap>& gaps,
                 const Profile* person = nullptr) {
  for (std::size_t i = 0; i < gaps.size(); ++i) {
    if (i > 0) out += ", ";
    out += graph.skills()[gaps[i].skill].name;
    out += ' ';
    append_number(out, gaps[i].have);
    if (person != nullptr && is_assumed(*person, gaps[i].skill)) out += " (assumed)";
    out += " -> ";
    append_number(out, gaps[i].need);
  }
}

}  // namespace

std::string describe_gaps(const RoleGraph& graph, const std::vector<SkillGap>& gaps) {
  std::string out;
  append_gaps(out, graph, gaps);
  return out;
}

void explain(const Recommender& recommender, const Profile& person, const Recommendation& rec, Reasons& reasons) {
  const RoleGraph& g = recommender.graph();
  const Role& current = g.role(person.current_role);
  const Role& role = g.role(rec.role);
  reasons.clear();
  std::string& s = reasons.text();

  s += "you meet ";
  append_percent(s, rec.components.fit);
  s += " of its importance-weighted skill requirements";
  // The O*NET importer marks requirements it had to impute (docs/onet.md).
  if (role.source.starts_with("imputed")) s += " (its levels are imputed from similar occupations: O*NET has no ratings for it)";
  if (const double assumed = assumed_share(g, person, rec.role); assumed >= 0.005) {
    s += " (";
    append_percent(s, assumed);
    s += person.baseline == Baseline::kCurrentRole ? " of that weight rests on levels assumed typical for "
                                                   : " of that weight is on skills you did not state, taken as 0";
    if (person.baseline == Baseline::kCurrentRole) s += current.title;
    s += ')';
  }
  reasons.end_reason();

  if (rec.transition) {
    const Transition& t = g.transition(*rec.transition);
    // The O*NET importer appends what a move needs beyond experience (a
    // degree or licence the current role does not usually ask for): such a
    // move is not a usual step, and the reason says what it requires.
    const std::size_t requires_at = t.rationale.find("; requires ");
    if (requires_at == std::string::npos) {
      s += "a usual ";
      s += to_string(t.kind);
      s += " from ";
      s += current.title;
    } else {
      s += "not a usual step from ";
      s += current.title;
      s += ": it ";
      s += std::string_view(t.rationale).substr(requires_at + 2);
    }
    s += " (";
    append_percent(s, t.rate);
    s += " a year for someone qualified";
    if (rec.years_until_usual > 0.0) {
      s += ", usual after ";
      append_number(s, t.min_years);
      s += " years in role: ";
      append_fixed(s, rec.years_until_usual, 1);
      s += " more to go";
    }
    s += ')';
  } else {
    s += "no usual direct move from ";
    s += current.title;
    s += ": an unusual jump";
  }
  reasons.end_reason();

  if (rec.is_goal) {
    s += "it is one of your goals";
    reasons.end_reason();
  } else if (const std::optional<GoalAhead> ahead = closest_goal(recommender, person, rec);
             ahead && rec.components.goal > 0.0) {
    s += "it leads towards your goal ";
    s += g.role(ahead->goal).title;
    s += " (";
    s += std::to_string(ahead->hops);
    s += ahead->hops == 1 ? " move" : " moves";
    s += " from there)";
    reasons.end_reason();
  }

  const double preference = rec.components.preference;
  const std::string& track = g.tracks()[role.track].name;
  if (preference > 0.0 || preference < 0.0) {
    s += preference > 0.0 ? "you prefer the " : "you would rather avoid the ";
    s += track;
    s += " track";
    reasons.end_reason();
  }
  if (rec.level_change != 0) {
    s += rec.level_change > 0 ? "a step up of " : "a step back of ";
    append_levels(s, rec.level_change > 0 ? rec.level_change : -rec.level_change);
    reasons.end_reason();
  }
  if (!rec.top_gaps.empty()) {
    s += "build first: ";
    append_gaps(s, g, rec.top_gaps, &person);
    reasons.end_reason();
  }
}

std::vector<std::string> explain(const Recommender& recommender, const Profile& person, const Recommendation& rec) {
  Reasons reasons;
  explain(recommender, person, rec, reasons);
  std::vector<std::string> texts;
  texts.reserve(reasons.size());
  for (std::size_t i = 0; i < reasons.size(); ++i) texts.emplace_back(reasons[i]);
  return texts;
}

std::vector<std::string> assumption_warnings(const RoleGraph& graph, const Profile& person,
                                             const std::vector<std::size_t>& roles) {
  if (roles.empty() || person.sources.empty()) return {};
  double share = 0.0;
  for (std::size_t r : roles) share += assumed_share(graph, person, r);
  share /= static_cast<double>(roles.size());
  if (share <= kMostlyAssumed) return {};
  std::string s = "most of this answer rests on assumed skill levels: ";
  append_percent(s, share);
  s += roles.size() == 1 ? " of the skill weight behind it" : " of the skill weight behind these roles";
  s += person.baseline == Baseline::kCurrentRole ? " is levels assumed typical for " + graph.role(person.current_role).title
                                                 : " is on skills you did not state, taken as 0";
  s += " (you stated " + std::to_string(stated_count(person)) + " of " + std::to_string(graph.skill_count()) +
       " levels); state the levels where you differ ('careerpath skills' lists them)";
  return {s};
}

}  // namespace careerpath::report
