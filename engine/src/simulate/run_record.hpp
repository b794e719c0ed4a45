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

class MetricLayout {
 public:
  MetricLayout() = default;
  MetricLayout(std::size_t times, std::size_t roles, std::size_t goals, std::size_t moves)
      : times(times), roles(roles), goals(goals), moves(moves) {
    std::size_t at = 0;
    auto take = [&at](std::size_t n) {
      const std::size_t base = at;
      at += n;
      return base;
    };
    headcount_ = take(times * roles);
    active_ = take(times);
    left_ = take(times);
    leavers_ = take(intervals());
    hires_ = take(intervals());
    goal_ = take(goals * times);
    arrivals_ = take(goals * times);
    cost_ = take(1);
    moves_ = take(intervals() * moves);
    role_leavers_ = take(intervals() * roles);
    role_hires_ = take(intervals() * roles);
    blocked_ = take(intervals() * roles);
    vacancies_ = take(times * roles);
    fill_years_ = take(roles);
    fills_ = take(roles);
    size_ = at;
  }

  std::size_t times = 0;
  std::size_t roles = 0;
  std::size_t goals = 0;
  std::size_t moves = 0;

  [[nodiscard]] std::size_t intervals() const noexcept { return times - 1; }
  [[nodiscard]] std::size_t headcount(std::size_t k, std::size_t role) const noexcept { return headcount_ + k * roles + role; }
  [[nodiscard]] std::size_t active(std::size_t k) const noexcept { return active_ + k; }
  [[nodiscard]] std::size_t left(std::size_t k) const noexcept { return left_ + k; }
  [[nodiscard]] std::size_t leavers(std::size_t i) const noexcept { return leavers_ + i; }
  [[nodiscard]] std::size_t hires(std::size_t i) const noexcept { return hires_ + i; }
  // The share of a goal's eligible people who have held it by time k.
  [[nodiscard]] std::size_t goal(std::size_t g, std::size_t k) const noexcept { return goal_ + g * times + k; }
  // People not in the goal role at the start who have held it by time k.
  [[nodiscard]] std::size_t arrivals(std::size_t g, std::size_t k) const noexcept { return arrivals_ + g * times + k; }
  [[nodiscard]] std::size_t cost() const noexcept { return cost_; }
  // Moves of model move m (CareerModel::moves) made in interval i.
  [[nodiscard]] std::size_t move(std::size_t i, std::size_t m) const noexcept { return moves_ + i * moves + m; }
  [[nodiscard]] std::size_t role_leavers(std::size_t i, std::size_t r) const noexcept { return role_leavers_ + i * roles + r; }
  [[nodiscard]] std::size_t role_hires(std::size_t i, std::size_t r) const noexcept { return role_hires_ + i * roles + r; }
  // Moves into r that a full or frozen role turned away in interval i.
  [[nodiscard]] std::size_t blocked(std::size_t i, std::size_t r) const noexcept { return blocked_ + i * roles + r; }
  [[nodiscard]] std::size_t vacancies(std::size_t k, std::size_t r) const noexcept { return vacancies_ + k * roles + r; }
  [[nodiscard]] std::size_t fill_years(std::size_t r) const noexcept { return fill_years_ + r; }
  [[nodiscard]] std::size_t fills(std::size_t r) const noexcept { return fills_ + r; }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }

 private:
  std::size_t headcount_ = 0, active_ = 0, left_ = 0, leavers_ = 0, hires_ = 0, goal_ = 0, arrivals_ = 0, cost_ = 0,
              moves_ = 0, role_leavers_ = 0, role_hires_ = 0, blocked_ = 0, vacancies_ = 0, fill_years_ = 0,
              fills_ = 0, size_ = 0;
};

// The roles of one career in order; long careers keep their first kLength roles.
struct TrajectoryKey {
  static constexpr std::size_t kLength = 13;
  std::array<std::uint16_t, kLength> roles{};
  std::uint8_t length = 0;
  bool truncated = false;
  bool left = false;  // the career ended by leaving the organisation

  void start(std::size_t role) noexcept {
    roles[0] = static_cast<std::uint16_t>(role);
    length = 1;
    truncated = false;
    left = false;
  }
  void append(std::size_t role) noexcept {
    if (length < kLength) {
      roles[length++] = static_cast<std::uint16_t>(role);
    } else {
      truncated = true;
    }
  }
  friend bool operator==(const TrajectoryKey& a, const TrajectoryKey& b) noexcept {
    return a.length == b.length && a.truncated == b.truncated && a.left == b.left &&
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

// The totals of a chunk of runs of one or more scenarios run on the same
// random streams: side 0 is the base; for every other side, the products of
// its per-run values with the base's (for paired differences) and, per role,
// of the cost difference with the difference in the role's final headcount
// (for the interval of a cost per additional person).
struct ChunkTotals {
  std::size_t runs = 0;
  std::vector<SideTotals> sides{};
  std::vector<Eigen::ArrayXd> cross{};       // [side - 1]: sum over runs of base x side
  std::vector<Eigen::ArrayXd> cost_cross{};  // [side - 1][role]: sum of d(cost) x d(final headcount)
  // Input uncertainty: the runs of a group share one draw of the rates
  // (a chunk holds whole groups). Per side, and per difference from the
  // base: the sum over groups of the group's mean and of its square, from
  // which the spread of the expected result over the rates follows.
  std::size_t groups = 0;
  std::vector<Eigen::ArrayXd> group_sum{}, group_square{};            // [side]
  std::vector<Eigen::ArrayXd> difference_sum{}, difference_square{};  // [side - 1]
  bool careers_exact = true;

  ChunkTotals(const MetricLayout& layout, std::size_t steps, std::size_t skill_count, std::size_t side_count);
  // One run: its record for each side, base first.
  void add(const std::vector<RunRecord>& run, const MetricLayout& layout, std::size_t steps);
  // A finished group of `runs` runs sharing their rates; `totals` are the
  // sums of their values per side (dense).
  void add_group(const std::vector<Eigen::ArrayXd>& totals, std::size_t runs);
  // Adds a later chunk (chunks are merged in order, so sums never depend on threads).
  void merge(const ChunkTotals& later, std::size_t max_careers);
};

}  // namespace careerpath::detail
