#include "simulate/run_record.hpp"

#include <algorithm>

#include "simulate/random_stream.hpp"

namespace careerpath::detail {

bool TrajectoryKey::precedes(const TrajectoryKey& other) const noexcept {
  const bool lexicographic_less = std::lexicographical_compare(roles.begin(), roles.begin() + length, other.roles.begin(),
                                                               other.roles.begin() + other.length);
  if (lexicographic_less) return true;
  if (*this == other) return false;
  const bool same_roles = length == other.length && std::equal(roles.begin(), roles.begin() + length, other.roles.begin());
  if (!same_roles) return false;
  if (truncated != other.truncated) return !truncated;
  return !left && other.left;
}

std::size_t TrajectoryHash::operator()(const TrajectoryKey& key) const noexcept {
  std::uint64_t h = mix64(key.length * 4U + (key.truncated ? 1U : 0U) + (key.left ? 2U : 0U));
  for (std::size_t i = 0; i < key.length; ++i) h = mix64(h ^ key.roles[i]);
  return static_cast<std::size_t>(h);
}

RunRecord::RunRecord(const MetricLayout& layout, std::size_t skill_count, bool record_skills)
    : value(Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout.size()))), touched_flag(layout.size(), 0) {
  if (record_skills) {
    skills = RoleMatrix::Zero(static_cast<Eigen::Index>(layout.times), static_cast<Eigen::Index>(skill_count));
    skill_samples = Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout.times));
  }
}

void RunRecord::clear() {
  for (std::uint32_t slot : touched) {
    value[slot] = 0.0;
    touched_flag[slot] = 0;
  }
  touched.clear();
  goal_steps.clear();
  careers.clear();
  skills.setZero();
  skill_samples.setZero();
}

namespace {

// Keeps the `keep` most common trajectories (by count, then by roles).
void prune(CareerCounts& counts, std::size_t keep) {
  std::vector<std::pair<TrajectoryKey, std::uint64_t>> entries(counts.begin(), counts.end());
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first.precedes(b.first);
  });
  entries.resize(std::min(keep, entries.size()));
  counts.clear();
  for (const auto& [key, count] : entries) counts.emplace(key, count);
}

}  // namespace

SideTotals::SideTotals(const MetricLayout& layout, std::size_t steps, std::size_t skill_count)
    : sum(Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout.size()))),
      square(Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout.size()))),
      goal_histogram(layout.goals * (steps + 2), 0),
      skill_sum(RoleMatrix::Zero(static_cast<Eigen::Index>(layout.times), static_cast<Eigen::Index>(skill_count))),
      skill_samples(Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout.times))) {}

void SideTotals::add(const RunRecord& run, std::size_t steps) {
  for (std::uint32_t slot : run.touched) {
    const double v = run.value[slot];
    sum[slot] += v;
    square[slot] += v * v;
  }
  for (const auto& [goal, step] : run.goal_steps) {
    const std::size_t bin = step < 0 ? steps + 1 : static_cast<std::size_t>(step);
    ++goal_histogram[goal * (steps + 2) + bin];
  }
  for (const TrajectoryKey& key : run.careers) ++careers[key];
  career_count += run.careers.size();
  if (run.skills.size() > 0) {
    skill_sum += run.skills;
    skill_samples += run.skill_samples;
  }
}

void SideTotals::merge(const SideTotals& later, std::size_t max_careers, bool& careers_exact) {
  sum += later.sum;
  square += later.square;
  for (std::size_t i = 0; i < goal_histogram.size(); ++i) goal_histogram[i] += later.goal_histogram[i];
  skill_sum += later.skill_sum;
  skill_samples += later.skill_samples;
  for (const auto& [key, count] : later.careers) careers[key] += count;
  career_count += later.career_count;
  if (careers.size() > 2 * max_careers) {
    prune(careers, max_careers);
    careers_exact = false;
  }
}

ChunkTotals::ChunkTotals(const MetricLayout& layout, std::size_t steps, std::size_t skill_count, std::size_t side_count) {
  for (std::size_t i = 0; i < side_count; ++i) {
    sides.emplace_back(layout, steps, skill_count);
    const auto zero = Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout.size()));
    group_sum.push_back(zero);
    group_square.push_back(zero);
    if (i == 0) continue;
    difference_sum.push_back(zero);
    difference_square.push_back(zero);
  }
  for (std::size_t i = 1; i < side_count; ++i) {
    cross.push_back(Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout.size())));
    cost_cross.push_back(Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout.roles)));
  }
}

void ChunkTotals::add(const std::vector<RunRecord>& run, const MetricLayout& layout, std::size_t steps) {
  ++runs;
  for (std::size_t i = 0; i < sides.size(); ++i) sides[i].add(run[i], steps);
  const RunRecord& base = run[0];
  const std::size_t last = layout.times - 1;
  for (std::size_t i = 1; i < sides.size(); ++i) {
    // Slots neither run touched are zero in both, so the base's touched
    // slots carry every non-zero product.
    for (std::uint32_t slot : base.touched) cross[i - 1][slot] += base.value[slot] * run[i].value[slot];
    const auto cost = static_cast<Eigen::Index>(layout.cost());
    const double d_cost = run[i].value[cost] - base.value[cost];
    if (d_cost == 0.0) continue;
    for (std::size_t r = 0; r < layout.roles; ++r) {
      const auto slot = static_cast<Eigen::Index>(layout.headcount(last, r));
      cost_cross[i - 1][static_cast<Eigen::Index>(r)] += d_cost * (run[i].value[slot] - base.value[slot]);
    }
  }
}

void ChunkTotals::add_group(const std::vector<Eigen::ArrayXd>& totals, std::size_t runs_in_group) {
  ++groups;
  const double n = static_cast<double>(runs_in_group);
  for (std::size_t i = 0; i < sides.size(); ++i) {
    group_sum[i] += totals[i] / n;
    group_square[i] += (totals[i] / n).square();
    if (i == 0) continue;
    const Eigen::ArrayXd d = (totals[i] - totals[0]) / n;
    difference_sum[i - 1] += d;
    difference_square[i - 1] += d.square();
  }
}

void ChunkTotals::merge(const ChunkTotals& later, std::size_t max_careers) {
  runs += later.runs;
  groups += later.groups;
  for (std::size_t i = 0; i < group_sum.size(); ++i) {
    group_sum[i] += later.group_sum[i];
    group_square[i] += later.group_square[i];
  }
  for (std::size_t i = 0; i < difference_sum.size(); ++i) {
    difference_sum[i] += later.difference_sum[i];
    difference_square[i] += later.difference_square[i];
  }
  careers_exact = careers_exact && later.careers_exact;
  for (std::size_t i = 0; i < sides.size(); ++i) sides[i].merge(later.sides[i], max_careers, careers_exact);
  for (std::size_t i = 0; i < cross.size(); ++i) {
    cross[i] += later.cross[i];
    cost_cross[i] += later.cost_cross[i];
  }
}

}  // namespace careerpath::detail
