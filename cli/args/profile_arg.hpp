// Loading the profile named on the command line against the current graph.
#pragma once

#include <string>
#include <vector>

#include "careerpath/model/profile.hpp"
#include "command.hpp"

namespace careerpath::cli {

// Throws InputError naming the file and place on any problem.
[[nodiscard]] Profile load_profile_arg(Context& ctx, const std::string& path);

// "Priya Raman, Program Manager for 3.5 years (4 of 20 skill levels stated,
// the rest assumed at a typical Program Manager's level)"
[[nodiscard]] std::string person_line(const RoleGraph& graph, const Profile& person);

// One line each on stderr: "careerpath: warning: ...".
void write_warnings(const std::vector<std::string>& warnings);

}  // namespace careerpath::cli
