// Recommendation quality against a truth list in O*NET's "Related
// Occupations" layout (columns `O*NET-SOC Code`, `Related O*NET-SOC Code`,
// `Index`; `Relatedness Tier` is optional and not needed: the tier follows
// from the index).
//
// Each truth source occupation that is a role of the graph is treated as a
// person holding that role with exactly its skill vector (profile_for_role),
// neutral preferences, accepting step backs (related occupations include
// lower Job Zones), and `years_in_role` years in it, so that every usual move
// is open. Its ranking comes from Recommender::recommend, the same code path
// as `careerpath recommend`; the role itself is never recommended. Metrics,
// averaged over the sources scored:
//   precision@k  related roles among the top k / k
//   recall@k     related roles among the top k / length of the related list
//   MRR          1 / rank of the first related role in the whole ranking
//   nDCG@k       DCG of the top k / DCG of the ideal order of the related
//                list, with gains 3, 2, 1 for Index 1-5, 6-10, 11 and above
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "careerpath/util/error.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

struct RelatedOccupation {
  std::string code{};
  int index = 0;  // 1 = most related
  int line = 0;   // in the truth file
};

struct RelatedList {
  std::string source{};
  std::vector<RelatedOccupation> related{};  // by index
};

struct TruthSet {
  std::string file{};
  std::vector<RelatedList> lists{};  // by source code
};

[[nodiscard]] Result<TruthSet> parse_truth(std::string text, const std::string& file);
[[nodiscard]] Result<TruthSet> read_truth(const std::string& path);

// Gain of a related occupation at `index`: 3 for 1-5, 2 for 6-10, else 1.
[[nodiscard]] double relatedness_gain(int index) noexcept;

struct RankingMetrics {
  double precision = 0.0;
  double recall = 0.0;
  double reciprocal_rank = 0.0;
  double ndcg = 0.0;
  std::size_t hits = 0;  // related items among the top k (0 in a mean)
};

// Metrics of one ranking (best first, the whole ranking for MRR) against
// the gains of the related items (item -> gain; all related items, also
// those the ranking cannot contain).
struct GradedItem {
  std::string id{};
  double gain = 0.0;
};
[[nodiscard]] RankingMetrics ranking_metrics(const std::vector<std::string>& ranking,
                                             const std::vector<GradedItem>& related, std::size_t k);

struct EvalOptions {
  std::size_t k = 10;
  double years_in_role = 5.0;
};

struct OccupationEval {
  std::size_t role = 0;
  RankingMetrics metrics{};
  std::size_t related = 0;           // length of its related list
  std::size_t related_in_graph = 0;  // of which are roles of the graph
  std::vector<std::size_t> top{};    // the top k roles recommended
  std::vector<bool> top_related{};   // whether each is in the related list
};

struct EvalReport {
  std::size_t k = 0;
  std::size_t sources = 0;                     // source occupations in the truth file
  std::vector<std::string> skipped_sources{};  // not roles of the graph
  RankingMetrics mean{};                       // over the scored sources
  std::vector<OccupationEval> occupations{};   // by role id
};

// A truth source or related code names a role by its id, or by its code
// (O*NET-SOC) when no other role has that code. An error when no source is a
// role of the graph.
[[nodiscard]] Result<EvalReport> evaluate(const RoleGraph& graph, const TruthSet& truth, const EvalOptions& options = {});

}  // namespace careerpath
