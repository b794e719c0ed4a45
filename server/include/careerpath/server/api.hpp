// The JSON API of `careerpath serve`, apart from HTTP: a request (method,
// path, query parameters, content type, body) in, a response (status,
// content type, body) out. The HTTP server (http_server.hpp) only moves bytes
// to and from it, so benchmarks and tests can call the handlers directly.
//
// Every answer is a document the command line prints with --json, built by
// the same report functions, so the bytes are equal for the same question.
// Errors are JSON too:
//
//   {"error": {"status": 400, "kind": "bad_input", "message": "request body: /skills/sql: ...",
//              "pointer": "/skills/sql"}}
//
// with "parameter" instead of "pointer" for a bad query parameter and "line"
// and "column" for malformed JSON. handle() never throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "careerpath/server/graph_catalog.hpp"

namespace careerpath::server {

// What one request may ask for; requests above a limit get a 4xx naming it.
struct Limits {
  std::size_t max_body_bytes = 1 << 20;  // 1 MiB: a team of hundreds of inline profiles
  std::size_t max_runs = 20'000;         // simulated careers per request
  // Runs x people x steps per simulate request: about half a second of one
  // core (some 30 million person-steps a second on this machine's cores).
  std::uint64_t max_simulated_steps = 20'000'000;
  std::size_t max_team_members = 200;  // per mentor request
};

// How busy the HTTP server's workers are, as GET /api/health reports it.
struct WorkerLoad {
  std::size_t busy = 0;     // requests computing now
  std::size_t waiting = 0;  // requests queued for a worker
  std::size_t workers = 0;  // --threads
  std::size_t queue = 0;    // --queue
};

struct Request {
  std::string_view method{};  // "GET", "POST", ...
  std::string_view path{};    // "/api/recommend", without the query string
  std::vector<std::pair<std::string, std::string>> query{};  // decoded, in order; a name may repeat
  std::string_view content_type{};
  std::string_view body{};
  std::optional<WorkerLoad> load{};  // set by the HTTP server; absent when called directly
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body{};
  std::vector<std::pair<std::string, std::string>> headers{};  // besides Content-Type (Allow, ...)
};

// A route as the OpenAPI description must list it (tests/api checks both agree).
enum class ParameterType { kString, kInteger, kNumber, kBoolean };
struct ParameterSpec {
  std::string_view name{};
  ParameterType type = ParameterType::kString;
  bool required = false;
  bool repeatable = false;
};
enum class BodyKind { kNone, kProfile, kTeam, kScenarioOrProfile, kAnyDocument };
struct RouteSpec {
  std::string_view method{};
  std::string_view path{};  // OpenAPI form: "/api/roles/{role}"
  std::vector<ParameterSpec> parameters{};
  BodyKind body = BodyKind::kNone;
};

class Api {
 public:
  Api(const GraphCatalog& graphs, Limits limits);

  [[nodiscard]] Response handle(const Request& request) const noexcept;

  // Every route the API answers, in the order the OpenAPI document lists them.
  [[nodiscard]] static std::span<const RouteSpec> routes();

  [[nodiscard]] const Limits& limits() const noexcept { return limits_; }
  [[nodiscard]] const GraphCatalog& graphs() const noexcept { return *graphs_; }

 private:
  const GraphCatalog* graphs_;
  Limits limits_;
};

// The error document for `status` with `message`, for answers the HTTP layer
// gives itself (413 before the body is read, 503 when overloaded, 404).
[[nodiscard]] Response error_response(int status, std::string_view kind, const std::string& message);

}  // namespace careerpath::server
