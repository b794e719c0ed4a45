// A chunk's totals as bytes and back (partial.hpp): the plain binary image
// of ChunkTotals behind a header with the chunk number and the scenario's
// fingerprint. Doubles are copied bit for bit, so a folded total is exact.
// Reading checks every length against what is left, so truncated or foreign
// bytes are an error, never a crash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "simulate/run_record.hpp"

namespace careerpath::detail {

struct ChunkHeader {
  std::uint64_t chunk = 0;
  std::uint64_t fingerprint = 0;  // of the scenario and graph the chunk was simulated for
};

[[nodiscard]] std::string chunk_to_bytes(const ChunkHeader& header, const ChunkTotals& totals);
// Fills `totals` (made with the right layout) and returns the header; throws
// InputError when the bytes are not a chunk of this shape or name a role
// beyond `roles`.
[[nodiscard]] ChunkHeader chunk_from_bytes(std::string_view bytes, std::size_t roles, ChunkTotals& totals);

}  // namespace careerpath::detail
