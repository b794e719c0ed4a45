// The one way careerpath reads an input that a user names: a file, standard
// input ("-"), a FIFO or process substitution, a device. Use read_input_text
// for every such input (loaders, O*NET tables, truth files, anything new);
// never an ifstream or rdbuf() of a user's path. It
//   - never holds more than `max_bytes` (limits::kMaxInputBytes by default),
//     so /dev/zero, an endless FIFO or a huge file is turned away with a
//     message instead of growing the process until the machine gives out;
//   - says plainly what is wrong with the path: missing, a directory,
//     unreadable, standard input closed;
//   - rejects a NUL byte, naming its line and column: text parsers would stop
//     at it and accept whatever garbage follows.
// Errors name the input as the user gave it ("<stdin>" for "-").
// (Batch reads its stream line by line through its own bounded pipeline:
// careerpath/batch/batch.hpp.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "careerpath/util/error.hpp"
#include "careerpath/util/limits.hpp"

namespace careerpath {

// "-" names standard input.
inline constexpr const char* kStandardInputPath = "-";

// How an input is named in messages: the path, or "<stdin>" for "-".
[[nodiscard]] std::string input_display_name(const std::string& path);

// The whole text of the input, at most `max_bytes` of it.
[[nodiscard]] Result<std::string> read_input_text(const std::string& path,
                                                  std::size_t max_bytes = limits::kMaxInputBytes);

// The 1-based line and column of byte `offset` of `text`, for messages.
[[nodiscard]] std::pair<int, int> line_and_column(std::string_view text, std::size_t offset);

// "64 MiB", "1.5 KiB", "17 bytes": sizes in messages.
[[nodiscard]] std::string byte_size_text(std::size_t bytes);

}  // namespace careerpath
