#include "simulate/chunk_runner.hpp"

#include <algorithm>

namespace careerpath::detail {
namespace {
// Runs per chunk: about this many simulated people, whatever the thread count.
constexpr std::size_t kPeoplePerChunk = 4096;
}  // namespace

MetricLayout layout_of(const CareerModel& m) {
  return MetricLayout(m.grid.times.size(), m.role_count(), m.goals.size(), m.moves.size());
}

ChunkPlan::ChunkPlan(const CareerModel& base, std::size_t runs) : runs(runs) {
  per_chunk = std::max<std::size_t>(1, kPeoplePerChunk / std::max<std::size_t>(1, base.initial_people()));
  // Runs sharing one draw of the rates stay in one chunk.
  group = base.runs_per_draw;
  grouped = base.rate_sigma > 0.0;
  if (grouped) per_chunk = (per_chunk + group - 1) / group * group;
  chunks = (runs + per_chunk - 1) / per_chunk;
}

ChunkRunner::ChunkRunner(const std::vector<const CareerModel*>& models, const ChunkPlan& plan)
    : models_(models), plan_(plan), layout_(layout_of(*models.front())), skills_(models.front()->graph->skill_count()) {
  for (const CareerModel* m : models_) {
    sims_.emplace_back(*m);
    records_.emplace_back(layout_, skills_, m->record_skills);
    group_totals_.push_back(Eigen::ArrayXd::Zero(static_cast<Eigen::Index>(layout_.size())));
  }
}

ChunkTotals ChunkRunner::empty() const { return ChunkTotals(layout_, models_.front()->steps, skills_, models_.size()); }

ChunkTotals ChunkRunner::run(std::size_t chunk) {
  ChunkTotals totals = empty();
  const std::size_t steps = models_.front()->steps;
  const std::size_t end = std::min(plan_.runs, (chunk + 1) * plan_.per_chunk);
  for (std::size_t run = chunk * plan_.per_chunk; run < end; ++run) {
    for (std::size_t i = 0; i < sims_.size(); ++i) {
      records_[i].clear();
      sims_[i].simulate(run, records_[i]);
    }
    totals.add(records_, layout_, steps);
    if (!plan_.grouped) continue;
    // Dense: adding a record costs far less than simulating it.
    for (std::size_t i = 0; i < records_.size(); ++i) group_totals_[i] += records_[i].value;
    if ((run + 1) % plan_.group != 0 && run + 1 != plan_.runs) continue;
    totals.add_group(group_totals_, run % plan_.group + 1);
    for (auto& t : group_totals_) t.setZero();
  }
  return totals;
}

}  // namespace careerpath::detail
