// What one simulated run leaves behind, and the per-chunk aggregates that
// runs are folded into while simulating (so that memory does not grow with
// the number of runs).
//
// Every per-run number (headcount in a role at a report time, leavers in an
// interval, the share of people who reached a goal by a time, training cost)
// has a slot in a flat metric vector. A run touches few slots (one person is
// in one role at a time), so a run keeps a dense scratch vector plus the list
// of slots it touched, and folding it into the aggregates costs only those.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include <Eigen/Core>

#include "careerpath/model/role_graph.hpp"

namespace careerpath::detail {

struct MetricLayout {
  std::size_t times = 0;
  std::size_t roles = 0;
  std::size_t goals = 0;

  [[nodiscard]] std::size_t intervals() const noexcept { return times - 1; }
  [[nodiscard]] std::size_t headcount(std::size_t k, std::size_t role) const noexcept { return k * roles + role; }
  [[nodiscard]] std::size_t active(std::size_t k) const noexcept { return times * roles + k; }
  [[nodiscard]] std::size_t left(std::size_t k) const noexcept { return times * (roles + 1) + k; }
  [[nodiscard]] std::size_t leavers(std::size_t i) const noexcept { return times * (roles + 2) + i; }
  [[nodiscard]] std::size_t hires(std::size_t i) const noexcept { return leavers(0) + intervals() + i; }
  [[nodiscard]] std::size_t goal(std::size_t g, std::size_t k) const noexcept {
    return hires(0) + intervals() + g * times + k;
  }
  [[nodiscard]] std::size_t cost() const noexcept { return goal(0, 0) + goals * times; }
  [[nodiscard]] std::size_t size() const noexcept { return cost() + 1; }
};

// The roles of one career in order; long careers keep their first kLength roles.
struct TrajectoryKey {
  static constexpr std::size_t kLength = 13;
  std::array<std::uint16_t, kLength> roles{};
  std::uint8_t length = 0;
  bool truncated = false;

  void start(std::size_t role) noexcept {
    roles[0] = static_cast<std::uint16_t>(role);
    length = 1;
    truncated = false;
  }
  void append(std::size_t role) noexcept {
    if (length < kLength) {
      roles[length++] = static_cast<std::uint16_t>(role);
    } else {
      truncated = true;
    }
  }
  friend bool operator==(const TrajectoryKey& a, const TrajectoryKey& b) noexcept {
    return a.length == b.length && a.truncated == b.truncated &&
           std::equal(a.roles.begin(), a.roles.begin() + a.length, b.roles.begin());
  }
  // Lexicographic by roles, for deterministic tie-breaking.
  [[nodiscard]] bool precedes(const TrajectoryKey& other) const noexcept;
};

struct TrajectoryHash {
  std::size_t operator()(const TrajectoryKey& key) const noexcept;
};

struct RunRecord {
  Eigen::ArrayXd value{};
  std::vector<std::uint8_t> touched_flag{};
  std::vector<std::uint32_t> touched{};
  std::vector<std::pair<std::uint32_t, std::int32_t>> goal_steps{};  // (goal, step first held or -1)
  std::vector<TrajectoryKey> careers{};
  RoleMatrix skills{};               // [time][skill] of the one person, when recorded
  Eigen::ArrayXd skill_samples{};    // per time: 1 when the person was there

  explicit RunRecord(const MetricLayout& layout, std::size_t skill_count, bool record_skills);
  void add(std::size_t slot, double amount) {
    if (!touched_flag[slot]) {
      touched_flag[slot] = 1;
      touched.push_back(static_cast<std::uint32_t>(slot));
    }
    value[static_cast<Eigen::Index>(slot)] += amount;
  }
  void clear();
};

using CareerCounts = std::unordered_map<TrajectoryKey, std::uint64_t, TrajectoryHash>;

// Sums over the runs of one scenario: of each metric and its square, plus
// pooled time-to-goal histograms, skill sums and trajectory counts.
struct SideTotals {
  Eigen::ArrayXd sum{}, square{};
  std::vector<std::uint64_t> goal_histogram{};  // [goal][step 0..steps], then "never"
  RoleMatrix skill_sum{};
  Eigen::ArrayXd skill_samples{};
  CareerCounts careers{};
  std::uint64_t career_count = 0;

  SideTotals(const MetricLayout& layout, std::size_t steps, std::size_t skill_count);
  void add(const RunRecord& run, std::size_t steps);
  // Trajectory counts are pruned to the most common `max_careers`
  // (deterministically: by count, then by roles) when they grow beyond twice
  // that, which keeps memory bounded for any number of runs.
  void merge(const SideTotals& later, std::size_t max_careers, bool& careers_exact);
};

// The totals of a chunk of runs: one scenario, or two run on the same
// streams with the products of their per-run values (for paired differences).
struct ChunkTotals {
  std::size_t runs = 0;
  SideTotals a;
  std::optional<SideTotals> b{};
  Eigen::ArrayXd cross{};
  bool careers_exact = true;

  ChunkTotals(const MetricLayout& layout, std::size_t steps, std::size_t skill_count, bool paired);
  void add(const RunRecord& run_a, std::size_t steps);
  void add_pair(const RunRecord& run_a, const RunRecord& run_b, std::size_t steps);
  // Adds a later chunk (chunks are merged in order, so sums never depend on threads).
  void merge(const ChunkTotals& later, std::size_t max_careers);
};

}  // namespace careerpath::detail
