#include "careerpath/onet/eval.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/advise/recommender.hpp"
#include "onet/tsv_table.hpp"
#include "careerpath/util/input_file.hpp"

namespace careerpath {
namespace {

constexpr int kMaxIndex = 1000;

TruthSet read_truth_table(const TsvTable& table) {
  const std::size_t source = table.column("O*NET-SOC Code");
  const std::size_t related = table.column("Related O*NET-SOC Code");
  const std::size_t index = table.column("Index");
  std::map<std::string, RelatedList> lists;
  std::map<std::pair<std::string, std::string>, int> seen;  // pair -> first line
  for (std::size_t row = 0; row < table.row_count(); ++row) {
    const std::string from(table.text(row, source));
    const std::string to(table.text(row, related));
    const double position = table.number_in(row, index, 1, kMaxIndex);
    if (position != std::floor(position)) table.fail(row, index, "an index is a whole number");
    if (from == to) table.fail(row, related, "an occupation cannot be related to itself");
    if (auto [it, inserted] = seen.emplace(std::pair{from, to}, table.line(row)); !inserted) {
      table.fail(row, related, "'" + to + "' is already related to '" + from + "' on line " + std::to_string(it->second));
    }
    RelatedList& list = lists[from];
    list.source = from;
    list.related.push_back({.code = to, .index = static_cast<int>(position), .line = table.line(row)});
  }
  TruthSet truth{.file = table.file()};
  for (auto& [code, list] : lists) {
    std::stable_sort(list.related.begin(), list.related.end(),
                     [](const RelatedOccupation& a, const RelatedOccupation& b) { return a.index < b.index; });
    truth.lists.push_back(std::move(list));
  }
  if (truth.lists.empty()) throw InputError(Error{.file = table.file(), .message = "no truth rows"});
  return truth;
}

double discount(std::size_t rank0) { return 1.0 / std::log2(static_cast<double>(rank0) + 2.0); }

}  // namespace

Result<TruthSet> parse_truth(std::string text, const std::string& file) {
  auto table = TsvTable::parse(std::move(text), file, {"O*NET-SOC Code", "Related O*NET-SOC Code", "Index"});
  if (!table) return table.error();
  return capture_input_errors([&] { return read_truth_table(*table); });
}

Result<TruthSet> read_truth(const std::string& path) {
  auto text = read_input_text(path);
  if (!text) return text.error();
  return parse_truth(std::move(text).value(), path);
}

double relatedness_gain(int index) noexcept {
  if (index <= 5) return 3.0;
  if (index <= 10) return 2.0;
  return 1.0;
}

RankingMetrics ranking_metrics(const std::vector<std::string>& ranking, const std::vector<GradedItem>& related,
                               std::size_t k) {
  RankingMetrics m;
  if (related.empty() || k == 0) return m;
  std::unordered_map<std::string, double> gain_of;  // lookup only
  for (const GradedItem& item : related) gain_of.emplace(item.id, item.gain);

  double dcg = 0.0;
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    auto it = gain_of.find(ranking[i]);
    if (it == gain_of.end()) continue;
    if (m.reciprocal_rank == 0.0) m.reciprocal_rank = 1.0 / static_cast<double>(i + 1);
    if (i < k) {
      ++m.hits;
      dcg += it->second * discount(i);
    }
  }
  std::vector<double> ideal;
  for (const GradedItem& item : related) ideal.push_back(item.gain);
  std::sort(ideal.begin(), ideal.end(), std::greater<>());
  double ideal_dcg = 0.0;
  for (std::size_t i = 0; i < std::min(k, ideal.size()); ++i) ideal_dcg += ideal[i] * discount(i);

  m.precision = static_cast<double>(m.hits) / static_cast<double>(k);
  m.recall = static_cast<double>(m.hits) / static_cast<double>(related.size());
  m.ndcg = ideal_dcg > 0.0 ? dcg / ideal_dcg : 0.0;
  return m;
}

Result<EvalReport> evaluate(const RoleGraph& graph, const TruthSet& truth, const EvalOptions& options) {
  // Truth codes name roles by id, or by a code that exactly one role has
  // (in a hand-made graph several roles may share one O*NET code; such a
  // code names none of them).
  std::unordered_map<std::string, std::size_t> role_by_name;  // lookup only
  std::unordered_map<std::string, std::size_t> code_count;    // lookup only
  for (const Role& role : graph.roles()) {
    if (!role.code.empty()) ++code_count[role.code];
  }
  for (std::size_t r = 0; r < graph.role_count(); ++r) {
    const Role& role = graph.role(r);
    if (!role.code.empty() && code_count[role.code] == 1) role_by_name.emplace(role.code, r);
  }
  for (std::size_t r = 0; r < graph.role_count(); ++r) role_by_name.insert_or_assign(graph.role(r).id, r);
  auto role_of = [&](const std::string& code) -> std::optional<std::size_t> {
    auto it = role_by_name.find(code);
    if (it == role_by_name.end()) return std::nullopt;
    return it->second;
  };

  EvalReport report{.k = options.k, .sources = truth.lists.size()};
  const Recommender recommender(graph);
  const RecommendOptions recommend_options{.top = graph.role_count(), .gaps_per_role = 0};
  for (const RelatedList& list : truth.lists) {
    const std::optional<std::size_t> source = role_of(list.source);
    if (!source) {
      report.skipped_sources.push_back(list.source);
      continue;
    }
    Profile person = profile_for_role(graph, *source, options.years_in_role);
    person.preferences.step_back = StepBack::kAllowed;
    const std::vector<Recommendation> ranked = recommender.recommend(person, recommend_options);

    OccupationEval result{.role = *source, .related = list.related.size()};
    std::vector<GradedItem> related;
    for (const RelatedOccupation& r : list.related) {
      const std::optional<std::size_t> role = role_of(r.code);
      // Items the graph lacks keep their place in the ideal ranking.
      related.push_back({.id = role ? graph.role(*role).id : "\n" + r.code, .gain = relatedness_gain(r.index)});
      if (role) ++result.related_in_graph;
    }
    std::vector<std::string> ranking;
    ranking.reserve(ranked.size());
    for (const Recommendation& rec : ranked) ranking.push_back(graph.role(rec.role).id);
    result.metrics = ranking_metrics(ranking, related, options.k);
    for (std::size_t i = 0; i < std::min(options.k, ranked.size()); ++i) {
      result.top.push_back(ranked[i].role);
      result.top_related.push_back(std::any_of(related.begin(), related.end(),
                                               [&](const GradedItem& g) { return g.id == ranking[i]; }));
    }
    report.occupations.push_back(std::move(result));
  }
  if (report.occupations.empty()) {
    return Error{.file = truth.file,
                 .message = "none of the " + std::to_string(truth.lists.size()) +
                            " truth source occupations is a role of graph '" + graph.name() + "'"};
  }
  std::sort(report.occupations.begin(), report.occupations.end(), [&](const OccupationEval& a, const OccupationEval& b) {
    return graph.role(a.role).id < graph.role(b.role).id;
  });
  const auto n = static_cast<double>(report.occupations.size());
  for (const OccupationEval& o : report.occupations) {
    report.mean.precision += o.metrics.precision / n;
    report.mean.recall += o.metrics.recall / n;
    report.mean.reciprocal_rank += o.metrics.reciprocal_rank / n;
    report.mean.ndcg += o.metrics.ndcg / n;
  }
  return report;
}

}  // namespace careerpath
