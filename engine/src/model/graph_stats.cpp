#include "careerpath/model/graph_stats.hpp"

#include <algorithm>

#include <boost/graph/strong_components.hpp>

namespace careerpath {

GraphStats graph_stats(const RoleGraph& g) {
  GraphStats s;
  s.roles = g.role_count();
  s.skills = g.skill_count();
  s.transitions = g.transitions().size();
  for (const Track& t : g.tracks()) s.roles_per_track.emplace_back(t.id, 0);
  for (const Role& r : g.roles()) {
    ++s.roles_per_track[r.track].second;
    ++s.roles_per_level[r.level];
  }
  for (const Transition& t : g.transitions()) ++s.transitions_per_kind[std::string(to_string(t.kind))];
  for (const Skill& k : g.skills().skills()) ++s.skills_per_category[k.category];
  for (std::size_t r = 0; r < g.role_count(); ++r) {
    double rate = 0.0;
    for (std::size_t t : g.moves_from(r)) rate += g.transition(t).rate;
    if (rate > s.max_rate_out) {
      s.max_rate_out = rate;
      s.max_rate_out_role = g.role(r).id;
    }
    const bool in = !g.moves_into(r).empty();
    const bool out = !g.moves_from(r).empty();
    if (!in && !out) {
      s.isolated.push_back(g.role(r).id);
    } else if (!in) {
      s.no_moves_in.push_back(g.role(r).id);
    } else if (!out) {
      s.no_moves_out.push_back(g.role(r).id);
    }
    if (g.requirement_list(r).empty()) ++s.roles_without_requirements;
  }
  s.mean_moves_out = s.roles ? static_cast<double>(s.transitions) / static_cast<double>(s.roles) : 0.0;
  if (s.roles > 0) {
    std::vector<std::size_t> component(s.roles);
    s.strong_components = boost::strong_components(g.graph(), component.data());
    std::vector<std::size_t> sizes(s.strong_components, 0);
    for (std::size_t c : component) ++sizes[c];
    s.largest_strong_component = *std::max_element(sizes.begin(), sizes.end());
  }
  return s;
}

}  // namespace careerpath
