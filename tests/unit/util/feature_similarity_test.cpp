#include "util/feature_similarity.hpp"

#include <gtest/gtest.h>

namespace careerpath {
namespace {

TEST(FeatureSimilarity, CentredCosineIgnoresWhatEveryoneShares) {
  // Every item has element 0 at 5: after centring it says nothing.
  Eigen::MatrixXd values(3, 3);
  values << 5, 1, 0,  //
      5, 1, 0,        //
      5, 0, 1;
  const Eigen::MatrixXd known = Eigen::MatrixXd::Ones(3, 3);
  const SimilarityMatrix s = centred_cosine_similarity(values, known);
  EXPECT_NEAR(s(0, 1), 1.0, 1e-12);   // identical
  EXPECT_NEAR(s(0, 2), -1.0, 1e-12);  // opposite deviations from the mean
  EXPECT_NEAR(s(2, 2), 1.0, 1e-12);
}

TEST(FeatureSimilarity, MissingRatingsCarryNoInformation) {
  Eigen::MatrixXd values(3, 2);
  values << 4, 0,  //
      2, 9,        //
      0, 3;
  Eigen::MatrixXd known(3, 2);
  known << 1, 0,  //
      1, 1,       //
      1, 1;
  const SimilarityMatrix s = centred_cosine_similarity(values, known);
  // Item 0 only has element 0 (mean 2): +2. Item 1 is at the mean there.
  EXPECT_NEAR(s(0, 1), 0.0, 1e-12);
  EXPECT_NEAR(s(0, 2), -1.0 / std::sqrt(1.0 + 9.0 / 4.0) * 1.0, 1e-12);
}

TEST(FeatureSimilarity, CosineKeepsTheHeightOfImportanceRatings) {
  // Both find the same areas important, one twice as strongly: the same
  // direction. A third rates the other area: orthogonal.
  Eigen::MatrixXd values(3, 2);
  values << 2, 0,  //
      4, 0,        //
      0, 3;
  const SimilarityMatrix s = cosine_similarity(values, Eigen::MatrixXd::Ones(3, 2));
  EXPECT_NEAR(s(0, 1), 1.0, 1e-12);
  EXPECT_NEAR(s(0, 2), 0.0, 1e-12);
}

TEST(FeatureSimilarity, CorrelationComparesProfilesWhateverTheirHeight) {
  // Row 1 is row 0 raised by 3 (same profile); row 2 reverses it; row 3 is flat.
  Eigen::MatrixXd values(4, 3);
  values << 1, 2, 4,  //
      4, 5, 7,        //
      4, 2, 1,        //
      3, 3, 3;
  const SimilarityMatrix s = correlation_similarity(values, Eigen::MatrixXd::Ones(4, 3));
  EXPECT_NEAR(s(0, 1), 1.0, 1e-12);
  EXPECT_NEAR(s(0, 2), -0.9285714285714286, 1e-12);  // Pearson r of (1,2,4) and (4,2,1)
  EXPECT_EQ(s(0, 3), 0.0);                              // a flat profile correlates with nothing
  EXPECT_EQ(s(3, 3), 0.0);
}

TEST(FeatureSimilarity, LatentSemanticReductionMergesCoOccurringTermsDeterministically) {
  // Terms: 0 "nurse", 1 "patient", 2 "care", 3 "code", 4 "software".
  // Items 0 and 1 share no term, but both share terms with item 2; items 3
  // and 4 are the software theme. Two dimensions keep the two themes, so the
  // first two items become alike.
  const TermBags bags = {{0, 2}, {1, 2}, {0, 1, 2}, {3, 4}, {3, 4, 4}};
  const Eigen::SparseMatrix<double, Eigen::RowMajor> rows = tfidf_rows(bags, 5);
  const Eigen::SparseMatrix<double, Eigen::ColMajor> columns = rows.transpose();
  const SimilarityMatrix gram(rows * columns);
  EXPECT_LT(gram(0, 1), 0.5);
  const SimilarityMatrix s = latent_semantic_similarity(gram, 2);
  EXPECT_GT(s(0, 1), 0.99);
  EXPECT_NEAR(s(0, 3), 0.0, 1e-9);
  EXPECT_NEAR(s(3, 4), 1.0, 1e-9);
  EXPECT_EQ(s, latent_semantic_similarity(gram, 2));  // bit for bit the same
  // All dimensions kept: the reduction changes nothing.
  const SimilarityMatrix full = latent_semantic_similarity(gram, 5);
  EXPECT_NEAR(full(0, 1), gram(0, 1), 1e-9);
}

TEST(FeatureSimilarity, TfIdfWeighsRareSharedTermsAndIgnoresUniversalOnes) {
  TermDictionary terms;
  const auto common = terms.intern("common");
  const auto rare = terms.intern("rare");
  const auto other = terms.intern("other");
  EXPECT_EQ(terms.intern("rare"), rare);
  const TermBags bags = {{common, rare}, {common, rare}, {common, other}, {common}};
  const SimilarityMatrix s = tfidf_cosine_similarity(bags, terms.size());
  EXPECT_NEAR(s(0, 1), 1.0, 1e-12);  // same rare term; "common" weighs nothing
  EXPECT_NEAR(s(0, 2), 0.0, 1e-12);
  EXPECT_NEAR(s(3, 3), 0.0, 1e-12);  // only a universal term: an empty vector
}

TEST(FeatureSimilarity, RepeatedTermsCountSublinearly) {
  TermDictionary terms;
  const auto a = terms.intern("a");
  const auto b = terms.intern("b");
  const auto c = terms.intern("c");
  const TermBags bags = {{a, a, a, b}, {a, b}, {c}};
  const auto rows = tfidf_rows(bags, terms.size());
  const double idf = std::log(3.0 / 2.0);
  const double wa = (1.0 + std::log(3.0)) * idf;
  EXPECT_NEAR(rows.coeff(0, a), wa / std::sqrt(wa * wa + idf * idf), 1e-12);
}

TEST(FeatureSimilarity, StandardisedBlocksHaveMeanZeroAndUnitSpread) {
  SimilarityMatrix s(3, 3);
  s << 1, 0.2, 0.4,  //
      0.2, 1, 0.6,   //
      0.4, 0.6, 1;
  standardise_off_diagonal(s);
  EXPECT_NEAR(s.sum(), 0.0, 1e-12);
  EXPECT_NEAR(s.squaredNorm() / 6.0, 1.0, 1e-12);
  EXPECT_EQ(s(0, 0), 0.0);
  EXPECT_LT(s(0, 1), s(1, 2));  // order kept
}

TEST(FeatureSimilarity, TitleWordsFoldCaseDropFunctionWordsAndPlurals) {
  EXPECT_EQ(title_words("Managers of IT Projects (Scrum)"),
            (std::vector<std::string>{"manager", "it", "project", "scrum"}));
  EXPECT_EQ(title_words("Business Analysis"), (std::vector<std::string>{"business", "analysis"}));
}

}  // namespace
}  // namespace careerpath
