#include "careerpath/simulate/simulator.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

#include "simulate/career_model.hpp"
#include "simulate/chunk_runner.hpp"
#include "simulate/run_record.hpp"
#include "simulate/run_simulator.hpp"

namespace careerpath {
namespace {

using detail::CareerModel;
using detail::ChunkTotals;
using detail::MetricLayout;

using detail::kMaxCareers;
using detail::layout_of;

constexpr double kZ95 = 1.959963984540054;

// The Wilson score interval of a share of runs, `successes` of `n`: it stays
// inside [0, 1] and keeps its coverage near 0% and 100%, where mean +- 1.96
// standard errors reaches below 0% or above 100%.
Estimate wilson(double successes, std::size_t n) {
  const double count = static_cast<double>(n);
  const double p = successes / count;
  const double z2 = kZ95 * kZ95;
  const double centre = (p + z2 / (2.0 * count)) / (1.0 + z2 / count);
  const double half = kZ95 / (1.0 + z2 / count) * std::sqrt(p * (1.0 - p) / count + z2 / (4.0 * count * count));
  return {p, std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

// The sums over the groups of runs that share one draw of the rates.
struct GroupSums {
  double sum = 0.0;     // of the group means
  double square = 0.0;  // of their squares
  std::size_t groups = 0;
};

// Without input uncertainty runs are independent: the mean's 95% CI is
// mean +- 1.96 sd / sqrt(n). With it, each group of runs shares one draw of
// the rates and the group means m_g are independent, with variance B (their
// sample variance). The CI of the mean is then mean +- 1.96 sqrt(B / groups),
// and the range, where the expected result lies given what we do not know
// about the rates, mean +- 1.96 sqrt(B + B / groups). B also holds each
// group mean's own sampling noise, so the range errs on the wide side.
Estimate estimate(double sum, double square, std::size_t n, const std::optional<GroupSums>& grouped) {
  const double count = static_cast<double>(n);
  const double mean = sum / count;
  Estimate e{mean, mean, mean};
  if (grouped) e.range = Range{mean, mean};
  if (n < 2) return e;
  // Every run counted 0 or 1 (a sum of squares equal to the sum, for
  // counts): a share of runs, such as one person being in a role.
  if (!grouped && square == sum && sum > 0.0 && sum < count) return wilson(sum, n);
  double sampling = std::max(0.0, (square - sum * mean) / (count - 1.0)) / count;
  double between = 0.0;
  if (grouped && grouped->groups >= 2) {
    const double g = static_cast<double>(grouped->groups);
    between = std::max(0.0, (grouped->square - grouped->sum * grouped->sum / g) / (g - 1.0));
    sampling = between / g;
  }
  const double half = kZ95 * std::sqrt(sampling);
  e.low = mean - half;
  e.high = mean + half;
  if (grouped) {
    const double wide = kZ95 * std::sqrt(between + sampling);
    e.range = Range{mean - wide, mean + wide};
  }
  return e;
}

struct Moments {
  const Eigen::ArrayXd& sum;
  const Eigen::ArrayXd& square;
  std::size_t runs;
  const Eigen::ArrayXd* group_sum = nullptr;  // with input uncertainty
  const Eigen::ArrayXd* group_square = nullptr;
  std::size_t groups = 0;
  [[nodiscard]] Estimate at(std::size_t slot) const {
    const auto i = static_cast<Eigen::Index>(slot);
    std::optional<GroupSums> grouped;
    if (group_sum) grouped = GroupSums{(*group_sum)[i], (*group_square)[i], groups};
    return estimate(sum[i], square[i], runs, grouped);
  }
  // A quantity that is a share in every run (of a team's people who reached
  // a goal): its interval is kept inside [0, 1].
  [[nodiscard]] Estimate share_at(std::size_t slot) const {
    Estimate e = at(slot);
    e.low = std::clamp(e.low, 0.0, 1.0);
    e.high = std::clamp(e.high, 0.0, 1.0);
    return e;
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

// Simulates every run of every model on the same random streams (the
// first is the base of the paired differences).
ChunkTotals run_all(const std::vector<const CareerModel*>& models, std::size_t runs, const SimulationOptions& options) {
  // Chunks depend on the base alone, so that adding scenarios (levers)
  // leaves the base's sums, and so its output, unchanged.
  const detail::ChunkPlan plan(*models.front(), runs);
  OrderedTotals ordered(detail::ChunkRunner(models, plan).empty(), runs, options);
  std::atomic<std::size_t> next_chunk{0};

  auto work = [&] {
    detail::ChunkRunner runner(models, plan);
    for (std::size_t c = next_chunk++; c < plan.chunks; c = next_chunk++) {
      ordered.deliver(c, std::make_unique<ChunkTotals>(runner.run(c)));
    }
  };
  const std::size_t threads = std::clamp<std::size_t>(options.threads, 1, std::max<std::size_t>(1, plan.chunks));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) {
    // When the system will not start another thread (a process or memory
    // limit), the threads already running share the chunks: chunks are
    // taken in turn and folded in order, so the answer is the same.
    try {
      pool.emplace_back(work);
    } catch (const std::system_error&) {
      break;
    }
  }
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
  out.incumbents = model.incumbents[g];
  out.arrival_eligible = model.arrival_eligible[g];
  for (std::size_t k = 0; k < layout.times; ++k) {
    out.reached_by_time.push_back(m.share_at(layout.goal(g, k)));
    out.arrivals.push_back(m.at(layout.arrivals(g, k)));
  }
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
    t.left = key.left;
    t.count = count;
    t.share = total > 0 ? static_cast<double>(count) / static_cast<double>(total) : 0.0;
    out.push_back(std::move(t));
  }
  return out;
}

void add_flows(SimulationSummary& s, const CareerModel& model, const MetricLayout& layout, const Moments& m,
               const detail::SideTotals& side, std::size_t runs) {
  const RoleGraph& graph = *model.graph;
  for (std::size_t i = 0; i < model.moves.size(); ++i) {
    const Transition& t = graph.transition(model.moves[i].transition);
    MoveFlow flow{.from = t.from, .to = t.to, .kind = t.kind};
    for (std::size_t k = 0; k < layout.intervals(); ++k) flow.by_interval.push_back(m.at(layout.move(k, i)));
    s.moves.push_back(std::move(flow));
  }
  for (std::size_t r = 0; r < layout.roles; ++r) {
    RoleFlows f;
    for (std::size_t k = 0; k < layout.intervals(); ++k) {
      f.hires.push_back(m.at(layout.role_hires(k, r)));
      f.leavers.push_back(m.at(layout.role_leavers(k, r)));
      f.blocked.push_back(m.at(layout.blocked(k, r)));
    }
    for (std::size_t k = 0; k < layout.times; ++k) f.vacancies.push_back(m.at(layout.vacancies(k, r)));
    const double fills = side.sum[static_cast<Eigen::Index>(layout.fills(r))];
    if (fills > 0.0) f.time_to_fill = side.sum[static_cast<Eigen::Index>(layout.fill_years(r))] / fills;
    f.fills = fills / static_cast<double>(runs);
    s.roles.push_back(std::move(f));
  }
}

SimulationSummary summarise(const CareerModel& model, const ChunkTotals& totals, std::size_t index,
                            const SimulationOptions& options) {
  const detail::SideTotals& side = totals.sides[index];
  const MetricLayout layout = layout_of(model);
  const double uncertainty = model.scenario->dynamics.rate_uncertainty;
  const bool grouped = uncertainty > 0.0;
  const Moments m{side.sum, side.square, totals.runs, grouped ? &totals.group_sum[index] : nullptr,
                  grouped ? &totals.group_square[index] : nullptr, totals.groups};
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
  add_flows(s, model, layout, m, side, totals.runs);
  s.rate_uncertainty = uncertainty;
  return s;
}

// The paired moments of side i minus the base, run by run:
// sum(d) = sum(b) - sum(a); sum(d^2) = sum(b^2) + sum(a^2) - 2 sum(ab).
struct PairedMoments {
  Eigen::ArrayXd sum, square;
  PairedMoments(const ChunkTotals& t, std::size_t i)
      : sum(t.sides[i].sum - t.sides[0].sum),
        square(t.sides[i].square + t.sides[0].square - 2.0 * t.cross[i - 1]) {}
};

// Cost per additional person in role r: R = mean(dc) / mean(dn), with the
// delta method's variance var(dc - R dn) / (n mean(dn)^2) from the paired
// per-run sums (dc and dn are the run's cost and headcount differences).
std::optional<Estimate> cost_per_additional(const ChunkTotals& t, std::size_t i, const PairedMoments& d,
                                            const MetricLayout& layout, std::size_t r, const Estimate& dn_estimate) {
  const auto c = static_cast<Eigen::Index>(layout.cost());
  const auto h = static_cast<Eigen::Index>(layout.headcount(layout.times - 1, r));
  const double n = static_cast<double>(t.runs);
  const double mean_c = d.sum[c] / n;
  const double mean_n = d.sum[h] / n;
  if (mean_c <= 0.0 || dn_estimate.low <= 0.0 || t.runs < 2) return std::nullopt;
  const double ratio = mean_c / mean_n;
  const double cross = t.cost_cross[i - 1][static_cast<Eigen::Index>(r)];
  // sum over runs of (dc - R dn)^2, centred: its mean is 0 by construction of R.
  const double ss = d.square[c] - 2.0 * ratio * cross + ratio * ratio * d.square[h];
  const double variance = std::max(0.0, ss / (n - 1.0)) / (n * mean_n * mean_n);
  const double half = kZ95 * std::sqrt(variance);
  // An interval reaching 0 or below means the effect is too uncertain for a
  // cost per person to mean anything.
  if (ratio - half <= 0.0) return std::nullopt;
  return Estimate{ratio, ratio - half, ratio + half};
}

SimulationDifference differences(const CareerModel& model, const ChunkTotals& t, std::size_t side) {
  const MetricLayout layout = layout_of(model);
  const PairedMoments paired(t, side);
  const bool grouped = model.scenario->dynamics.rate_uncertainty > 0.0;
  const Moments m{paired.sum, paired.square, t.runs,
                  grouped ? &t.difference_sum[side - 1] : nullptr, grouped ? &t.difference_square[side - 1] : nullptr,
                  t.groups};
  SimulationDifference d;
  add_population_series(d, layout, m);
  for (std::size_t g = 0; g < layout.goals; ++g) {
    std::vector<Estimate> reached, arrivals;
    for (std::size_t k = 0; k < layout.times; ++k) {
      reached.push_back(m.at(layout.goal(g, k)));
      arrivals.push_back(m.at(layout.arrivals(g, k)));
    }
    d.goal_reached.push_back(std::move(reached));
    d.goal_arrivals.push_back(std::move(arrivals));
    const std::size_t role = model.goals[g];
    d.cost_per_additional.push_back(
        {role, cost_per_additional(t, side, paired, layout, role, d.headcount.back()[role])});
  }
  d.training_cost = m.at(layout.cost());
  return d;
}

LeverEffect lever_effect(const std::string& name, const SimulationDifference& d, const CareerModel& model) {
  LeverEffect e{.name = name, .cost = d.training_cost};
  for (std::size_t role : model.goals) e.headcount.push_back(d.headcount.back()[role]);
  return e;
}

// The other scenario's interventions that the base does not have.
std::vector<std::size_t> lever_indices(const Scenario& base, const Scenario& other) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < other.interventions.size(); ++i) {
    const auto& list = base.interventions;
    if (std::find(list.begin(), list.end(), other.interventions[i]) == list.end()) out.push_back(i);
  }
  return out;
}

}  // namespace

SimulationSummary detail::summarise_side(const CareerModel& model, const ChunkTotals& totals, std::size_t side,
                                         const SimulationOptions& options) {
  return summarise(model, totals, side, options);
}

SimulationSummary simulate(const RoleGraph& graph, const Scenario& scenario, const SimulationOptions& options) {
  const CareerModel model = detail::build_career_model(graph, scenario);
  const ChunkTotals totals = run_all({&model}, scenario.runs, options);
  return summarise(model, totals, 0, options);
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
  // Levers: the base plus each added intervention alone; the models keep
  // pointers to their scenarios, so these live as long as the run.
  std::vector<std::size_t> levers;
  std::vector<Scenario> alone;
  if (options.levers == Levers::kBreakDown) {
    levers = lever_indices(base, other);
    if (levers.size() < 2) levers.clear();  // one lever alone is the bundle
    for (std::size_t i : levers) {
      Scenario one = paired;
      one.interventions = base.interventions;
      one.interventions.push_back(other.interventions[i]);
      alone.push_back(std::move(one));
    }
  }
  std::vector<CareerModel> models;
  models.reserve(2 + alone.size());
  models.push_back(detail::build_career_model(graph, base));
  models.push_back(detail::build_career_model(graph, paired));
  for (const Scenario& one : alone) models.push_back(detail::build_career_model(graph, one));
  std::vector<const CareerModel*> pointers;
  for (const CareerModel& m : models) pointers.push_back(&m);
  const ChunkTotals totals = run_all(pointers, base.runs, options);
  Comparison c;
  c.base = summarise(models[0], totals, 0, options);
  c.other = summarise(models[1], totals, 1, options);
  c.difference = differences(models[0], totals, 1);
  if (!levers.empty()) {
    LeverBreakdown b;
    b.together = lever_effect("together", c.difference, models[0]);
    b.interaction.assign(models[0].goals.size(), 0.0);
    for (std::size_t g = 0; g < b.interaction.size(); ++g) b.interaction[g] = b.together.headcount[g].mean;
    for (std::size_t j = 0; j < levers.size(); ++j) {
      const SimulationDifference d = differences(models[0], totals, 2 + j);
      b.alone.push_back(lever_effect(other.interventions[levers[j]].name, d, models[0]));
      for (std::size_t g = 0; g < b.interaction.size(); ++g) b.interaction[g] -= b.alone.back().headcount[g].mean;
    }
    c.levers = std::move(b);
  }
  return c;
}

}  // namespace careerpath
