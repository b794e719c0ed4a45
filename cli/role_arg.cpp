#include "role_arg.hpp"

#include "careerpath/text_match.hpp"
#include "command.hpp"

namespace careerpath::cli {

RoleChoice resolve_role_arg(const RoleGraph& graph, const std::string& name) {
  RoleChoice choice{.query = name};
  const std::vector<std::size_t> named = graph.roles_named(name);
  if (!named.empty()) {
    choice.role = named.front();
    choice.other_candidates.assign(named.begin() + 1, named.end());
    return choice;
  }
  std::vector<std::string> names;
  for (const Role& r : graph.roles()) {
    names.push_back(r.id);
    names.push_back(r.title);
  }
  const std::string hint = did_you_mean(closest_matches(name, names));
  throw UsageError("unknown role '" + name + "'" + (hint.empty() ? " (see careerpath roles)" : "; " + hint));
}

std::string ambiguity_note(const RoleGraph& graph, const RoleChoice& choice) {
  if (choice.other_candidates.empty()) return "";
  std::string note = "'" + choice.query + "' also names: ";
  const std::size_t shown = std::min<std::size_t>(choice.other_candidates.size(), 5);
  for (std::size_t i = 0; i < shown; ++i) {
    const Role& r = graph.role(choice.other_candidates[i]);
    note += (i ? ", " : "") + r.id + " (" + r.title + ")";
  }
  if (choice.other_candidates.size() > shown) note += " and " + std::to_string(choice.other_candidates.size() - shown) + " more";
  return note;
}

}  // namespace careerpath::cli
