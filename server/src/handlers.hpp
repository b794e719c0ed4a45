// The API's handlers, one per route (api.cpp lists them with their routes).
// Each reads its request through the Call, asks the engine, and answers with
// the document the matching command prints with --json.
#pragma once

#include "call.hpp"

namespace careerpath::server::handlers {

// Catalogue: what the server holds (handlers_catalog.cpp).
[[nodiscard]] Response health(const Call& call);
[[nodiscard]] Response graphs(const Call& call);
[[nodiscard]] Response roles(const Call& call);
[[nodiscard]] Response role(const Call& call);
[[nodiscard]] Response skills(const Call& call);
[[nodiscard]] Response resolve(const Call& call);

// One person (handlers_person.cpp).
[[nodiscard]] Response recommend(const Call& call);
[[nodiscard]] Response gap(const Call& call);
[[nodiscard]] Response path(const Call& call);
[[nodiscard]] Response validate(const Call& call);

// A team (handlers_team.cpp).
[[nodiscard]] Response mentor(const Call& call);

// Many careers (handlers_simulate.cpp).
[[nodiscard]] Response simulate(const Call& call);

// The documents as --json prints them: two-space indent and a final newline.
[[nodiscard]] Response json_document(const nlohmann::json& document);

}  // namespace careerpath::server::handlers
