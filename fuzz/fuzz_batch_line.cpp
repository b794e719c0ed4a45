// One batch line through the simdjson fast path (and its fallback to the
// full profile reader), with the padding the batch reader guarantees; a line
// the fast path takes must read the same through the full reader.
#include <string>

#include "batch/profile_line.hpp"
#include "careerpath/io/json_reader.hpp"
#include "careerpath/io/profile_io.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace careerpath;
  static ProfileLineReader reader(fuzz::tech_graph(), "fuzz.jsonl");
  std::string line(fuzz::as_text(data, size));
  line.reserve(line.size() + ProfileLineReader::kPadding);
  auto fast = reader.read(line);
  if (!fast) return 0;
  auto document = parse_json_text(line, "fuzz.jsonl");
  fuzz::require(document.ok());
  auto full = profile_from_json(*document, fuzz::tech_graph(), "fuzz.jsonl", FormatField::kOptional);
  fuzz::require(full.ok());
  fuzz::require(full->current_role == fast->current_role);
  fuzz::require((full->skills.array() == fast->skills.array()).all());
  return 0;
}
