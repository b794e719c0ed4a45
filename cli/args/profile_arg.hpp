// The person a command is about: a profile file ("-" for standard input), or
// the same described by flags (--role, --years, --goal), with --set
// overriding single skill levels either way ("what if I learned X").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "careerpath/model/profile.hpp"
#include "command.hpp"

namespace careerpath::cli {

struct ProfileArgs {
  std::string path{};  // empty: the person comes from the flags
  std::string role{};
  std::optional<double> years{};
  std::vector<std::string> goals{};
  std::vector<std::string> sets{};  // SKILL=LEVEL
};

// Adds PROFILE (optional) and --role, --years, --goal and --set to `cmd`.
void add_profile_options(CLI::App& cmd, ProfileArgs& args);

// Throws InputError naming the file and place, or UsageError naming the
// flag, on any problem.
[[nodiscard]] Profile load_profile_arg(Context& ctx, const ProfileArgs& args);
[[nodiscard]] Profile load_profile_arg(Context& ctx, const std::string& path);

// "Priya Raman, Program Manager for 3.5 years (4 of 20 skill levels stated,
// the rest assumed at a typical Program Manager's level)"
[[nodiscard]] std::string person_line(const RoleGraph& graph, const Profile& person);

// One line each on stderr: "careerpath: warning: ...".
void write_warnings(const std::vector<std::string>& warnings);

}  // namespace careerpath::cli
