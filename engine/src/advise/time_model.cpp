#include "careerpath/advise/time_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "careerpath/advise/scorer.hpp"

namespace careerpath {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

std::size_t kind_index(MoveKind kind) {
  switch (kind) {
    case MoveKind::kPromotion: return 0;
    case MoveKind::kLateral: return 1;
    case MoveKind::kSwitch: return 2;
    case MoveKind::kStepBack: return 3;
  }
  return 1;
}

// Mean and variance of a lognormal with median `median` and log-sd `s`.
struct Moments {
  double mean = 0.0;
  double variance = 0.0;
};

Moments lognormal_moments(double median, double s) {
  if (median <= 0.0) return {};
  const double mean = median * std::exp(s * s / 2.0);
  return {mean, mean * mean * std::expm1(s * s)};
}

// Mean and variance of max(0, L - w) for L lognormal (median, s): the part of
// the learning time that outlasts the certain wait.
Moments excess_over(double median, double s, double w) {
  if (median <= 0.0) return {};
  if (w <= 0.0 || s <= 0.0) {
    if (s <= 0.0) return {std::max(0.0, median - w), 0.0};
    return lognormal_moments(median, s);
  }
  const double mu = std::log(median);
  const double d = (mu - std::log(w)) / s;
  const double m1 = std::exp(mu + s * s / 2.0);
  const double m2 = std::exp(2.0 * mu + 2.0 * s * s);
  const double mean = m1 * normal_cdf(d + s) - w * normal_cdf(d);
  const double second = m2 * normal_cdf(d + 2.0 * s) - 2.0 * w * m1 * normal_cdf(d + s) + w * w * normal_cdf(d);
  const double m = std::max(0.0, mean);
  return {m, std::max(0.0, second - m * m)};
}

// The lognormal with a given (positive) mean and variance: log-median mu and
// log-sd s, matched by moments. A route's uncertain part is fitted this way.
struct LognormalFit {
  double mu = 0.0;
  double s = 0.0;
};

LognormalFit fit_lognormal(double mean, double variance) {
  const double s2 = std::log1p(variance / (mean * mean));
  return {std::log(mean) - s2 / 2.0, std::sqrt(s2)};
}

// Percentiles of certain + X where X is lognormal with the given moments.
YearsRange range_of(double certain, double mean, double variance) {
  if (!std::isfinite(mean)) return {kInfinity, kInfinity, kInfinity};
  if (mean <= 0.0) return {certain, certain, certain};
  const LognormalFit x = fit_lognormal(mean, variance);
  return {certain + std::exp(x.mu + x.s * kZ10), certain + std::exp(x.mu), certain + std::exp(x.mu - x.s * kZ10)};
}

}  // namespace

void RouteTime::add(const StepTime& step) {
  certain_years += step.wait_years;
  mean_years += step.mean_years;
  excess_mean += step.excess_mean;
  excess_variance += step.excess_variance;
}

void RouteTime::finish() { years = range_of(certain_years, excess_mean, excess_variance); }

double RouteTime::chance_within(double limit) const {
  if (!std::isfinite(mean_years)) return 0.0;
  const double room = limit - certain_years;
  if (room <= 0.0) return 0.0;
  if (excess_mean <= 0.0) return 1.0;
  const LognormalFit x = fit_lognormal(excess_mean, excess_variance);
  if (x.s <= 0.0) return room >= excess_mean ? 1.0 : 0.0;
  return normal_cdf((std::log(room) - x.mu) / x.s);
}

RouteTime compose(std::span<const StepTime> steps) {
  RouteTime route;
  for (const StepTime& s : steps) route.add(s);
  route.finish();
  return route;
}

TimeModel::TimeModel(const RoleGraph& graph, TimeModelParameters parameters)
    : graph_(&graph), p_(parameters), total_importance_(graph.importance().rowwise().sum()) {
  // Precomputed so that the route search, which costs every move of the
  // graph, allocates nothing per move.
  years_per_level_ = graph.importance().unaryExpr([this](double importance) {
    return importance >= p_.practised_importance ? 1.0 / p_.work_levels_per_year : 1.0 / p_.study_levels_per_year;
  });
}

double TimeModel::learn_years(const Eigen::Ref<const Eigen::RowVectorXd>& have, std::size_t from, std::size_t role,
                              double learning_rate) const {
  const auto r = static_cast<Eigen::Index>(role);
  if (total_importance_(r) <= 0.0) return 0.0;
  const auto shortfall = (graph_->requirements().row(r) - have).cwiseMax(0.0).cwiseProduct(graph_->importance().row(r));
  const double total_required = graph_->total_weighted_requirement()(r);
  const double depth = shortfall.cwiseProduct(years_per_level_.row(static_cast<Eigen::Index>(from))).maxCoeff() *
                       graph_->skills().scale().span();
  const double breadth = total_required > 0.0 ? shortfall.sum() / total_required * p_.years_to_learn_a_role : 0.0;
  const double pace = std::max(learning_rate, 1e-6);
  return std::max(depth, breadth) / pace;
}

double TimeModel::land_years(const Transition& tr) const {
  if (tr.rate <= 0.0) return kInfinity;
  const std::size_t k = kind_index(tr.kind);
  const double competition =
      std::clamp(std::sqrt(p_.reference_rate[k] / tr.rate), p_.competition_min, p_.competition_max);
  return p_.landing[k] * competition;
}

double TimeModel::mean_years(double wait_years, double learn_years, double land_years) const {
  if (!std::isfinite(land_years)) return kInfinity;
  const double w = std::max(0.0, wait_years);
  const double s = p_.learning_spread;
  const double land = land_years * std::exp(p_.landing_spread * p_.landing_spread / 2.0);
  if (learn_years <= 0.0) return w + land;
  const double m1 = learn_years * std::exp(s * s / 2.0);
  if (w <= 0.0) return m1 + land;
  const double d = (std::log(learn_years) - std::log(w)) / s;
  return w + std::max(0.0, m1 * normal_cdf(d + s) - w * normal_cdf(d)) + land;
}

StepTime TimeModel::step(double wait_years, double learn_years, double land_years) const {
  StepTime s;
  s.wait_years = std::max(0.0, wait_years);
  s.learn_years = std::max(0.0, learn_years);
  s.land_years = land_years;
  if (!std::isfinite(land_years)) {
    s.mean_years = s.excess_mean = kInfinity;
    s.years = {kInfinity, kInfinity, kInfinity};
    return s;
  }
  const Moments learn = excess_over(s.learn_years, p_.learning_spread, s.wait_years);
  const Moments land = lognormal_moments(land_years, p_.landing_spread);
  s.excess_mean = learn.mean + land.mean;
  s.excess_variance = learn.variance + land.variance;
  s.mean_years = s.wait_years + s.excess_mean;
  s.years = range_of(s.wait_years, s.excess_mean, s.excess_variance);
  return s;
}

double TimeModel::draw(const StepTime& step, double z_learn, double z_land) const noexcept {
  const double learn = step.learn_years > 0.0 ? step.learn_years * std::exp(p_.learning_spread * z_learn) : 0.0;
  const double land = step.land_years * std::exp(p_.landing_spread * z_land);
  return std::max(step.wait_years, learn) + land;
}

}  // namespace careerpath
