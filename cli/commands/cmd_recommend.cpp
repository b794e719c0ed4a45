// careerpath recommend PROFILE [--top N]: ranked next roles with reasons.
#include "careerpath/advise/recommender.hpp"
#include "command.hpp"
#include "careerpath/report/explain.hpp"
#include "text/graph_notes.hpp"
#include "args/profile_arg.hpp"
#include "careerpath/report/report_json.hpp"
#include "careerpath/report/table.hpp"
#include "args/number_checks.hpp"

namespace careerpath::cli {
namespace {

struct Options {
  ProfileArgs profile{};
  RecommendOptions engine{};
  bool direct_only = false;
};

std::string move_cell(const RoleGraph& g, const Recommendation& rec) {
  if (!rec.transition) return "-";
  const Transition& t = g.transition(*rec.transition);
  std::string cell(to_string(t.kind));
  // A move that needs a degree or licence first (the O*NET importer's
  // "; requires ..." in the rationale) says so; the reasons say which.
  if (t.rationale.find("; requires ") != std::string::npos) cell += ", needs credentials";
  if (rec.years_until_usual > 0.0) cell += " in " + years(rec.years_until_usual);
  return cell;
}

std::string render_text(const Recommender& recommender, const Profile& person, const std::vector<Recommendation>& recs,
                        const ScoreWeights& w) {
  const RoleGraph& g = recommender.graph();
  std::string out = person_line(g, person) + "\n\n";
  if (recs.empty()) return out + "No role to recommend under these preferences (avoided roles, no step back).\n";
  TextTable table({{"#", Align::kRight}, {"role"}, {"title"}, {"score", Align::kRight}, {"fit", Align::kRight},
                   {"move", Align::kRight}, {"goal", Align::kRight}, {"pref", Align::kRight}, {"level", Align::kRight},
                   {"usual move"}});
  for (std::size_t i = 0; i < recs.size(); ++i) {
    const Recommendation& r = recs[i];
    table.add_row({std::to_string(i + 1), g.role(r.role).id, g.role(r.role).title, fixed(r.score, 3),
                   percent(r.components.fit), percent(r.components.move), fixed(r.components.goal, 2),
                   signed_fixed(r.components.preference, 1), signed_fixed(r.level_change, 0), move_cell(g, r)});
  }
  out += table.render() + "\nWhy:\n";
  for (std::size_t i = 0; i < recs.size(); ++i) {
    out += std::to_string(i + 1) + ". " + g.role(recs[i].role).title + "\n";
    for (const std::string& reason : explain(recommender, person, recs[i])) out += "   - " + reason + "\n";
  }
  out += "\nscore = " + fixed(w.fit, 2) + " fit + " + fixed(w.move, 2) + " move + " + fixed(w.goal, 2) + " goal + " +
         fixed(w.preference, 2) + " preference + " + fixed(w.seniority, 2) + " seniority (level change / 2)\n";
  return out + attribution_footer(g);
}

void run(Context& ctx, Options& o) {
  const Profile person = load_profile_arg(ctx, o.profile);  // first: a profile may name its graph
  const RoleGraph& g = ctx.graph();
  o.engine.direct_moves_only = o.direct_only;
  const Recommender recommender(g);
  const std::vector<Recommendation> recs = recommender.recommend(person, o.engine);
  std::vector<std::size_t> roles;
  for (const Recommendation& r : recs) roles.push_back(r.role);
  write_warnings(assumption_warnings(g, person, roles));
  if (ctx.json) {
    write_stdout(recommendations_to_json(recommender, person, recs, o.engine).dump(2) + "\n");
    return;
  }
  write_stdout(render_text(recommender, person, recs, o.engine.weights.value_or(g.scoring())));
}

CAREERPATH_COMMAND(30, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("recommend", "Ranked next roles for a person, with reasons");
  auto o = std::make_shared<Options>();
  add_profile_options(*cmd, o->profile);
  cmd->add_option("--top,-n", o->engine.top, "How many roles to list")->capture_default_str()->check(whole_number(1, 100000));
  cmd->add_option("--horizon", o->engine.horizon_years, "Years over which the chance of a move is counted")
      ->capture_default_str()
      ->check(finite_range(0.1, 50.0));
  cmd->add_flag("--direct-only", o->direct_only, "Only roles one usual move away");
  cmd->callback([&ctx, o] { run(ctx, *o); });
});

}  // namespace
}  // namespace careerpath::cli
