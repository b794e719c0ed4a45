#include "careerpath/simulate/partial.hpp"

#include <atomic>
#include <thread>

#include "simulate/chunk_bytes.hpp"
#include "simulate/chunk_runner.hpp"
#include "simulate/random_stream.hpp"

namespace careerpath {
namespace {

using detail::ChunkHeader;
using detail::ChunkPlan;
using detail::ChunkRunner;
using detail::ChunkTotals;

// What chunks must agree on to be folded together: a guard against mixing
// up chunks of different runs, not against tampering.
std::uint64_t fingerprint(const RoleGraph& graph, const Scenario& scenario, const detail::CareerModel& model,
                          const ChunkPlan& plan) {
  std::uint64_t h = mix64(scenario.seed);
  auto add = [&h](std::uint64_t v) { h = mix64(h ^ v); };
  add(plan.runs);
  add(plan.chunks);
  add(model.steps);
  add(model.initial_people());
  add(detail::layout_of(model).size());
  add(graph.role_count());
  add(graph.skill_count());
  for (char c : scenario.id + "\n" + scenario.name + "\n" + graph.name()) add(static_cast<unsigned char>(c));
  add(static_cast<std::uint64_t>(scenario.interventions.size()));
  return h;
}

}  // namespace

std::size_t simulation_chunk_count(const RoleGraph& graph, const Scenario& scenario) {
  const detail::CareerModel model = detail::build_career_model(graph, scenario);
  return ChunkPlan(model, scenario.runs).chunks;
}

Result<std::vector<std::string>> simulate_chunks(const RoleGraph& graph, const Scenario& scenario, std::size_t first,
                                                 std::size_t last, std::size_t threads) {
  const detail::CareerModel model = detail::build_career_model(graph, scenario);
  const ChunkPlan plan(model, scenario.runs);
  if (first > last || last > plan.chunks) {
    return Error{.message = "chunks " + std::to_string(first) + " to " + std::to_string(last) + " are outside the " +
                            std::to_string(plan.chunks) + " chunks of this simulation"};
  }
  const std::uint64_t print = fingerprint(graph, scenario, model, plan);
  std::vector<std::string> out(last - first);
  std::atomic<std::size_t> next{first};
  auto work = [&] {
    ChunkRunner runner({&model}, plan);
    for (std::size_t c = next++; c < last; c = next++) {
      out[c - first] = detail::chunk_to_bytes(ChunkHeader{.chunk = c, .fingerprint = print}, runner.run(c));
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < std::min(threads, last - first); ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

Result<SimulationSummary> merge_simulation_chunks(const RoleGraph& graph, const Scenario& scenario,
                                                  const std::vector<std::string_view>& chunks,
                                                  const SimulationOptions& options) {
  return capture_input_errors([&] {
    const detail::CareerModel model = detail::build_career_model(graph, scenario);
    const ChunkPlan plan(model, scenario.runs);
    if (chunks.size() != plan.chunks) {
      throw InputError(Error{.message = "expected all " + std::to_string(plan.chunks) + " chunks of this simulation, got " +
                                        std::to_string(chunks.size())});
    }
    const std::uint64_t print = fingerprint(graph, scenario, model, plan);
    const ChunkRunner shapes({&model}, plan);
    ChunkTotals total = shapes.empty();
    ChunkTotals chunk = shapes.empty();
    for (std::size_t c = 0; c < chunks.size(); ++c) {
      const ChunkHeader header = detail::chunk_from_bytes(chunks[c], graph.role_count(), chunk);
      if (header.fingerprint != print) {
        throw InputError(Error{.message = "chunk " + std::to_string(c) + " was simulated for another scenario, seed or graph"});
      }
      if (header.chunk != c) {
        throw InputError(Error{.message = "chunk " + std::to_string(c) + " holds chunk " + std::to_string(header.chunk) +
                                          " (chunks must be given once each, in order)"});
      }
      total.merge(chunk, detail::kMaxCareers);
    }
    return detail::summarise_side(model, total, 0, options);
  });
}

}  // namespace careerpath
