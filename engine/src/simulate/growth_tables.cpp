#include "simulate/growth_tables.hpp"

namespace careerpath::detail {

std::size_t GrowthTables::entry_for(double learning_rate) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].learning_rate == learning_rate) return i;
  }
  entries_.push_back({learning_rate, std::vector<std::unique_ptr<RoleTable>>(model_->role_count())});
  return entries_.size() - 1;
}

const GrowthTables::RoleTable& GrowthTables::table(std::size_t entry, std::size_t role) {
  auto& slot = entries_[entry].roles[role];
  if (slot) return *slot;
  slot = std::make_unique<RoleTable>();
  const auto r = static_cast<Eigen::Index>(role);
  const Eigen::RowVectorXd q = (-entries_[entry].learning_rate * model_->growth_per_step.row(r).array()).exp().matrix();
  const Eigen::Index skills = q.size();
  const auto blocks = static_cast<Eigen::Index>(model_->steps / kLowSteps + 1);
  slot->low.resize(static_cast<Eigen::Index>(kLowSteps), skills);
  slot->low.row(0).setOnes();
  for (Eigen::Index k = 1; k < static_cast<Eigen::Index>(kLowSteps); ++k) {
    slot->low.row(k) = slot->low.row(k - 1).cwiseProduct(q);
  }
  const Eigen::RowVectorXd q_block = slot->low.row(kLowSteps - 1).cwiseProduct(q);
  slot->high.resize(blocks, skills);
  slot->high.row(0).setOnes();
  for (Eigen::Index k = 1; k < blocks; ++k) slot->high.row(k) = slot->high.row(k - 1).cwiseProduct(q_block);
  return *slot;
}

void GrowthTables::grow(std::size_t entry, std::size_t role, std::size_t steps, Eigen::Ref<Eigen::RowVectorXd> skills) {
  if (steps == 0) return;
  const RoleTable& t = table(entry, role);
  const auto low = static_cast<Eigen::Index>(steps % kLowSteps);
  const auto high = static_cast<Eigen::Index>(steps / kLowSteps);
  const auto target = model_->growth_target.row(static_cast<Eigen::Index>(role)).array();
  skills.array() += (target - skills.array()).max(0.0) * (1.0 - t.low.row(low).array() * t.high.row(high).array());
}

}  // namespace careerpath::detail
