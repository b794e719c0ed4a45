#include "careerpath/simulate/simulator.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "simulate/career_model.hpp"
#include "simulate/run_record.hpp"
#include "simulate/run_simulator.hpp"

namespace careerpath {
namespace {

using detail::CareerModel;
using detail::ChunkTotals;
using detail::MetricLayout;
using detail::RunRecord;
using detail::RunSimulator;

constexpr double kZ95 = 1.959963984540054;
// Runs per chunk: about this many simulated people, whatever the thread count.
constexpr std::size_t kPeoplePerChunk = 4096;
constexpr std::size_t kMaxCareers = 100000;  // distinct trajectories kept exactly

Estimate estimate(double sum, double square, std::size_t n) {
  const double count = static_cast<double>(n);
  const double mean = sum / count;
  if (n < 2) return {mean, mean, mean};
  const double variance = std::max(0.0, (square - sum * mean) / (count - 1.0));
  const double half = kZ95 * std::sqrt(variance / count);
  return {mean, mean - half, mean + half};
}

struct Moments {
  const Eigen::ArrayXd& sum;
  const Eigen::ArrayXd& square;
  std::size_t runs;
  [[nodiscard]] Estimate at(std::size_t slot) const {
    const auto i = static_cast<Eigen::Index>(slot);
    return estimate(sum[i], square[i], runs);
  }
};

// Chunks of runs are simulated in any order by any thread and folded into
// the total strictly in chunk order, so floating-point sums never depend on
// the thread count.
class OrderedTotals {
 public:
  OrderedTotals(ChunkTotals first, std::size_t runs, const SimulationOptions& options)
      : total_(std::move(first)), runs_(runs), options_(options) {}

  void deliver(std::size_t chunk, std::unique_ptr<ChunkTotals> totals) {
    std::lock_guard lock(mutex_);
    waiting_.emplace(chunk, std::move(totals));
    while (!waiting_.empty() && waiting_.begin()->first == next_) {
      total_.merge(*waiting_.begin()->second, kMaxCareers);
      waiting_.erase(waiting_.begin());
      ++next_;
    }
    if (options_.progress) options_.progress(std::min(runs_, total_.runs), runs_);
  }
  ChunkTotals take() { return std::move(total_); }

