// A role named on the command line, read by the engine's one resolver
// (careerpath/model/resolver.hpp): id, title or alias in any case, or a job
// title found by its words. A likely match is taken with a note for the user;
// an unknown, ambiguous or weak one is refused listing the candidates.
#pragma once

#include <string>
#include <vector>

#include "careerpath/model/role_graph.hpp"

namespace careerpath::cli {

struct RoleChoice {
  std::size_t role = 0;
  std::string note{};                           // how the name was read, when not exactly
  std::vector<std::size_t> other_candidates{};  // the runners-up of a likely match
};

// Throws UsageError for a name that is not taken.
[[nodiscard]] RoleChoice resolve_role_arg(const RoleGraph& graph, const std::string& name);

}  // namespace careerpath::cli
