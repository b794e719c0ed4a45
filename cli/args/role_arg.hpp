// Resolving a role named on the command line: by id, title or alias,
// ignoring case. An unknown name gets the closest matches suggested; an
// ambiguous title picks the best match and reports the other candidates.
#pragma once

#include <string>
#include <vector>

#include "careerpath/model/role_graph.hpp"

namespace careerpath::cli {

struct RoleChoice {
  std::size_t role = 0;
  std::string query{};
  std::vector<std::size_t> other_candidates{};  // other roles with that name
  std::string matched_by_words{};  // a title or alias chosen by word search, when no name matched exactly
};

// Throws UsageError for an unknown name.
[[nodiscard]] RoleChoice resolve_role_arg(const RoleGraph& graph, const std::string& name);

// "'Scrum Master' is also a title of: 'a' (A), 'b' (B)" or "" when unambiguous.
[[nodiscard]] std::string ambiguity_note(const RoleGraph& graph, const RoleChoice& choice);

}  // namespace careerpath::cli
