// How a name was read (careerpath/model/resolver.hpp) as JSON, for the API
// and any front end that shows candidates:
//   {"query": "...", "confidence": "exact|likely|ambiguous|weak|none",
//    "chosen": {role} or null, "message": the note or the refusal ("" when exact),
//    "candidates": [{role..., "matched": name, "match": "id|name|alias|words|spelling", "score": s}]}
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "careerpath/model/resolver.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath::report {

[[nodiscard]] std::string_view to_string(Confidence confidence) noexcept;
[[nodiscard]] std::string_view to_string(MatchKind kind) noexcept;

[[nodiscard]] nlohmann::json role_resolution_json(const RoleGraph& graph, const Resolution& resolution);

}  // namespace careerpath::report
