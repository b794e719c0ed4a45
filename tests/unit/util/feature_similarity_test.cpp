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
