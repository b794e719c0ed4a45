// careerpath import onet DIR -o FILE: build a role graph from the O*NET
// database's text files (docs/onet.md). The graph is written whole or not at
// all; a summary of what was read goes to stderr (or to stdout with --json).
#include <chrono>
#include <cstring>
#include <filesystem>

#include "careerpath/util/atomic_file.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/onet/import.hpp"
#include "command.hpp"
#include "careerpath/report/onet_json.hpp"
#include "careerpath/report/table.hpp"
#include "args/number_checks.hpp"

namespace careerpath::cli {
namespace {

struct ImportArgs {
  std::string directory{};
  std::string output{};
  std::size_t moves = 20;
  std::vector<std::string> block_weights{};  // "titles=1.5"
  std::string ratings_version{};
  std::string block_similarities{};  // folder for the training matrices
};

// The training matrices: blocks.json names the roles (row and column order)
// and the blocks; each <block>.f64 holds its n x n standardised similarity,
// row-major little-endian float64 (numpy.fromfile(..., '<f8')).
void add_block_similarities(OutputSet& outputs, const std::string& folder, const OnetImport& imported) {
  value_or_throw(outputs.make_folder(folder));
  nlohmann::json index{{"format", "careerpath.onet-blocks/1"}, {"roles", nlohmann::json::array()},
                       {"blocks", nlohmann::json::array()}, {"dtype", "<f8"}};
  for (const Role& role : imported.graph.roles()) index["roles"].push_back(role.id);
  for (const OnetBlockSimilarity& block : imported.block_similarities) {
    index["blocks"].push_back(block.id);
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> rows = block.similarity;
    std::string bytes(static_cast<std::size_t>(rows.size()) * sizeof(double), '\0');
    std::memcpy(bytes.data(), rows.data(), bytes.size());  // the build targets are little-endian (x86-64, arm64)
    value_or_throw(outputs.add((std::filesystem::path(folder) / (block.id + ".f64")).string(), bytes));
  }
  value_or_throw(outputs.add((std::filesystem::path(folder) / "blocks.json").string(), index.dump(1) + "\n"));
}

std::map<std::string, double> parse_block_weights(const std::vector<std::string>& specs) {
  std::map<std::string, double> weights;
  for (const std::string& spec : specs) {
    const std::size_t eq = spec.find('=');
    double weight = 0.0;
    std::size_t used = 0;
    try {
      if (eq != std::string::npos) weight = std::stod(spec.substr(eq + 1), &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (eq == std::string::npos || eq == 0 || used == 0 || used != spec.size() - eq - 1) {
      throw UsageError("--block expects BLOCK=WEIGHT such as titles=1.5, got '" + spec + "'");
    }
    weights[spec.substr(0, eq)] = weight;
  }
  return weights;
}

std::string summary_text(const OnetImportSummary& s, const std::string& output, double seconds) {
  std::string text = "careerpath: imported O*NET " + s.version + " into " + output + " in " + fixed(seconds, 1) + " s\n";
  text += "  " + std::to_string(s.occupations) + " occupations listed; " + std::to_string(s.roles) +
          " with a Job Zone became roles\n";
  text += "  left out: " + std::to_string(s.without_ratings) + " without ratings or a Job Zone (not data-level "
          "occupations), " + std::to_string(s.without_job_zone) + " rated but without a Job Zone\n";
  const OnetImputationCheck& c = s.imputation;
  text += "  imputed skills or knowledge for " + std::to_string(s.imputed) + " roles the ratings lack, from their " +
          std::to_string(c.neighbours) + " nearest rated neighbours; leave-one-out over " + std::to_string(c.held_out) +
          " rated roles: level MAE " + fixed(c.level_mae, 3) + " (each element's mean: " + fixed(c.mean_baseline_mae, 3) +
          "), importance MAE " + fixed(c.importance_mae, 3) + ", top-10 similar roles kept " +
          fixed(100.0 * c.top_related_same, 1) + "% (by skills and knowledge alone " +
          fixed(100.0 * c.top_related_same_ratings, 1) + "%)\n";
  text += "  " + std::to_string(s.aliases) + " alternate and reported titles, " + std::to_string(s.transitions) +
          " derived transitions\n";
  TextTable table({{"block"}, {"weight", Align::kRight}, {"roles with data", Align::kRight}, {"files"}});
  for (const OnetBlockReport& b : s.blocks) {
    const std::string coverage = b.block.weight <= 0.0 ? "(off)" : b.present ? std::to_string(b.occupations) : "(missing)";
    table.add_row({b.block.id, format_number(b.block.weight), coverage, b.block.files});
  }
  return text + table.render("  ");
}

void run(Context& ctx, const ImportArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  OnetImportOptions options;
  options.block_weights = parse_block_weights(args.block_weights);
  options.moves_per_role = args.moves;
  options.ratings_version = args.ratings_version;
  options.keep_block_similarities = !args.block_similarities.empty();
  OnetImport imported = value_or_throw(import_onet(args.directory, options));
  OutputSet outputs;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(args.directory, ec), end; !ec && it != end; it.increment(ec)) {
    outputs.protect_input(it->path().string());  // the O*NET files read
  }
  value_or_throw(outputs.add(args.output, compact_graph_text(imported.graph)));
  if (!args.block_similarities.empty()) add_block_similarities(outputs, args.block_similarities, imported);
  value_or_throw(outputs.commit());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (ctx.json) {
    write_stdout(import_summary_json(imported.summary, args.output).dump(2) + "\n");
    return;
  }
  const std::string text = summary_text(imported.summary, args.output, seconds);
  std::fwrite(text.data(), 1, text.size(), stderr);
}

CAREERPATH_COMMAND(90, [](CLI::App& app, Context& ctx) {
  CLI::App* import = app.add_subcommand("import", "Build a role graph from external data");
  import->require_subcommand(1);
  CLI::App* onet = import->add_subcommand("onet", "Build a role graph from the O*NET database's text files");
  auto args = std::make_shared<ImportArgs>();
  onet->add_option("DIR", args->directory, "Folder with the O*NET text files (Occupation Data.txt, Skills.txt, ...)")
      ->required()
      ->check(CLI::ExistingDirectory);
  onet->add_option("-o,--output", args->output, "Graph file to write (careerpath.graph/1)")->required();
  onet->add_option("--moves", args->moves, "Transitions derived out of each occupation")
      ->check(whole_number(1, 200))
      ->capture_default_str();
  onet->add_option("--block", args->block_weights,
                   "Weight of a similarity block, BLOCK=WEIGHT (repeatable; blocks: skills, knowledge, "
                   "knowledge-importance, knowledge-profile, activities, tasks, titles, technology, interests, interest-profile, text, "
                   "work-styles, classification, job-zone)");
  onet->add_option("--ratings-version", args->ratings_version,
                   "O*NET release of Skills.txt and Knowledge.txt when older than the rest (e.g. 29.3)");
  onet->add_option("--block-similarities", args->block_similarities,
                   "Also write every block's standardised similarity matrix to this folder, for "
                   "tools/train_onet_weights.py");
  onet->callback([&ctx, args] { run(ctx, *args); });
});

}  // namespace
}  // namespace careerpath::cli
