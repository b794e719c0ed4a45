#include "careerpath/server/api.hpp"

#include <new>

#include "assets.hpp"
#include "call.hpp"
#include "handlers.hpp"

namespace careerpath::server {
namespace {

using nlohmann::json;
using Handler = Response (*)(const Call&);

struct Route {
  RouteSpec spec;
  Handler handler;
};

constexpr ParameterSpec kGraph{.name = "graph"};

// The routes, in the order openapi.json lists them. A path ending in "{role}"
// takes the rest of the path as that argument (a title may contain '/').
const std::vector<Route>& route_table() {
  using enum ParameterType;
  static const std::vector<Route> table = {
      {{"GET", "/api/health", {}, BodyKind::kNone}, handlers::health},
      {{"GET", "/api/graphs", {}, BodyKind::kNone}, handlers::graphs},
      {{"GET", "/api/roles", {kGraph, {.name = "track"}}, BodyKind::kNone}, handlers::roles},
      {{"GET", "/api/roles/{role}", {kGraph}, BodyKind::kNone}, handlers::role},
      {{"GET", "/api/skills", {kGraph}, BodyKind::kNone}, handlers::skills},
      {{"GET", "/api/resolve", {kGraph, {.name = "q", .required = true}, {.name = "limit", .type = kInteger}},
        BodyKind::kNone},
       handlers::resolve},
      {{"POST", "/api/recommend",
        {kGraph, {.name = "top", .type = kInteger}, {.name = "horizon", .type = kNumber},
         {.name = "direct_only", .type = kBoolean}},
        BodyKind::kProfile},
       handlers::recommend},
      {{"POST", "/api/gap", {kGraph, {.name = "role", .required = true}}, BodyKind::kProfile}, handlers::gap},
      {{"POST", "/api/path",
        {kGraph, {.name = "to", .required = true}, {.name = "k", .type = kInteger},
         {.name = "max_steps", .type = kInteger}, {.name = "avoid", .repeatable = true},
         {.name = "allow_step_back", .type = kBoolean}},
        BodyKind::kProfile},
       handlers::path},
      {{"POST", "/api/simulate",
        {kGraph, {.name = "runs", .type = kInteger}, {.name = "years", .type = kNumber},
         {.name = "seed", .type = kInteger}, {.name = "step"}, {.name = "top", .type = kInteger},
         {.name = "analytic", .type = kBoolean}},
        BodyKind::kScenarioOrProfile},
       handlers::simulate},
      {{"POST", "/api/mentor",
        {kGraph, {.name = "top", .type = kInteger}, {.name = "k", .type = kInteger},
         {.name = "focus", .type = kInteger}, {.name = "strong", .type = kNumber}},
        BodyKind::kTeam},
       handlers::mentor},
      {{"POST", "/api/validate", {kGraph}, BodyKind::kAnyDocument}, handlers::validate},
  };
  return table;
}

// Whether `path` is one of `pattern`'s; `argument` gets what its {role} stands for.
bool path_matches(std::string_view pattern, std::string_view path, std::string& argument) {
  const auto brace = pattern.find('{');
  if (brace == std::string_view::npos) return path == pattern;
  const std::string_view prefix = pattern.substr(0, brace);
  if (path.size() <= prefix.size() || path.substr(0, prefix.size()) != prefix) return false;
  argument = std::string(path.substr(prefix.size()));
  return true;
}

// "GET, POST": the methods some route answers at `path`; empty for an unknown path.
std::string allowed_methods(std::string_view path) {
  std::string allow;
  std::string ignored;
  for (const Route& route : route_table()) {
    if (path_matches(route.spec.path, path, ignored)) allow += (allow.empty() ? "" : ", ") + std::string(route.spec.method);
  }
  return allow;
}

Response from_api_error(const ApiError& e) {
  json error = {{"status", e.status}, {"kind", e.kind}, {"message", e.message}};
  if (!e.parameter.empty()) error["parameter"] = e.parameter;
  if (!e.location.pointer.empty()) error["pointer"] = e.location.pointer;
  if (e.location.line > 0) error["line"] = e.location.line;
  if (e.location.column > 0) error["column"] = e.location.column;
  return Response{.status = e.status, .body = json{{"error", std::move(error)}}.dump(2) + "\n"};
}

Response static_file(std::string_view method, std::string_view path) {
  const std::optional<Asset> asset = find_asset(path);
  if (!asset) return error_response(404, "not_found", "no such page or endpoint: " + std::string(path));
  if (method != "GET" && method != "HEAD") {
    Response r = error_response(405, "method_not_allowed", std::string(method) + " is not allowed on " + std::string(path));
    r.headers.emplace_back("Allow", "GET, HEAD");
    return r;
  }
  return Response{.content_type = std::string(asset->content_type), .body = std::string(asset->body)};
}

}  // namespace

Response error_response(int status, std::string_view kind, const std::string& message) {
  return from_api_error(ApiError{.status = status, .kind = std::string(kind), .message = message});
}

Api::Api(const GraphCatalog& graphs, Limits limits) : graphs_(&graphs), limits_(limits) {}

std::span<const RouteSpec> Api::routes() {
  static const std::vector<RouteSpec> specs = [] {
    std::vector<RouteSpec> out;
    for (const Route& r : route_table()) out.push_back(r.spec);
    return out;
  }();
  return specs;
}

Response Api::handle(const Request& request) const noexcept {
  try {
    if (request.path.substr(0, 5) != "/api/") return static_file(request.method, request.path);
    std::string argument;
    const Route* route = nullptr;
    for (const Route& r : route_table()) {
      if (r.spec.method == request.method && path_matches(r.spec.path, request.path, argument)) route = &r;
      if (route != nullptr) break;
    }
    if (route == nullptr) {
      const std::string allow = allowed_methods(request.path);
      if (allow.empty()) {
        return error_response(404, "not_found", "no such endpoint: " + std::string(request.path) + " (see /openapi.json)");
      }
      Response r = error_response(405, "method_not_allowed",
                                  std::string(request.method) + " is not allowed on " + std::string(request.path));
      r.headers.emplace_back("Allow", allow);
      return r;
    }
    const Call call(*this, request, route->spec, std::move(argument));
    return route->handler(call);
  } catch (const ApiError& e) {
    return from_api_error(e);
  } catch (const InputError& e) {
    const Error& error = e.error();
    return from_api_error(ApiError{.status = status_for(error.kind), .kind = std::string(to_string(error.kind)),
                                   .message = error.to_string(), .location = error});
  } catch (const std::bad_alloc&) {
    return error_response(503, "overloaded", "out of memory for this request; try again later or ask for less");
  } catch (const std::exception& e) {
    return error_response(500, "internal", std::string("internal error: ") + e.what());
  } catch (...) {
    return error_response(500, "internal", "internal error");
  }
}

}  // namespace careerpath::server
