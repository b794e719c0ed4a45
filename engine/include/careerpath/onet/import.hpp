// Builds a careerpath role graph from the O*NET database's text files.
//
// Roles are the occupations with a Job Zone (O*NET's data-level ones); their
// requirements are their Skills and Knowledge ratings, imputed from the most
// similar rated occupations where the data has none (marked in the role's
// source) (level from the LV scale rescaled 0-7 -> 0-5,
// importance from the IM scale 1-5 -> 0-1). Transitions are derived from the
// data: occupations are compared block by block (what people do, what they
// know, what they are called, ...; see OnetBlock), and each occupation gets
// moves to its most similar occupations. O*NET's relatedness files (Related
// Occupations, Career Changers / Starters) are never read. docs/onet.md
// documents every block, weight and rule.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

// One source of evidence that two occupations are alike.
struct OnetBlock {
  std::string id{};          // "skills", "activities", "titles", ...
  std::string files{};       // the O*NET files it reads
  std::string numbers{};     // how it becomes numbers
  double weight = 0.0;       // its share of the combined similarity
};

// The blocks and their default weights (learned offline on the development
// half of O*NET's related occupations by tools/train_onet_weights.py; see
// docs/onet.md).
[[nodiscard]] std::vector<OnetBlock> default_onet_blocks();

struct OnetImportOptions {
  std::map<std::string, double> block_weights{};  // overrides by block id
  std::size_t moves_per_role = 20;                // transitions out of each occupation
  // O*NET release of Skills.txt / Knowledge.txt when it differs from the rest
  // of the folder (the shared copy carries 29.3 ratings in a 30.1 folder);
  // empty: the same release. Changes the attribution text.
  std::string ratings_version{};
  // Also compute the blocks weighted 0 and return every block's standardised
  // similarity (OnetImport::block_similarities), for training the weights
  // offline (tools/train_onet_weights.py). The graph is the same either way.
  bool keep_block_similarities = false;
  ScoreWeights scoring{
      .fit = 2.0, .move = 1.0, .goal = 0.15, .preference = 0.10, .seniority = 0.0, .fit_relative_to_role = true};
};

struct OnetBlockReport {
  OnetBlock block{};
  bool present = false;          // its file(s) were found
  std::size_t occupations = 0;   // roles with data in it
};

// How well imputing an occupation's skills and knowledge from its neighbours
// holds, by leave-one-out over the rated occupations (docs/onet.md).
struct OnetImputationCheck {
  std::size_t held_out = 0;               // rated roles imputed from the others
  std::size_t neighbours = 0;             // k
  double level_mae = 0.0;                 // mean |imputed - rated| level, graph scale 0-5
  double importance_mae = 0.0;            // the same for importance, 0-1
  double mean_baseline_mae = 0.0;         // level MAE of guessing each element's mean instead
  double top_related_same = 0.0;          // share of the 10 most similar roles (all blocks) unchanged
  double top_related_same_ratings = 0.0;  // the same by the skills and knowledge blocks alone
};

struct OnetImportSummary {
  std::string version{};               // from Read Me.txt, e.g. "30.1"
  std::size_t occupations = 0;         // listed in Occupation Data.txt
  std::size_t roles = 0;               // occupations that became roles
  std::size_t without_ratings = 0;     // no Skills or no Knowledge ratings: left out
  std::size_t without_job_zone = 0;    // rated but no Job Zone: left out
  std::size_t imputed = 0;             // roles whose skills or knowledge are imputed
  OnetImputationCheck imputation{};
  std::size_t aliases = 0;             // alternate and reported titles kept
  std::size_t transitions = 0;
  std::vector<OnetBlockReport> blocks{};
};

// One block's standardised occupation x occupation similarity, rows and
// columns in the graph's role order.
struct OnetBlockSimilarity {
  std::string id{};
  Eigen::MatrixXd similarity{};
};

struct OnetImport {
  RoleGraph graph;
  OnetImportSummary summary{};
  std::vector<OnetBlockSimilarity> block_similarities{};  // with keep_block_similarities only
};

// Reads the O*NET text files in `directory` by column name. Bad files (a
// missing column, a malformed number, an unknown occupation code) give one
// Error naming the file, the line and the column.
[[nodiscard]] Result<OnetImport> import_onet(const std::string& directory, const OnetImportOptions& options = {});

// The careerpath.graph/1 text of a graph, compact enough for the whole O*NET
// (requirements as [level, importance], one role or transition per line).
[[nodiscard]] std::string compact_graph_text(const RoleGraph& graph);

}  // namespace careerpath
