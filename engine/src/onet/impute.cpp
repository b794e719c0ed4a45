#include "onet/impute.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace careerpath::onet {
namespace {

struct Neighbour {
  Eigen::Index role = 0;
  double weight = 0.0;
};

// The k rated roles most like `role` by the evidence (ties by index), not
// `role` itself. Weights are the similarities where positive; if none is,
// every neighbour counts alike (the evidence says only that they are closest).
std::vector<Neighbour> nearest_rated(Eigen::Index role, const std::vector<char>& rated,
                                     const SimilarityMatrix& evidence, std::size_t k) {
  std::vector<Eigen::Index> pool;
  for (Eigen::Index j = 0; j < evidence.cols(); ++j) {
    if (j != role && rated[static_cast<std::size_t>(j)] != 0) pool.push_back(j);
  }
  const std::size_t keep = std::min(k, pool.size());
  std::partial_sort(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(keep), pool.end(),
                    [&](Eigen::Index a, Eigen::Index b) {
                      if (evidence(role, a) != evidence(role, b)) return evidence(role, a) > evidence(role, b);
                      return a < b;
                    });
  std::vector<Neighbour> out;
  double total = 0.0;
  for (std::size_t i = 0; i < keep; ++i) {
    out.push_back({.role = pool[i], .weight = std::max(evidence(role, pool[i]), 0.0)});
    total += out.back().weight;
  }
  if (total <= 0.0) {
    for (Neighbour& n : out) n.weight = 1.0;
  }
  return out;
}

// The neighbours' weighted mean of each element they rate; `known` is 1
// where at least one of them rates it.
void weighted_mean(const ElementRatings& table, const std::vector<Neighbour>& neighbours, Eigen::RowVectorXd& values,
                   Eigen::RowVectorXd& known) {
  const Eigen::Index elements = table.values.cols();
  Eigen::RowVectorXd sums = Eigen::RowVectorXd::Zero(elements);
  Eigen::RowVectorXd weights = Eigen::RowVectorXd::Zero(elements);
  for (const Neighbour& n : neighbours) {
    sums += n.weight * table.values.row(n.role).cwiseProduct(table.known.row(n.role));
    weights += n.weight * table.known.row(n.role);
  }
  values = Eigen::RowVectorXd::Zero(elements);
  known = Eigen::RowVectorXd::Zero(elements);
  for (Eigen::Index e = 0; e < elements; ++e) {
    if (weights(e) > 0.0) {
      values(e) = sums(e) / weights(e);
      known(e) = 1.0;
    }
  }
}

// Indices of the 10 largest entries of `row` other than `self`, as a sorted set.
std::vector<Eigen::Index> top_ten(const Eigen::RowVectorXd& row, Eigen::Index self) {
  constexpr std::size_t kTop = 10;
  std::vector<Eigen::Index> order;
  for (Eigen::Index j = 0; j < row.size(); ++j) {
    if (j != self) order.push_back(j);
  }
  const std::size_t keep = std::min(kTop, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
                    [&](Eigen::Index a, Eigen::Index b) { return row(a) != row(b) ? row(a) > row(b) : a < b; });
  order.resize(keep);
  std::sort(order.begin(), order.end());
  return order;
}

double shared_share(const std::vector<Eigen::Index>& a, const std::vector<Eigen::Index>& b) {
  std::vector<Eigen::Index> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return a.empty() ? 1.0 : static_cast<double>(both.size()) / static_cast<double>(a.size());
}

// One rating block prepared for recomputing single rows of its standardised
// similarity: the others' centred unit rows and the block's spread.
struct PreparedBlock {
  Eigen::VectorXd means{};
  Eigen::MatrixXd unit_rows{};
  OffDiagonalSpread spread{};
};

PreparedBlock prepare(const ElementRatings& levels) {
  PreparedBlock p;
  p.means = rated_means(levels.values, levels.known);
  p.unit_rows = centred_unit_rows(levels.values, levels.known, p.means);
  p.spread = off_diagonal_spread(p.unit_rows * p.unit_rows.transpose());
  return p;
}

// The block's standardised similarity of a role with levels `values` (known
// where `known`) to every role.
Eigen::RowVectorXd standardised_row(const PreparedBlock& p, const Eigen::RowVectorXd& values,
                                    const Eigen::RowVectorXd& known) {
  Eigen::MatrixXd centred = centred_unit_rows(values, known, p.means);
  Eigen::RowVectorXd row = (p.unit_rows * centred.transpose()).transpose();
  row.array() -= p.spread.mean;
  if (p.spread.deviation > 0.0) row /= p.spread.deviation;
  return row;
}

}  // namespace

std::vector<char> rated_rows(const ElementRatings& ratings) {
  std::vector<char> rated(static_cast<std::size_t>(ratings.known.rows()), 0);
  for (Eigen::Index r = 0; r < ratings.known.rows(); ++r) rated[static_cast<std::size_t>(r)] = ratings.known.row(r).sum() > 0.0;
  return rated;
}

