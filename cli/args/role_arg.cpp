#include "args/role_arg.hpp"

#include "careerpath/model/resolver.hpp"
#include "command.hpp"

namespace careerpath::cli {

RoleChoice resolve_role_arg(const RoleGraph& graph, const std::string& name) {
  const Resolution r = resolve_role(graph, name);
  if (!r.accepted()) throw UsageError(resolution_error(graph, r));
  RoleChoice choice{.role = *r.chosen(), .note = resolution_note(graph, r)};
  for (std::size_t i = 1; i < r.candidates.size(); ++i) choice.other_candidates.push_back(r.candidates[i].index);
  return choice;
}

}  // namespace careerpath::cli
