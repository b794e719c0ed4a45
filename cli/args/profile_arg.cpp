#include "args/profile_arg.hpp"

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
  return who + ", " + graph.role(person.current_role).title + " for " + format_number(person.years_in_role) +
         (person.years_in_role == 1.0 ? " year" : " years");
}

}  // namespace careerpath::cli
