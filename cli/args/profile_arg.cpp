#include "args/profile_arg.hpp"

#include <cstdio>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/io/profile_io.hpp"

namespace careerpath::cli {

Profile load_profile_arg(Context& ctx, const std::string& path) {
  Profile person = value_or_throw(load_profile(path, ctx.graph()));
  write_notes(person.notes);
  return person;
}

std::string person_line(const RoleGraph& graph, const Profile& person) {
  const std::string who = person.name.empty() ? person.id : person.name;
  const std::string& title = graph.role(person.current_role).title;
  std::string line = who + ", " + title + " for " + format_number(person.years_in_role) +
                     (person.years_in_role == 1.0 ? " year" : " years");
  if (person.sources.empty()) return line;
  const std::size_t stated = stated_count(person);
  line += " (" + std::to_string(stated) + " of " + std::to_string(graph.skill_count()) + " skill levels stated";
  if (stated < graph.skill_count()) {
    line += person.baseline == Baseline::kCurrentRole ? ", the rest assumed at a typical " + title + "'s level"
                                                      : ", the rest taken as 0";
  }
  return line + ")";
}

void write_warnings(const std::vector<std::string>& warnings) {
  for (const std::string& w : warnings) std::fprintf(stderr, "careerpath: warning: %s\n", w.c_str());
}

}  // namespace careerpath::cli
