#include "careerpath/io/team_io.hpp"

#include <filesystem>
#include <map>
#include <optional>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/io/profile_io.hpp"

namespace careerpath {
namespace {

namespace fs = std::filesystem;

// A member given by path: relative paths start from the team file's folder.
Profile load_member_file(const JsonNode& entry, const RoleGraph& graph, const fs::path& base) {
  const std::string relative = entry.non_empty_string();
  const fs::path path = fs::path(relative).is_absolute() ? fs::path(relative) : base / relative;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    const bool exists = fs::exists(path, ec);
    entry.fail("member profile '" + relative + "' " + (exists ? "is not a file" : "does not exist") + " (looked for " +
               path.lexically_normal().string() + ")");
  }
  // An error names the member file and the place inside it.
  return value_or_throw(load_profile(path.lexically_normal().string(), graph));
}

// `base` is empty when file references are refused.
Profile read_member(const JsonNode& entry, const RoleGraph& graph, const std::optional<fs::path>& base) {
  if (entry.raw().is_string()) {
    if (!base) entry.fail("a member given as a file path is not accepted here; give the profile inline");
    return load_member_file(entry, graph, *base);
  }
  if (!entry.is_object()) entry.fail("expected a profile file path or an inline profile object");
  return read_profile(entry, graph, FormatField::kOptional);
}

Team read_team(const JsonNode& root, const RoleGraph& graph, const std::optional<fs::path>& base) {
  if (!root.is_object()) root.fail("expected a team object");
  root.expect_format(kTeamFormat);
  root.expect_only({"format", "id", "name", "mentor", "goals", "members"});
  // Each field and member is read on its own, so that one pass finds every problem.
  Team team;
  root.attempt([&] { team.id = root.at("id").slug(); });
  root.attempt([&] {
    if (auto name = root.find("name")) team.name = name->string();
  });
  root.attempt([&] {
    if (auto mentor = root.find("mentor")) team.mentor = mentor->string();
  });
  root.attempt([&] {
    if (auto goals = root.find("goals")) team.goals = read_role_refs(*goals, graph);
  });

  root.attempt([&] {
    const JsonNode members = root.at("members");
    if (members.raw().is_array() && members.size() == 0) members.fail("a team needs at least one member");
    std::map<std::string, std::string> first_seen;  // member id -> pointer of its entry
    for (const JsonNode& entry : members.elements()) {
      entry.attempt([&] {
        Profile member = read_member(entry, graph, base);
        // An inline member's notes are already in this document's log.
        if (entry.raw().is_string()) team.notes.insert(team.notes.end(), member.notes.begin(), member.notes.end());
        if (auto [it, inserted] = first_seen.emplace(member.id, entry.pointer()); !inserted) {
          entry.fail("duplicate member id '" + member.id + "' (also at " + it->second + ")");
        }
        team.members.push_back(std::move(member));
      });
    }
  });
  root.throw_problems();
  team.notes.insert(team.notes.begin(), root.notes().begin(), root.notes().end());
  return team;
}

}  // namespace

Result<Team> team_from_json(const nlohmann::json& doc, const RoleGraph& graph, const std::string& file,
                            FileReferences references) {
  std::optional<fs::path> base;
  if (references == FileReferences::kFollow) {
    base = file.empty() ? fs::path(".") : fs::path(file).parent_path();
    if (base->empty()) base = fs::path(".");
  }
  return capture_input_errors([&] { return read_team(JsonNode(doc, file), graph, base); });
}

Result<Team> load_team(const std::string& path, const RoleGraph& graph) {
  auto document = parse_json_file(path);
  if (!document) return document.error();
  return team_from_json(*document, graph, path);
}

}  // namespace careerpath
