// careerpath eval --truth FILE [--k K]: recommendation quality of the current
// graph against a related-occupations truth list (engine/include/careerpath/
// eval.hpp defines the method and the metrics).
#include "careerpath/onet/eval.hpp"
#include "command.hpp"
#include "text/graph_notes.hpp"
#include "careerpath/report/onet_json.hpp"
#include "careerpath/report/table.hpp"
#include "args/number_checks.hpp"

namespace careerpath::cli {
namespace {

struct EvalArgs {
  std::string truth{};
  std::size_t k = 10;
};

std::string skipped_note(const EvalReport& report) {
  if (report.skipped_sources.empty()) return "";
  constexpr std::size_t kShown = 5;
  std::string note = " (" + std::to_string(report.skipped_sources.size()) + " skipped: not roles of this graph, e.g. ";
  for (std::size_t i = 0; i < std::min(kShown, report.skipped_sources.size()); ++i) {
    note += (i ? ", " : "") + report.skipped_sources[i];
  }
  return note + ")";
}

std::string report_text(const RoleGraph& g, const EvalReport& report, const std::string& truth) {
  const std::string k = std::to_string(report.k);
  std::string text = "eval of graph '" + g.name() + "' against " + truth + "\n";
  text += "  occupations scored: " + std::to_string(report.occupations.size()) + " of " +
          std::to_string(report.sources) + " truth sources" + skipped_note(report) + "\n\n";
  TextTable table({{"metric"}, {"value", Align::kRight}});
  table.add_row({"precision@" + k, fixed(report.mean.precision, 3)});
  table.add_row({"recall@" + k, fixed(report.mean.recall, 3)});
  table.add_row({"MRR", fixed(report.mean.reciprocal_rank, 3)});
  table.add_row({"nDCG@" + k, fixed(report.mean.ndcg, 3)});
  return text + table.render("  ") + attribution_footer(g);
}

void run(Context& ctx, const EvalArgs& args) {
  const TruthSet truth = value_or_throw(read_truth(args.truth));
  const RoleGraph& g = ctx.graph();
  const EvalReport report = value_or_throw(evaluate(g, truth, {.k = args.k}));
  write_stdout(ctx.json ? eval_json(g, report, args.truth).dump(2) + "\n" : report_text(g, report, args.truth));
}

CAREERPATH_COMMAND(100, [](CLI::App& app, Context& ctx) {
  CLI::App* cmd = app.add_subcommand("eval", "Measure recommendation quality against a related-occupations truth file");
  auto args = std::make_shared<EvalArgs>();
  cmd->add_option("--truth", args->truth,
                  "Truth file: tab-separated O*NET-SOC Code, Related O*NET-SOC Code, Index (O*NET's layout)")
      ->required();
  cmd->add_option("--k", args->k, "Cut-off of precision, recall and nDCG")->check(whole_number(1, 1000))->capture_default_str();
  cmd->callback([&ctx, args] { run(ctx, *args); });
});

}  // namespace
}  // namespace careerpath::cli
