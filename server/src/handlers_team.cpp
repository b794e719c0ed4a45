// POST /api/mentor: the mentor report for the team in the body, the document
// `careerpath mentor --json` prints. Members must be written inline (a member
// given as a file path is refused: no request reads a file), and a team is
// capped at the server's max_team_members so that one request stays short.
#include "careerpath/advise/mentor.hpp"
#include "careerpath/io/team_io.hpp"
#include "careerpath/report/mentor.hpp"
#include "careerpath/util/number_format.hpp"
#include "handlers.hpp"

namespace careerpath::server::handlers {
namespace {

// The options `mentor` takes, with the command line's ranges.
MentorOptions mentor_options(const Call& call) {
  MentorOptions options;
  if (auto top = call.integer("top", 1, 20)) options.next_steps = static_cast<std::size_t>(*top);
  if (auto k = call.integer("k", 1, 10)) options.routes = static_cast<std::size_t>(*k);
  if (auto focus = call.integer("focus", 1, 10)) options.focus_skills = static_cast<std::size_t>(*focus);
  const Scale& scale = call.graph().skills().scale();
  if (auto strong = call.number("strong", scale.min, scale.max)) {
    if (!(*strong > scale.min)) {
      fail_parameter("strong", "strong " + format_number(*strong) + " must lie above " + format_number(scale.min) +
                                   " (the graph's skill scale)");
    }
    options.strong_fraction = scale.normalise(*strong);
  }
  return options;
}

Team read_team(const Call& call) {
  const nlohmann::json& document = call.body();
  const auto members = document.is_object() ? document.find("members") : document.end();
  if (members != document.end() && members->is_array() && members->size() > call.limits().max_team_members) {
    throw ApiError{.status = 400, .kind = "bad_input",
                   .message = std::string(kBodyName) + ": /members: " + std::to_string(members->size()) +
                              " members is above this server's limit of " +
                              std::to_string(call.limits().max_team_members) + " per report",
                   .location = Error{.pointer = "/members"}};
  }
  auto team = team_from_json(document, call.graph(), std::string(kBodyName), FileReferences::kRefuse);
  if (!team) fail_with(team.error());
  return std::move(team).value();
}

}  // namespace

Response mentor(const Call& call) {
  const MentorOptions options = mentor_options(call);
  const Team team = read_team(call);
  const RoleGraph& g = call.graph();
  const TeamReport report = mentor_team(g, team, options);
  const report::MentorView view{.graph = g, .team = team, .report = report, .options = options,
                                .recommender = call.served().recommender};
  return json_document(report::mentor_to_json(view));
}

}  // namespace careerpath::server::handlers
