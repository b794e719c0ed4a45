#include "util/feature_similarity.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include <Eigen/Eigenvalues>

namespace careerpath {
namespace {

// Scales every non-zero row to unit length; zero rows stay zero.
void normalise_rows(Eigen::MatrixXd& m) {
  const Eigen::VectorXd norms = m.rowwise().norm();
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    if (norms(i) > 0.0) m.row(i) /= norms(i);
  }
}

bool is_stop_word(std::string_view word) {
  // No "it": in titles it is information technology.
  static constexpr std::array<std::string_view, 22> kStopWords = {
      "a",  "an", "and", "as",   "at",  "by",    "for",  "from", "in",   "into", "is",
      "of", "on", "or",  "the",  "to",  "with",  "all",  "other", "such", "than", "that"};
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

// "managers" -> "manager"; leaves "analysis", "status", "business" alone.
std::string singular(std::string word) {
  if (word.size() <= 3 || word.back() != 's') return word;
  const char before = word[word.size() - 2];
  if (before == 's' || before == 'i' || before == 'u') return word;
  word.pop_back();
  return word;
}

// Ratings with every missing entry replaced by its element's mean over the
// items that have it.
Eigen::MatrixXd with_means_filled(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known) {
  const Eigen::VectorXd counts = known.colwise().sum().transpose();
  const Eigen::VectorXd sums = values.cwiseProduct(known).colwise().sum().transpose();
  const Eigen::VectorXd means = sums.binaryExpr(counts, [](double s, double c) { return c > 0.0 ? s / c : 0.0; });
  Eigen::MatrixXd filled = values;
  for (Eigen::Index i = 0; i < values.rows(); ++i) {
    for (Eigen::Index e = 0; e < values.cols(); ++e) {
      if (known(i, e) == 0.0) filled(i, e) = means(e);
    }
  }
  return filled;
}

// An item with no rating at all is a zero row: similar to nothing.
void clear_unrated_rows(Eigen::MatrixXd& m, const Eigen::MatrixXd& known) {
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    if (known.row(i).sum() == 0.0) m.row(i).setZero();
  }
}

}  // namespace

SimilarityMatrix cosine_similarity(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known) {
  Eigen::MatrixXd rows = with_means_filled(values, known);
  clear_unrated_rows(rows, known);
  normalise_rows(rows);
  return rows * rows.transpose();
}

SimilarityMatrix correlation_similarity(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known) {
  Eigen::MatrixXd rows = with_means_filled(values, known);
  const Eigen::VectorXd row_means = rows.rowwise().mean();
  rows.colwise() -= row_means;
  clear_unrated_rows(rows, known);
  // A flat profile (all equal) centres to about 0; rounding must not turn it
  // into a direction.
  for (Eigen::Index i = 0; i < rows.rows(); ++i) {
    if (rows.row(i).norm() < 1e-12) rows.row(i).setZero();
  }
  normalise_rows(rows);
  return rows * rows.transpose();
}

SimilarityMatrix latent_semantic_similarity(const SimilarityMatrix& gram, std::size_t dimensions) {
  const Eigen::Index n = gram.rows();
  const Eigen::Index d = std::min<Eigen::Index>(static_cast<Eigen::Index>(dimensions), n);
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram);
  // Eigen returns eigenvalues ascending: the leading ones are the last d.
  Eigen::MatrixXd coordinates(n, d);
  for (Eigen::Index k = 0; k < d; ++k) {
    const Eigen::Index source = n - 1 - k;
    Eigen::VectorXd vector = solver.eigenvectors().col(source);
    Eigen::Index largest = 0;
    vector.cwiseAbs().maxCoeff(&largest);  // first index of the maximum
    if (vector(largest) < 0.0) vector = -vector;
    coordinates.col(k) = vector * std::sqrt(std::max(0.0, solver.eigenvalues()(source)));
  }
  normalise_rows(coordinates);
  return coordinates * coordinates.transpose();
}

Eigen::VectorXd rated_means(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known) {
  const Eigen::VectorXd counts = known.colwise().sum().transpose();
  const Eigen::VectorXd sums = values.cwiseProduct(known).colwise().sum().transpose();
  return sums.binaryExpr(counts, [](double s, double c) { return c > 0.0 ? s / c : 0.0; });
}

