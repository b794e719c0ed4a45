// Every resource limit careerpath enforces, in one place. Each one keeps a
// hostile or careless input from exhausting memory or time (SECURITY.md);
// each is far above what the shipped examples, the O*NET graph and the
// benchmarks need, and each is listed with its reason in docs/formats.md
// ("Limits"). Going over one is bad input: a message naming the limit and
// exit status 2. To change one, change it here and rebuild.
#pragma once

#include <cstddef>
#include <cstdint>

namespace careerpath::limits {

// Any one input: a JSON file, an O*NET table, a truth file, standard input,
// a FIFO. The largest real one is O*NET's Skills.txt (5.5 MB) and the O*NET
// graph (6.2 MB); parsed JSON takes about ten times its text in memory.
inline constexpr std::size_t kMaxInputBytes = 64u << 20;
// One batch line (a profile is a few KB).
inline constexpr std::size_t kMaxBatchLineBytes = 1u << 20;
// A role, skill or track named on the command line or in a profile: longer
// names cannot match any id or title, and "did you mean" compares names with
// every candidate, so a runaway name must be turned away before that.
inline constexpr std::size_t kMaxNameBytes = 256;
// Role graphs: O*NET's has about 1,000 roles and 20,000 moves.
inline constexpr std::size_t kMaxRoles = 20'000;
inline constexpr std::size_t kMaxTransitions = 400'000;
inline constexpr std::size_t kMaxSkills = 2'000;
// Simulation: a scenario's dated interventions (each is checked every
// period), runs, and worker threads.
inline constexpr std::size_t kMaxInterventions = 1'000;
inline constexpr std::size_t kMaxRuns = 1'000'000'000;
inline constexpr std::size_t kMaxThreads = 256;
// Batch workers: each keeps a few blocks of lines in flight.
inline constexpr std::size_t kMaxBatchThreads = 64;
// Routes asked of `path` (each alternative is one more round of searches).
inline constexpr std::size_t kMaxRoutes = 50;
// Seeds are whole numbers up to 2^53 - 1, exact in every JSON reader.
inline constexpr std::uint64_t kMaxSeed = 9'007'199'254'740'991ULL;

}  // namespace careerpath::limits
