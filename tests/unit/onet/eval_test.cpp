#include "careerpath/onet/eval.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "careerpath/io/graph_io.hpp"

namespace careerpath {
namespace {

TEST(EvalMetrics, HandComputedRankingWithAnItemTheRankingCannotHold) {
  // Related: a (index 1, gain 3), d (index 2, gain 3; never ranked),
  // b (index 7, gain 2), c (index 12, gain 1).
  const std::vector<GradedItem> related = {{"a", 3}, {"d", 3}, {"b", 2}, {"c", 1}};
  const RankingMetrics m = ranking_metrics({"a", "x", "b", "y", "c"}, related, 3);
  EXPECT_EQ(m.hits, 2u);
  EXPECT_DOUBLE_EQ(m.precision, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.recall, 2.0 / 4.0);
  EXPECT_DOUBLE_EQ(m.reciprocal_rank, 1.0);
  // DCG = 3/log2(2) + 2/log2(4) = 4; ideal = 3 + 3/log2(3) + 2/log2(4).
  EXPECT_NEAR(m.ndcg, 4.0 / (4.0 + 3.0 / std::log2(3.0)), 1e-12);
}

TEST(EvalMetrics, FirstHitBeyondTheCutOffCountsOnlyForMrr) {
  const RankingMetrics m = ranking_metrics({"x", "y", "z", "a"}, {{"a", 3}}, 2);
  EXPECT_EQ(m.hits, 0u);
  EXPECT_EQ(m.precision, 0.0);
  EXPECT_EQ(m.recall, 0.0);
  EXPECT_DOUBLE_EQ(m.reciprocal_rank, 0.25);
  EXPECT_EQ(m.ndcg, 0.0);
}

TEST(EvalMetrics, PerfectRankingScoresOne) {
  const RankingMetrics m = ranking_metrics({"a", "b", "c"}, {{"a", 3}, {"b", 2}, {"c", 1}}, 3);
  EXPECT_DOUBLE_EQ(m.precision, 1.0);
  EXPECT_DOUBLE_EQ(m.recall, 1.0);
  EXPECT_DOUBLE_EQ(m.ndcg, 1.0);
}

TEST(EvalMetrics, GainsFollowTheRelatednessTiers) {
  EXPECT_EQ(relatedness_gain(1), 3.0);
  EXPECT_EQ(relatedness_gain(5), 3.0);
  EXPECT_EQ(relatedness_gain(6), 2.0);
  EXPECT_EQ(relatedness_gain(10), 2.0);
  EXPECT_EQ(relatedness_gain(11), 1.0);
  EXPECT_EQ(relatedness_gain(20), 1.0);
}

constexpr const char* kHeader = "O*NET-SOC Code\tRelated O*NET-SOC Code\tRelatedness Tier\tIndex\n";

TEST(EvalTruth, ReadsListsSortedByIndex) {
  auto truth = parse_truth(std::string(kHeader) + "b\tc\tPrimary-Long\t7\r\nb\ta\tPrimary-Short\t1\r\na\tb\tPrimary-Short\t1\r\n",
                           "truth.tsv");
  ASSERT_TRUE(truth.ok()) << truth.error().to_string();
  ASSERT_EQ(truth->lists.size(), 2u);
  EXPECT_EQ(truth->lists[0].source, "a");
  EXPECT_EQ(truth->lists[1].related[0].code, "a");
  EXPECT_EQ(truth->lists[1].related[1].index, 7);
  EXPECT_EQ(truth->lists[1].related[1].line, 2);
}

std::string truth_error(const std::string& text) {
  auto truth = parse_truth(text, "truth.tsv");
  return truth.ok() ? "(no error)" : truth.error().to_string();
}

TEST(EvalTruth, RejectsBadRowsWithTheirLine) {
  EXPECT_EQ(truth_error(std::string(kHeader) + "a\tb\tx\tfirst\n"), "truth.tsv:2: column 'Index': 'first' is not a number");
  EXPECT_EQ(truth_error(std::string(kHeader) + "a\tb\tx\t1.5\n"), "truth.tsv:2: column 'Index': an index is a whole number");
  EXPECT_EQ(truth_error(std::string(kHeader) + "a\tb\tx\t0\n"),
            "truth.tsv:2: column 'Index': 0 is outside the range 1 to 1000");
  EXPECT_EQ(truth_error(std::string(kHeader) + "a\tb\tx\t1\na\tb\tx\t2\n"),
            "truth.tsv:3: column 'Related O*NET-SOC Code': 'b' is already related to 'a' on line 2");
  EXPECT_EQ(truth_error(std::string(kHeader) + "a\ta\tx\t1\n"),
            "truth.tsv:2: column 'Related O*NET-SOC Code': an occupation cannot be related to itself");
  EXPECT_EQ(truth_error("Code\tRelated\n"),
            "truth.tsv:1: missing column 'O*NET-SOC Code' (the header has 'Code', 'Related')");
  EXPECT_EQ(truth_error(kHeader), "truth.tsv: no truth rows");
}

// Four roles with identical requirements (so every fit is 1) and two usual
// moves out of "a": the recommender ranks b (rate 0.3), c (0.1), then d.
RoleGraph four_roles() {
  auto g = parse_graph(R"({
    "format": "careerpath.graph/1",
    "skills": [{"id": "sql", "name": "SQL", "category": "technical"}],
    "roles": [
      {"id": "a", "title": "A", "track": "t", "level": 2, "code": "00-0001.00", "requirements": {"sql": [3, 1]}},
      {"id": "b", "title": "B", "track": "t", "level": 2, "code": "00-0002.00", "requirements": {"sql": [3, 1]}},
      {"id": "c", "title": "C", "track": "t", "level": 1, "requirements": {"sql": [3, 1]}},
      {"id": "d", "title": "D", "track": "t", "level": 2, "code": "00-0002.00", "requirements": {"sql": [3, 1]}}
    ],
    "transitions": [{"from": "a", "to": "b", "kind": "lateral", "rate": 0.3, "min_years": 1},
                    {"from": "a", "to": "c", "kind": "step-back", "rate": 0.1, "min_years": 4}],
    "scoring": {"fit": 0.1, "move": 1, "goal": 0, "preference": 0, "seniority": 0}
  })",
                       "four.json");
  if (!g) throw std::runtime_error(g.error().to_string());
  return std::move(g).value();
}

