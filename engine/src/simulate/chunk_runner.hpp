// The runs of a simulation cut into chunks, and a chunk simulated into its
// totals: the unit that simulate() spreads over threads and that
// partial.hpp spreads over processes. Both fold the chunks' totals in chunk
// order, so the answer is the same bytes whoever simulated which chunk.
#pragma once

#include <cstddef>
#include <vector>

#include <Eigen/Core>

#include "careerpath/simulate/simulator.hpp"
#include "simulate/career_model.hpp"
#include "simulate/run_record.hpp"
#include "simulate/run_simulator.hpp"

namespace careerpath::detail {

inline constexpr std::size_t kMaxCareers = 100000;  // distinct trajectories kept exactly

[[nodiscard]] MetricLayout layout_of(const CareerModel& model);

// Which runs each chunk holds. It depends on the base scenario alone (about
// kPeoplePerChunk simulated people per chunk, whole groups of runs that share
// a draw of the rates), never on threads or workers.
struct ChunkPlan {
  ChunkPlan(const CareerModel& base, std::size_t runs);
  std::size_t runs = 0;
  std::size_t per_chunk = 1;
  std::size_t chunks = 0;
  std::size_t group = 1;  // runs sharing one draw of the rates
  bool grouped = false;   // the scenario draws its rates (input uncertainty)
};

// Simulates whole chunks for every model on the same random streams (the
// first model is the base of paired differences). One per thread.
class ChunkRunner {
 public:
  ChunkRunner(const std::vector<const CareerModel*>& models, const ChunkPlan& plan);
  [[nodiscard]] ChunkTotals empty() const;
  [[nodiscard]] ChunkTotals run(std::size_t chunk);

 private:
  std::vector<const CareerModel*> models_;
  ChunkPlan plan_;
  MetricLayout layout_;
  std::size_t skills_ = 0;
  std::vector<RunSimulator> sims_{};
  std::vector<RunRecord> records_{};
  std::vector<Eigen::ArrayXd> group_totals_{};
};

// The summary of one side of folded totals (simulator.cpp).
[[nodiscard]] SimulationSummary summarise_side(const CareerModel& model, const ChunkTotals& totals, std::size_t side,
                                               const SimulationOptions& options);

}  // namespace careerpath::detail
