#include "args/role_arg.hpp"

#include "careerpath/util/limits.hpp"
#include "careerpath/util/unknown_name.hpp"
#include "careerpath/model/title_search.hpp"
#include "command.hpp"

namespace careerpath::cli {

RoleChoice resolve_role_arg(const RoleGraph& graph, const std::string& name) {
  if (name.size() > limits::kMaxNameBytes) {
    throw UsageError("a role name of " + std::to_string(name.size()) + " bytes is longer than the limit of " +
                     std::to_string(limits::kMaxNameBytes));
  }
  RoleChoice choice{.query = name};
  const std::vector<std::size_t> named = graph.roles_named(name);
  if (!named.empty()) {
    choice.role = named.front();
    choice.other_candidates.assign(named.begin() + 1, named.end());
    return choice;
  }
  // Not a name the graph lists: look for titles sharing its words, weighted
  // by rarity ("Technical Program Manager" finds "IT Program Manager").
  // A close match is taken and reported; weaker ones become suggestions.
  constexpr double kConfidentMatch = 0.75;
  const std::vector<TitleMatch> by_words = search_titles(graph, name, 5);
  if (!by_words.empty() && by_words.front().score >= kConfidentMatch) {
    choice.role = by_words.front().role;
    choice.matched_by_words = by_words.front().name;
    for (std::size_t i = 1; i < by_words.size(); ++i) choice.other_candidates.push_back(by_words[i].role);
    return choice;
  }
  std::vector<std::string> names;
  for (const TitleMatch& m : by_words) names.push_back(graph.role(m.role).title);
  if (!names.empty()) {
    names.resize(std::min<std::size_t>(names.size(), 3));
    throw UsageError(unknown_name_message("role", name, names));
  }
  for (const Role& r : graph.roles()) {
    names.push_back(r.id);
    names.push_back(r.title);
  }
  throw UsageError(unknown_name_message("role", name, closest_matches(name, names), " (see careerpath roles)"));
}

std::string ambiguity_note(const RoleGraph& graph, const RoleChoice& choice) {
  std::string note;
  if (!choice.matched_by_words.empty()) {
    note = "'" + choice.query + "' is not a listed title; taken as " + graph.role(choice.role).title + " (as '" +
           choice.matched_by_words + "')";
    if (choice.other_candidates.empty()) return note;
    note += "; other candidates: ";
  } else {
    if (choice.other_candidates.empty()) return "";
    note = "'" + choice.query + "' also names: ";
  }
  const std::size_t shown = std::min<std::size_t>(choice.other_candidates.size(), 5);
  for (std::size_t i = 0; i < shown; ++i) {
    const Role& r = graph.role(choice.other_candidates[i]);
    note += (i ? ", " : "") + r.id + " (" + r.title + ")";
  }
  if (choice.other_candidates.size() > shown) note += " and " + std::to_string(choice.other_candidates.size() - shown) + " more";
  return note;
}

}  // namespace careerpath::cli
