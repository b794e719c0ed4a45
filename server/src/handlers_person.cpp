// POST handlers over one person's profile: recommend, gap, path, and the
// validation of any careerpath document.
#include "careerpath/advise/gap.hpp"
#include "careerpath/advise/paths.hpp"
#include "careerpath/advise/skill_payoff.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "careerpath/io/team_io.hpp"
#include "careerpath/report/report_json.hpp"
#include "handlers.hpp"

namespace careerpath::server::handlers {

using nlohmann::json;

Response recommend(const Call& call) {
  const Profile person = call.profile();
  RecommendOptions options;
  if (auto top = call.integer("top", 1, 1000)) options.top = static_cast<std::size_t>(*top);
  if (auto horizon = call.number("horizon", 0.1, 50.0)) options.horizon_years = *horizon;
  options.direct_moves_only = call.flag("direct_only");
  const Recommender& recommender = call.served().recommender;
  const std::vector<Recommendation> recs = recommender.recommend(person, options);
  return json_document(report::recommendations_to_json(recommender, person, recs, options));
}

Response gap(const Call& call) {
  const Profile person = call.profile();
  const std::size_t role = call.role("role", *call.text("role"));
  return json_document(report::gap_to_json(call.graph(), person, skill_gap(call.graph(), person.skills, role)));
}

Response path(const Call& call) {
  const Profile person = call.profile();
  const std::size_t target = call.role("to", *call.text("to"));
  PathOptions options{.k = static_cast<std::size_t>(call.integer("k", 1, 50).value_or(3))};
  if (auto steps = call.integer("max_steps", 1, 50)) options.max_steps = static_cast<std::size_t>(*steps);
  for (const std::string& name : call.all("avoid")) options.avoid.push_back(call.role("avoid", name));
  if (call.flag("allow_step_back")) options.step_back = StepBack::kAllowed;
  auto planned = plan_paths(call.graph(), person, target, options);
  // No route under these constraints is "not found", and says what to relax.
  if (!planned) fail_with(planned.error());
  auto payoffs = skill_payoffs(call.graph(), person, target, options);
  if (!payoffs) fail_with(payoffs.error());
  return json_document(report::paths_to_json(call.graph(), person, target, *planned, &*payoffs));
}

Response validate(const Call& call) {
  const json& document = call.body();
  const std::string file(kBodyName);
  const auto format = document.is_object() ? document.find("format") : document.end();
  const std::string name = format != document.end() && format->is_string() ? format->get<std::string>() : "";
  json out = {{"valid", true}, {"format", name}};
  if (name == kProfileFormat) {
    auto person = profile_from_json(document, call.graph(), file);
    if (!person) fail_with(person.error());
    out["profile"] = profile_to_json(*person, call.graph());
  } else if (name == kTeamFormat) {
    auto team = team_from_json(document, call.graph(), file, FileReferences::kRefuse);
    if (!team) fail_with(team.error());
    out["members"] = team->members.size();
  } else if (name == kScenarioFormat) {
    auto scenario = scenario_from_json(document, call.graph(), file, FileReferences::kRefuse);
    if (!scenario) fail_with(scenario.error());
    out["people"] = scenario->initial_population();
  } else {
    fail_with(Error{.file = file, .pointer = "/format",
                    .message = "expected a \"format\" of \"" + std::string(kProfileFormat) + "\", \"" +
                               std::string(kTeamFormat) + "\" or \"" + std::string(kScenarioFormat) + "\""});
  }
  out["graph"] = call.graph().name();
  return json_document(out);
}

}  // namespace careerpath::server::handlers
