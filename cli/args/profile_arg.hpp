// Loading the profile named on the command line against the current graph.
#pragma once

#include <string>

#include "careerpath/model/profile.hpp"
#include "command.hpp"

namespace careerpath::cli {

// Throws InputError naming the file and place on any problem.
[[nodiscard]] Profile load_profile_arg(Context& ctx, const std::string& path);

// "Priya Raman, Program Manager for 3.5 years"
[[nodiscard]] std::string person_line(const RoleGraph& graph, const Profile& person);

}  // namespace careerpath::cli
