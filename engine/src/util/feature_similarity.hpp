// Item-by-item similarity from feature blocks, as dense symmetric matrices
// (items are occupations: a few thousand at most, so n x n fits easily).
//
// Two ways of turning a block into numbers:
//  - rated elements (skill levels, interests, work styles): each element is
//    centred on its mean over all items, so that what every item has in
//    common (everyone needs some reading) does not make them alike; the
//    similarity is the cosine of the centred vectors. A missing rating takes
//    the mean, i.e. carries no information.
//  - sets and text (detailed work activities, title words, technologies):
//    TF-IDF vectors, with sublinear term frequency 1 + ln(count) and inverse
//    document frequency ln(n / df), so that a term every item shares weighs
//    nothing and a rare shared term weighs much; the similarity is the cosine.
// Items with no data in a block are similar to nothing in it (a zero row).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <Eigen/Core>
#include <Eigen/SparseCore>

namespace careerpath {

using SimilarityMatrix = Eigen::MatrixXd;

// values: items x elements; known: 1 where a value was rated, 0 where missing.
[[nodiscard]] SimilarityMatrix centred_cosine_similarity(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known);

// Each element's mean over the items that rate it (0 where none does).
[[nodiscard]] Eigen::VectorXd rated_means(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known);
// The rows centred on `means` (a missing rating centres to 0) and scaled to
// length 1 (a row of zeros stays zero): centred_cosine_similarity is their
// Gram matrix.
[[nodiscard]] Eigen::MatrixXd centred_unit_rows(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known,
                                                const Eigen::VectorXd& means);

// Cosine of the raw rows (a missing rating takes its element's mean), for
// ratings whose size matters as well as their shape (importance: two roles
// that find the same areas very important are closer than two that find
// them slightly important).
[[nodiscard]] SimilarityMatrix cosine_similarity(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known);

// Pearson correlation of two items' profiles across the elements (each row
// centred on its own mean; a missing rating takes its element's mean): alike
// when the same elements stand out for both, whatever their overall height.
// An item whose ratings are all equal correlates with nothing (0).
[[nodiscard]] SimilarityMatrix correlation_similarity(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known);

// Latent-semantic similarity from the Gram matrix G = X X' of L2-normalised
// item rows X (e.g. TF-IDF): the items' coordinates on the `dimensions`
// leading eigenvectors of G, scaled by the square roots of their eigenvalues
// (X's leading singular directions, the classic LSA reduction), compared by
// cosine. Deterministic: Eigen's SelfAdjointEigenSolver, eigenvalues sorted
// descending, and each eigenvector's sign fixed so that its largest-magnitude
// entry (first such index on a tie) is positive.
[[nodiscard]] SimilarityMatrix latent_semantic_similarity(const SimilarityMatrix& gram, std::size_t dimensions);

// Interns terms (words, ids) as dense indices for TF-IDF.
class TermDictionary {
 public:
  [[nodiscard]] std::uint32_t intern(std::string_view term);
  [[nodiscard]] std::size_t size() const noexcept { return count_; }

 private:
  std::unordered_map<std::string, std::uint32_t> index_{};  // lookup only; never iterated
  std::size_t count_ = 0;
};

// One bag of terms per item: a term listed twice counts twice.
using TermBags = std::vector<std::vector<std::uint32_t>>;

// L2-normalised TF-IDF rows (items x terms).
[[nodiscard]] Eigen::SparseMatrix<double, Eigen::RowMajor> tfidf_rows(const TermBags& bags, std::size_t term_count);
[[nodiscard]] SimilarityMatrix tfidf_cosine_similarity(const TermBags& bags, std::size_t term_count);

// Rescales the off-diagonal entries to mean 0 and standard deviation 1, so
// that blocks whose raw similarities live on different scales (a TF-IDF
// cosine is mostly near 0, a centred level cosine spreads over [-1, 1]) can
// be combined with weights that mean what they say. The diagonal becomes 0.
void standardise_off_diagonal(SimilarityMatrix& similarity);

// The off-diagonal mean and standard deviation standardise_off_diagonal uses.
struct OffDiagonalSpread {
  double mean = 0.0;
  double deviation = 0.0;  // 0 when every pair is alike
};
[[nodiscard]] OffDiagonalSpread off_diagonal_spread(const SimilarityMatrix& similarity);

// Lower-case words of letters and digits, without the commonest English
// function words and a plural 's' ("Managers" and "manager" are one term).
[[nodiscard]] std::vector<std::string> title_words(std::string_view text);

}  // namespace careerpath
