// Reading one profile per line of a JSONL batch input, fast.
//
// A batch holds millions of lines, and nlohmann/json builds a tree of maps
// and strings for each: at about 10 us a line it alone would use the whole
// time budget. This reader parses each line with simdjson (validating, a few
// hundred MB/s per core) and fills the Profile straight from its DOM. It
// accepts exactly what read_profile (profile_io.hpp) accepts: whenever a line
// is not a plain, valid profile (a role named by title, a null, an unknown
// field, a value out of range, malformed JSON, ...) it hands the line to
// read_profile itself, so the result and every error message are the
// loader's own, by construction.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "careerpath/util/error.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath {

class ProfileLineReader {
 public:
  // Bytes that must be readable (not necessarily part of the line) after
  // every line passed to read().
  static const std::size_t kPadding;

  // `file` names the input in error messages.
  ProfileLineReader(const RoleGraph& graph, std::string file);
  ~ProfileLineReader();
  ProfileLineReader(const ProfileLineReader&) = delete;
  ProfileLineReader& operator=(const ProfileLineReader&) = delete;

  // Reads one line (without its newline); line.data() + line.size() +
  // kPadding must be readable. Errors carry the JSON pointer, or the column
  // for malformed JSON; the caller adds the line number.
  [[nodiscard]] Result<Profile> read(std::string_view line);

  // Lines the fast path could not take (re-read by read_profile), for tests
  // and benchmarks.
  [[nodiscard]] std::size_t fallbacks() const noexcept { return fallbacks_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::size_t fallbacks_ = 0;
};

}  // namespace careerpath