void impute_rows(const std::vector<ElementRatings*>& tables, const std::vector<char>& rated,
                 const SimilarityMatrix& evidence, std::size_t k) {
  // Neighbours are found before any row is filled, so that no imputed row
  // feeds another.
  std::vector<std::pair<Eigen::Index, std::vector<Neighbour>>> plan;
  for (std::size_t r = 0; r < rated.size(); ++r) {
    if (rated[r] == 0) plan.emplace_back(static_cast<Eigen::Index>(r), nearest_rated(static_cast<Eigen::Index>(r), rated, evidence, k));
  }
  for (ElementRatings* table : tables) {
    std::vector<std::pair<Eigen::RowVectorXd, Eigen::RowVectorXd>> filled;
    for (const auto& [role, neighbours] : plan) {
      Eigen::RowVectorXd values;
      Eigen::RowVectorXd known;
      weighted_mean(*table, neighbours, values, known);
      filled.emplace_back(std::move(values), std::move(known));
    }
    for (std::size_t i = 0; i < plan.size(); ++i) {
      table->values.row(plan[i].first) = filled[i].first;
      table->known.row(plan[i].first) = filled[i].second;
    }
  }
}

OnetImputationCheck leave_one_out(const std::vector<RatingBlock>& blocks, const std::vector<char>& rated,
                              const SimilarityMatrix& evidence, const SimilarityMatrix& total, double level_scale,
                              std::size_t k) {
  std::vector<PreparedBlock> prepared;
  for (const RatingBlock& b : blocks) prepared.push_back(prepare(*b.levels));
  OnetImputationCheck check{.neighbours = k};
  double level_error = 0.0;
  double importance_error = 0.0;
  double baseline_error = 0.0;
  double level_count = 0.0;
  double baseline_count = 0.0;
  double importance_count = 0.0;
  double same = 0.0;
  double same_ratings = 0.0;
  for (std::size_t r = 0; r < rated.size(); ++r) {
    if (rated[r] == 0) continue;
    const auto role = static_cast<Eigen::Index>(r);
    const std::vector<Neighbour> neighbours = nearest_rated(role, rated, evidence, k);
    Eigen::RowVectorXd real_total = total.row(role);
    Eigen::RowVectorXd imputed_total = real_total;
    Eigen::RowVectorXd real_ratings = Eigen::RowVectorXd::Zero(total.cols());
    Eigen::RowVectorXd imputed_ratings = real_ratings;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      const ElementRatings& levels = *blocks[b].levels;
      Eigen::RowVectorXd values;
      Eigen::RowVectorXd known;
      weighted_mean(levels, neighbours, values, known);
      const Eigen::RowVectorXd real_known = levels.known.row(role);
      const Eigen::RowVectorXd both = real_known.cwiseProduct(known);
      level_error += (values - levels.values.row(role)).cwiseAbs().cwiseProduct(both).sum() * level_scale;
      baseline_error += (prepared[b].means.transpose() - levels.values.row(role)).cwiseAbs().cwiseProduct(real_known).sum() *
                        level_scale;
      level_count += both.sum();
      baseline_count += real_known.sum();

      const ElementRatings& importance = *blocks[b].importance;
      Eigen::RowVectorXd im_values;
      Eigen::RowVectorXd im_known;
      weighted_mean(importance, neighbours, im_values, im_known);
      const Eigen::RowVectorXd im_both = importance.known.row(role).cwiseProduct(im_known);
      // Importance 1-5 is 0-1 on the graph.
      importance_error += (im_values - importance.values.row(role)).cwiseAbs().cwiseProduct(im_both).sum() / 4.0;
      importance_count += im_both.sum();

      const Eigen::RowVectorXd real_row = standardised_row(prepared[b], levels.values.row(role), real_known);
      const Eigen::RowVectorXd imputed_row = standardised_row(prepared[b], values, known);
      imputed_total += blocks[b].share * (imputed_row - real_row);
      real_ratings += blocks[b].share * real_row;
      imputed_ratings += blocks[b].share * imputed_row;
    }
    same += shared_share(top_ten(real_total, role), top_ten(imputed_total, role));
    same_ratings += shared_share(top_ten(real_ratings, role), top_ten(imputed_ratings, role));
    ++check.held_out;
  }
  if (check.held_out == 0) return check;
  const auto n = static_cast<double>(check.held_out);
  check.level_mae = level_count > 0.0 ? level_error / level_count : 0.0;
  check.importance_mae = importance_count > 0.0 ? importance_error / importance_count : 0.0;
  check.mean_baseline_mae = baseline_count > 0.0 ? baseline_error / baseline_count : 0.0;
  check.top_related_same = same / n;
  check.top_related_same_ratings = same_ratings / n;
  return check;
}

}  // namespace careerpath::onet
