// The built-in graphs' compact binary form. At build time tools/pack_graph
// loads each graphs/*.json with full validation and writes what it read
// (a RoleGraphData) as flat little-endian fields; the program embeds that and
// rebuilds the RoleGraphData from it with no parsing and no re-validation,
// in about a millisecond instead of the 100 ms that parsing and checking the
// 6 MB O*NET JSON takes. Files users give keep the validating JSON loader.
//
// Why a binary form rather than simdjson: simdjson parses the O*NET JSON in
// about 4 ms but its DOM needs about 15 MB more memory, and its document
// would still have to be validated and copied into the graph; the packed form
// is read in one pass at memory speed. tests/unit/io/graph_pack_test.cpp
// checks that every built-in graph packed and unpacked equals the graph the
// JSON loader builds from the same file, field by field.
#pragma once

#include <string>
#include <string_view>

#include "careerpath/model/role_graph.hpp"

namespace careerpath {

// Bumped whenever the layout changes; a blob of another version is refused.
inline constexpr std::string_view kGraphPackMagic = "careerpath.graph.pack/1";

[[nodiscard]] std::string pack_graph(const RoleGraphData& data);
// Throws InputError (kind kInternal) on a blob that is not a whole packed
// graph of this version: the blob is built with the program, so that is a
// build fault, never the user's.
//
// With `drop_read_pages`, the pages of the blob already read are handed back
// to the system as the reading goes on (madvise MADV_DONTNEED on Linux), so
// that a command's peak memory holds the graph but not also its 4 MB packed
// form. Only for a blob in the program's read-only data (the built-ins),
// whose pages the system reads again from the executable if touched.
[[nodiscard]] RoleGraphData unpack_graph(std::string_view blob, bool drop_read_pages = false);

}  // namespace careerpath