Eigen::MatrixXd centred_unit_rows(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known,
                                  const Eigen::VectorXd& means) {
  // Missing ratings become the mean, so they centre to 0.
  Eigen::MatrixXd centred = (values.rowwise() - means.transpose()).cwiseProduct(known);
  normalise_rows(centred);
  return centred;
}

SimilarityMatrix centred_cosine_similarity(const Eigen::MatrixXd& values, const Eigen::MatrixXd& known) {
  const Eigen::MatrixXd centred = centred_unit_rows(values, known, rated_means(values, known));
  return centred * centred.transpose();
}

OffDiagonalSpread off_diagonal_spread(const SimilarityMatrix& similarity) {
  const Eigen::Index n = similarity.rows();
  if (n < 2) return {};
  const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);
  const double mean = (similarity.sum() - similarity.trace()) / pairs;
  double squares = 0.0;
  for (Eigen::Index j = 0; j < n; ++j) {
    for (Eigen::Index i = 0; i < n; ++i) {
      if (i != j) squares += (similarity(i, j) - mean) * (similarity(i, j) - mean);
    }
  }
  return {.mean = mean, .deviation = std::sqrt(squares / pairs)};
}

void standardise_off_diagonal(SimilarityMatrix& similarity) {
  const Eigen::Index n = similarity.rows();
  if (n < 2) return;
  similarity.diagonal().setZero();
  const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);
  const double mean = similarity.sum() / pairs;
  similarity.array() -= mean;
  similarity.diagonal().setZero();
  const double variance = similarity.squaredNorm() / pairs;
  if (variance > 0.0) similarity /= std::sqrt(variance);
}

std::uint32_t TermDictionary::intern(std::string_view term) {
  auto [it, inserted] = index_.try_emplace(std::string(term), static_cast<std::uint32_t>(count_));
  if (inserted) ++count_;
  return it->second;
}

Eigen::SparseMatrix<double, Eigen::RowMajor> tfidf_rows(const TermBags& bags, std::size_t term_count) {
  const auto items = static_cast<Eigen::Index>(bags.size());
  // Per item: (term, count), sorted by term.
  std::vector<std::vector<std::pair<std::uint32_t, int>>> counts(bags.size());
  std::vector<int> document_frequency(term_count, 0);
  for (std::size_t i = 0; i < bags.size(); ++i) {
    std::vector<std::uint32_t> sorted = bags[i];
    std::sort(sorted.begin(), sorted.end());
    for (std::uint32_t term : sorted) {
      if (!counts[i].empty() && counts[i].back().first == term) {
        ++counts[i].back().second;
      } else {
        counts[i].emplace_back(term, 1);
        ++document_frequency[term];
      }
    }
  }
  std::vector<Eigen::Triplet<double>> entries;
  for (std::size_t i = 0; i < bags.size(); ++i) {
    double norm2 = 0.0;
    const std::size_t first = entries.size();
    for (const auto& [term, count] : counts[i]) {
      const double idf = std::log(static_cast<double>(items) / document_frequency[term]);
      const double weight = (1.0 + std::log(static_cast<double>(count))) * idf;
      if (weight <= 0.0) continue;
      entries.emplace_back(static_cast<int>(i), static_cast<int>(term), weight);
      norm2 += weight * weight;
    }
    const double norm = std::sqrt(norm2);
    for (std::size_t e = first; e < entries.size(); ++e) {
      entries[e] = Eigen::Triplet<double>(entries[e].row(), entries[e].col(), entries[e].value() / norm);
    }
  }
  Eigen::SparseMatrix<double, Eigen::RowMajor> rows(items, static_cast<Eigen::Index>(term_count));
  rows.setFromTriplets(entries.begin(), entries.end());
  return rows;
}

SimilarityMatrix tfidf_cosine_similarity(const TermBags& bags, std::size_t term_count) {
  const Eigen::SparseMatrix<double, Eigen::RowMajor> rows = tfidf_rows(bags, term_count);
  const Eigen::SparseMatrix<double, Eigen::ColMajor> columns = rows.transpose();
  return SimilarityMatrix(rows * columns);
}

std::vector<std::string> title_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && !is_stop_word(word)) words.push_back(singular(std::move(word)));
    word.clear();
  };
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      word.push_back(static_cast<char>(std::tolower(u)));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

}  // namespace careerpath
