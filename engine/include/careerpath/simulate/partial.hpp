// A simulation spread over processes or machines (careerpath.dask): the runs
// fall into a fixed list of chunks, as simulate() cuts them for its threads;
// any process can simulate any chunks of the same graph and scenario, and
// hands each chunk's totals back as bytes; folding every chunk's totals in
// chunk order gives simulate()'s summary exactly, to the last bit, however
// the chunks were spread.
//
// The totals are exactly mergeable statistics: per-run sums and sums of
// squares, counts, histograms of the step each goal was first held (for the
// percentiles), trajectory counts. Floating-point sums depend on the order
// they are added in; folding in chunk order is what makes them exact.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"
#include "careerpath/simulate/simulator.hpp"
#include "careerpath/util/error.hpp"

namespace careerpath {

// How many chunks the scenario's runs fall into.
[[nodiscard]] std::size_t simulation_chunk_count(const RoleGraph& graph, const Scenario& scenario);

// Simulates chunks [first, last) on `threads` threads: one block of bytes per
// chunk, in chunk order. The bytes carry the chunk number and a fingerprint
// of the scenario; they are meant for merge_simulation_chunks in a process
// of the same build and machine architecture, not for storage.
[[nodiscard]] Result<std::vector<std::string>> simulate_chunks(const RoleGraph& graph, const Scenario& scenario,
                                                               std::size_t first, std::size_t last,
                                                               std::size_t threads = 1);

// Folds every chunk (chunk 0 first, each exactly once) into the summary that
// simulate() gives. A missing, repeated or foreign chunk, or bytes that are
// not a chunk, is bad input.
[[nodiscard]] Result<SimulationSummary> merge_simulation_chunks(const RoleGraph& graph, const Scenario& scenario,
                                                                const std::vector<std::string_view>& chunks,
                                                                const SimulationOptions& options = {});

}  // namespace careerpath
