#include "careerpath/report/onet_json.hpp"

#include "careerpath/report/report_json.hpp"

namespace careerpath::report {
namespace {

using nlohmann::json;

json metrics_json(const RankingMetrics& m) {
  return {{"precision", m.precision}, {"recall", m.recall}, {"mrr", m.reciprocal_rank}, {"ndcg", m.ndcg}};
}

}  // namespace

json eval_json(const RoleGraph& g, const EvalReport& report, const std::string& truth) {
  json occupations = json::array();
  for (const OccupationEval& o : report.occupations) {
    json j = role_ref_json(g, o.role);
    j["metrics"] = metrics_json(o.metrics);
    j["hits"] = o.metrics.hits;
    j["related"] = o.related;
    j["related_in_graph"] = o.related_in_graph;
    json top = json::array();
    for (std::size_t i = 0; i < o.top.size(); ++i) {
      top.push_back({{"id", g.role(o.top[i]).id}, {"title", g.role(o.top[i]).title}, {"related", o.top_related[i]}});
    }
    j["top"] = std::move(top);
    occupations.push_back(std::move(j));
  }
  json j = {{"graph", g.name()},
            {"truth", truth},
            {"k", report.k},
            {"sources", report.sources},
            {"scored", report.occupations.size()},
            {"skipped", report.skipped_sources},
            {"metrics", metrics_json(report.mean)},
            {"occupations", std::move(occupations)}};
  if (!g.attribution().empty()) j["attribution"] = g.attribution();
  return j;
}

json import_summary_json(const OnetImportSummary& s, const std::string& output) {
  json blocks = json::array();
  for (const OnetBlockReport& b : s.blocks) {
    blocks.push_back({{"id", b.block.id}, {"weight", b.block.weight}, {"present", b.present},
                      {"roles_with_data", b.occupations}, {"files", b.block.files}, {"numbers", b.block.numbers}});
  }
  return {{"output", output},
          {"onet_version", s.version},
          {"occupations", s.occupations},
          {"roles", s.roles},
          {"left_out", {{"without_ratings", s.without_ratings}, {"without_job_zone", s.without_job_zone}}},
          {"imputed", {{"roles", s.imputed},
                       {"neighbours", s.imputation.neighbours},
                       {"leave_one_out", {{"held_out", s.imputation.held_out},
                                          {"level_mae", s.imputation.level_mae},
                                          {"importance_mae", s.imputation.importance_mae},
                                          {"mean_baseline_level_mae", s.imputation.mean_baseline_mae},
                                          {"top10_similar_kept", s.imputation.top_related_same},
                                          {"top10_similar_kept_by_ratings", s.imputation.top_related_same_ratings}}}}},
          {"aliases", s.aliases},
          {"transitions", s.transitions},
          {"blocks", std::move(blocks)}};
}

}  // namespace careerpath::report
