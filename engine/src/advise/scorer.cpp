#include "careerpath/advise/scorer.hpp"

namespace careerpath {
namespace {

// Turns weighted shortfalls into fits; roles with nothing required fit fully.
double fit_from_shortfall(double shortfall, double total) { return total > 0.0 ? 1.0 - shortfall / total : 1.0; }

}  // namespace

Eigen::VectorXd skill_fit(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills) {
  const RoleMatrix& need = graph.requirements();
  // Shortfall of every role at once: (R - 1 s^T)_+ weighted by importance.
  const Eigen::VectorXd shortfall =
      ((need.rowwise() - skills.transpose()).cwiseMax(0.0).cwiseProduct(graph.importance())).rowwise().sum();
  const Eigen::VectorXd& total = graph.total_weighted_requirement();
  return shortfall.binaryExpr(total, [](double s, double t) { return fit_from_shortfall(s, t); });
}

Eigen::MatrixXd skill_fit_many(const RoleGraph& graph, const Eigen::Ref<const RoleMatrix>& people) {
  Eigen::MatrixXd fit(people.rows(), static_cast<Eigen::Index>(graph.role_count()));
  for (Eigen::Index p = 0; p < people.rows(); ++p) fit.row(p) = skill_fit(graph, people.row(p).transpose()).transpose();
  return fit;
}

double skill_fit(const RoleGraph& graph, const Eigen::Ref<const Eigen::VectorXd>& skills, std::size_t role) {
  const auto r = static_cast<Eigen::Index>(role);
  const double shortfall = (graph.requirements().row(r) - skills.transpose())
                               .cwiseMax(0.0)
                               .cwiseProduct(graph.importance().row(r))
                               .sum();
  return fit_from_shortfall(shortfall, graph.total_weighted_requirement()(r));
}

}  // namespace careerpath