 private:
  std::mutex mutex_{};
  ChunkTotals total_;
  std::map<std::size_t, std::unique_ptr<ChunkTotals>> waiting_{};
  std::size_t next_ = 0;
  std::size_t runs_;
  const SimulationOptions& options_;
};

// Simulates every run of `a` (and of `b` on the same streams, when given).
ChunkTotals run_all(const CareerModel& a, const CareerModel* b, std::size_t runs, const SimulationOptions& options) {
  const MetricLayout layout{a.grid.times.size(), a.role_count(), a.goals.size()};
  const std::size_t skills = a.graph->skill_count();
  const std::size_t per_chunk = std::max<std::size_t>(1, kPeoplePerChunk / std::max<std::size_t>(1, a.initial_people()));
  const std::size_t chunks = (runs + per_chunk - 1) / per_chunk;
  auto make_totals = [&] { return ChunkTotals(layout, a.steps, skills, b != nullptr); };
  OrderedTotals ordered(make_totals(), runs, options);
  std::atomic<std::size_t> next_chunk{0};

  auto work = [&] {
    RunSimulator sim_a(a);
    std::unique_ptr<RunSimulator> sim_b = b ? std::make_unique<RunSimulator>(*b) : nullptr;
    RunRecord rec_a(layout, skills, a.record_skills);
    RunRecord rec_b(layout, skills, b && b->record_skills);
    for (std::size_t c = next_chunk++; c < chunks; c = next_chunk++) {
      auto totals = std::make_unique<ChunkTotals>(make_totals());
      const std::size_t end = std::min(runs, (c + 1) * per_chunk);
      for (std::size_t run = c * per_chunk; run < end; ++run) {
        rec_a.clear();
        sim_a.simulate(run, rec_a);
        if (!sim_b) {
          totals->add(rec_a, a.steps);
          continue;
        }
        rec_b.clear();
        sim_b->simulate(run, rec_b);
        totals->add_pair(rec_a, rec_b, a.steps);
      }
      ordered.deliver(c, std::move(totals));
    }
  };
  const std::size_t threads = std::clamp<std::size_t>(options.threads, 1, std::max<std::size_t>(1, chunks));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return ordered.take();
}

// Headcount, active, left, leavers and hires: the same series in a summary
// and in a difference.
template <class Series>
void add_population_series(Series& out, const MetricLayout& layout, const Moments& m) {
  for (std::size_t k = 0; k < layout.times; ++k) {
    std::vector<Estimate> row;
    for (std::size_t r = 0; r < layout.roles; ++r) row.push_back(m.at(layout.headcount(k, r)));
    out.headcount.push_back(std::move(row));
    out.active.push_back(m.at(layout.active(k)));
    out.left.push_back(m.at(layout.left(k)));
  }
  for (std::size_t i = 0; i < layout.intervals(); ++i) {
    out.leavers.push_back(m.at(layout.leavers(i)));
    out.hires.push_back(m.at(layout.hires(i)));
  }
}

std::optional<double> percentile(const std::uint64_t* histogram, std::size_t steps, double total, double q,
                                 double dt) {
  double cumulative = 0.0;
  for (std::size_t m = 0; m <= steps; ++m) {
    cumulative += static_cast<double>(histogram[m]);
    if (cumulative >= q * total - 1e-9) return static_cast<double>(m) * dt;
  }
  return std::nullopt;
}

GoalOutcome goal_outcome(const CareerModel& model, const MetricLayout& layout, const Moments& m,
                         const std::vector<std::uint64_t>& histogram, std::size_t g) {
  GoalOutcome out;
  out.role = model.goals[g];
  out.eligible = model.eligible[g];
  for (std::size_t k = 0; k < layout.times; ++k) out.reached_by_time.push_back(m.at(layout.goal(g, k)));
  const std::uint64_t* h = histogram.data() + g * (model.steps + 2);
  double total = 0.0;
  double reached = 0.0;
  double step_sum = 0.0;
  for (std::size_t bin = 0; bin < model.steps + 2; ++bin) total += static_cast<double>(h[bin]);
  for (std::size_t step = 0; step <= model.steps; ++step) {
    reached += static_cast<double>(h[step]);
    step_sum += static_cast<double>(h[step]) * static_cast<double>(step);
  }
  if (total == 0.0) return out;
  out.p10 = percentile(h, model.steps, total, 0.10, model.dt);
  out.p50 = percentile(h, model.steps, total, 0.50, model.dt);
  out.p90 = percentile(h, model.steps, total, 0.90, model.dt);
  if (reached > 0.0) out.mean_years_if_reached = step_sum / reached * model.dt;
  return out;
}

std::vector<TrajectoryCount> top_careers(const detail::CareerCounts& counts, std::uint64_t total, std::size_t top) {
  std::vector<std::pair<detail::TrajectoryKey, std::uint64_t>> entries(counts.begin(), counts.end());
  const std::size_t keep = std::min(top, entries.size());
  std::partial_sort(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(keep), entries.end(),
                    [](const auto& x, const auto& y) {
                      return x.second != y.second ? x.second > y.second : x.first.precedes(y.first);
                    });
  std::vector<TrajectoryCount> out;
  for (std::size_t i = 0; i < keep; ++i) {
    const auto& [key, count] = entries[i];
    TrajectoryCount t;
    t.roles.assign(key.roles.begin(), key.roles.begin() + key.length);
    t.truncated = key.truncated;
    t.count = count;
    t.share = total > 0 ? static_cast<double>(count) / static_cast<double>(total) : 0.0;
    out.push_back(std::move(t));
  }
  return out;
}

SimulationSummary summarise(const CareerModel& model, const ChunkTotals& totals, const detail::SideTotals& side,
                            const SimulationOptions& options) {
  const MetricLayout layout{model.grid.times.size(), model.role_count(), model.goals.size()};
  const Moments m{side.sum, side.square, totals.runs};
  SimulationSummary s;
  s.times = model.grid.times;
  s.runs = totals.runs;
  s.people = model.initial_people();
  add_population_series(s, layout, m);
  for (std::size_t g = 0; g < layout.goals; ++g) s.goals.push_back(goal_outcome(model, layout, m, side.goal_histogram, g));
  s.trajectories = top_careers(side.careers, side.career_count, options.top_trajectories);
  s.careers = side.career_count;
  s.trajectories_exact = totals.careers_exact;
  if (model.record_skills) {
    s.mean_skills = side.skill_sum;
    for (Eigen::Index k = 0; k < s.mean_skills.rows(); ++k) {
      if (side.skill_samples[k] > 0.0) s.mean_skills.row(k) /= side.skill_samples[k];
    }
  }
  s.training_cost = m.at(layout.cost());
  return s;
}

SimulationDifference differences(const CareerModel& model, const ChunkTotals& t) {
  const MetricLayout layout{model.grid.times.size(), model.role_count(), model.goals.size()};
  // Per run d = b - a: sum(d) = sum(b) - sum(a); sum(d^2) = sum(b^2) + sum(a^2) - 2 sum(ab).
  const Eigen::ArrayXd sum = t.b->sum - t.a.sum;
  const Eigen::ArrayXd square = t.b->square + t.a.square - 2.0 * t.cross;
  const Moments m{sum, square, t.runs};
  SimulationDifference d;
  add_population_series(d, layout, m);
  for (std::size_t g = 0; g < layout.goals; ++g) {
    std::vector<Estimate> row;
    for (std::size_t k = 0; k < layout.times; ++k) row.push_back(m.at(layout.goal(g, k)));
    d.goal_reached.push_back(std::move(row));
  }
  d.training_cost = m.at(layout.cost());
  return d;
}

}  // namespace

SimulationSummary simulate(const RoleGraph& graph, const Scenario& scenario, const SimulationOptions& options) {
  const CareerModel model = detail::build_career_model(graph, scenario);
  const ChunkTotals totals = run_all(model, nullptr, scenario.runs, options);
  return summarise(model, totals, totals.a, options);
}

Result<Comparison> simulate_comparison(const RoleGraph& graph, const Scenario& base, const Scenario& other,
                                       const SimulationOptions& options) {
  auto mismatch = [&](const std::string& what) {
    return Error{.file = other.file, .message = "cannot compare: " + what};
  };
  if (base.step != other.step) return mismatch("the scenarios' steps differ");
  if (base.total_steps() != other.total_steps()) return mismatch("the scenarios' horizons differ");
  if (base.all_goals() != other.all_goals()) return mismatch("the scenarios' goals differ");
  Scenario paired = other;
  paired.seed = base.seed;
  paired.runs = base.runs;
  const CareerModel a = detail::build_career_model(graph, base);
  const CareerModel b = detail::build_career_model(graph, paired);
  const ChunkTotals totals = run_all(a, &b, base.runs, options);
  Comparison c;
  c.base = summarise(a, totals, totals.a, options);
  c.other = summarise(b, totals, *totals.b, options);
  c.difference = differences(a, totals);
  return c;
}

}  // namespace careerpath