TEST(Evaluate, RanksThroughTheRecommenderAndSkipsUnknownSources) {
  const RoleGraph g = four_roles();
  // The source is named by its code; related roles by id; "zz" is unknown.
  auto truth = parse_truth(std::string(kHeader) + "00-0001.00\tc\tx\t1\n00-0001.00\td\tx\t2\nzz\ta\tx\t1\n", "truth.tsv");
  ASSERT_TRUE(truth.ok());
  auto report = evaluate(g, *truth, {.k = 2});
  ASSERT_TRUE(report.ok()) << report.error().to_string();
  EXPECT_EQ(report->sources, 2u);
  EXPECT_EQ(report->skipped_sources, std::vector<std::string>{"zz"});
  ASSERT_EQ(report->occupations.size(), 1u);
  const OccupationEval& a = report->occupations[0];
  // Top 2: b (not related), then c (related, a step back the eval person
  // accepts, open after 4 years since eval persons have 5 in their role).
  ASSERT_EQ(a.top.size(), 2u);
  EXPECT_EQ(g.role(a.top[0]).id, "b");
  EXPECT_EQ(g.role(a.top[1]).id, "c");
  EXPECT_EQ(a.top_related, (std::vector<bool>{false, true}));
  EXPECT_DOUBLE_EQ(a.metrics.precision, 0.5);
  EXPECT_DOUBLE_EQ(a.metrics.recall, 0.5);
  EXPECT_DOUBLE_EQ(a.metrics.reciprocal_rank, 0.5);
  EXPECT_NEAR(a.metrics.ndcg, (3.0 / std::log2(3.0)) / (3.0 + 3.0 / std::log2(3.0)), 1e-12);
  EXPECT_DOUBLE_EQ(report->mean.ndcg, a.metrics.ndcg);
}

TEST(Evaluate, NoSourceInTheGraphIsAnError) {
  // "00-0002.00" is the code of both b and d, so it names neither.
  auto truth = parse_truth(std::string(kHeader) + "zz\ta\tx\t1\n00-0002.00\ta\tx\t1\n", "truth.tsv");
  ASSERT_TRUE(truth.ok());
  auto report = evaluate(four_roles(), *truth);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().to_string(), "truth.tsv: none of the 2 truth source occupations is a role of graph ''");
}

}  // namespace
}  // namespace careerpath
