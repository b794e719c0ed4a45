// Closed-form skill growth, so that a person's skills need updating only
// when something looks at them, not every step.
//
// In a role, a skill below its target T grows as dS/dt = lambda (T - S) with
// lambda = learning rate x growth rate x importance; over n steps of length
// dt the exact solution is S_n = T - (T - S_0) q^n with q = exp(-lambda dt).
// The tables hold q^n for every role a learning rate meets, split as
// q^(n mod 32) x q^(32 floor(n / 32)) to stay small for long horizons. Tables
// are built lazily per (learning rate, role) by each worker.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include <Eigen/Core>

#include "careerpath/model/role_graph.hpp"
#include "simulate/career_model.hpp"

namespace careerpath::detail {

class GrowthTables {
 public:
  explicit GrowthTables(const CareerModel& model) : model_(&model) {}

  // The table set for a learning rate (found or added); stable for the
  // lifetime of this object.
  [[nodiscard]] std::size_t entry_for(double learning_rate);

  // Raises `skills` (one person, normalised) by `steps` steps of growth in
  // `role` at the entry's learning rate. Allocates only on first use of a
  // (learning rate, role) pair.
  void grow(std::size_t entry, std::size_t role, std::size_t steps, Eigen::Ref<Eigen::RowVectorXd> skills);

 private:
  static constexpr std::size_t kLowSteps = 32;
  struct RoleTable {
    RoleMatrix low{};   // kLowSteps x skills: q^k
    RoleMatrix high{};  // blocks x skills: q^(kLowSteps k)
  };
  struct Entry {
    double learning_rate = 1.0;
    std::vector<std::unique_ptr<RoleTable>> roles{};
  };
  const RoleTable& table(std::size_t entry, std::size_t role);

  const CareerModel* model_;
  std::vector<Entry> entries_{};
};

}  // namespace careerpath::detail
