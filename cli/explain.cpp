#include "explain.hpp"

#include <cmath>

#include "careerpath/json_reader.hpp"
#include "table.hpp"

namespace careerpath::cli {
namespace {

std::string levels_word(int n) { return std::to_string(n) + (n == 1 ? " level" : " levels"); }

std::string goal_reason(const Recommender& recommender, const Profile& person, const Recommendation& rec) {
  const RoleGraph& g = recommender.graph();
  if (rec.is_goal) return "it is one of your goals";
  // Name the goal this role brings closest.
  int best = -1;
  std::size_t best_goal = 0;
  for (std::size_t goal : person.goals) {
    const int hops = recommender.hops_to(goal)[rec.role];
    if (hops > 0 && (best < 0 || hops < best)) {
      best = hops;
      best_goal = goal;
    }
  }
  if (best < 0 || rec.components.goal <= 0.0) return "";
  return "it leads towards your goal " + g.role(best_goal).title + " (" + std::to_string(best) +
         (best == 1 ? " move" : " moves") + " from there)";
}

}  // namespace

std::string describe_gaps(const RoleGraph& graph, const std::vector<SkillGap>& gaps) {
  std::string out;
  for (const SkillGap& gap : gaps) {
    if (!out.empty()) out += ", ";
    out += graph.skills()[gap.skill].name + " " + format_number(gap.have) + " -> " + format_number(gap.need);
  }
  return out;
}

std::vector<std::string> explain(const Recommender& recommender, const Profile& person, const Recommendation& rec) {
  const RoleGraph& g = recommender.graph();
  const Role& current = g.role(person.current_role);
  const Role& role = g.role(rec.role);
  std::vector<std::string> reasons;

  reasons.push_back("you meet " + percent(rec.components.fit) + " of its importance-weighted skill requirements");
  if (rec.transition) {
    const Transition& t = g.transition(*rec.transition);
    std::string move = "a usual " + std::string(to_string(t.kind)) + " from " + current.title + " (" +
                       percent(t.rate) + " a year for someone qualified";
    move += rec.years_until_usual > 0.0 ? ", usual after " + format_number(t.min_years) + " years in role: " +
                                              fixed(rec.years_until_usual, 1) + " more to go)"
                                        : ")";
    reasons.push_back(move);
  } else {
    reasons.push_back("no usual direct move from " + current.title + ": an unusual jump");
  }
  if (std::string goal = goal_reason(recommender, person, rec); !goal.empty()) reasons.push_back(goal);
  const double preference = rec.components.preference;
  const std::string& track = g.tracks()[role.track].name;
  if (preference > 0.0) reasons.push_back("you prefer the " + track + " track");
  if (preference < 0.0) reasons.push_back("you would rather avoid the " + track + " track");
  if (rec.level_change > 0) reasons.push_back("a step up of " + levels_word(rec.level_change));
  if (rec.level_change < 0) reasons.push_back("a step back of " + levels_word(-rec.level_change));
  if (!rec.top_gaps.empty()) reasons.push_back("build first: " + describe_gaps(g, rec.top_gaps));
  return reasons;
}

}  // namespace careerpath::cli
