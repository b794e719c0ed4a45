// Structural facts about a role graph, for `graph stats` and `graph validate`:
// counts by track, kind and category, connectivity (Boost strong
// components), and the roles people cannot reach or cannot leave.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "careerpath/model/role_graph.hpp"

namespace careerpath {

struct GraphStats {
  std::size_t roles = 0;
  std::size_t skills = 0;
  std::size_t transitions = 0;
  std::vector<std::pair<std::string, std::size_t>> roles_per_track{};      // in track order
  std::map<std::string, std::size_t> transitions_per_kind{};               // promotion, lateral, ...
  std::map<std::string, std::size_t> skills_per_category{};
  std::map<int, std::size_t> roles_per_level{};
  double mean_moves_out = 0.0;
  double max_rate_out = 0.0;  // the largest sum of rates out of one role
  std::string max_rate_out_role{};
  std::size_t strong_components = 0;
  std::size_t largest_strong_component = 0;
  std::vector<std::string> no_moves_in{};   // entry roles: nobody moves into them
  std::vector<std::string> no_moves_out{};  // dead ends: nobody leaves them by a usual move
  std::vector<std::string> isolated{};      // neither
  std::size_t roles_without_requirements = 0;
};

[[nodiscard]] GraphStats graph_stats(const RoleGraph& graph);

}  // namespace careerpath
