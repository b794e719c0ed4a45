// One request being answered: its route, its checked query parameters, its
// graph and its body, with every problem turned into an ApiError that names
// the parameter or the JSON pointer at fault. Handlers read what they need
// from here and build the response; nothing here decides anything about
// careers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "careerpath/model/profile.hpp"
#include "careerpath/server/api.hpp"
#include "careerpath/util/error.hpp"

namespace careerpath::server {

// A request that cannot be answered as asked: the handler throws it and
// Api::handle turns it into the error document.
struct ApiError {
  int status = 400;
  std::string kind = "bad_input";  // bad_input, not_found, unsupported, too_large, internal
  std::string message{};
  std::string parameter{};  // the query or path parameter at fault, if any
  Error location{};         // pointer, line and column inside the body, if any
};

[[noreturn]] void fail_parameter(std::string_view parameter, const std::string& message, int status = 400,
                                 std::string_view kind = "bad_input");
// The HTTP status for an engine error's kind: bad input 400, not found 404,
// unsupported (well formed, but no answer exists) 422, internal 500.
[[nodiscard]] int status_for(ErrorKind kind) noexcept;
// An engine Error, with its place, as the status its kind calls for.
[[noreturn]] void fail_with(const Error& error);

// The name that stands for the request body in messages, as a file name does
// on the command line: "request body: /skills/sql: level 9 is above ...".
inline constexpr std::string_view kBodyName = "request body";

class Call {
 public:
  Call(const Api& api, const Request& request, const RouteSpec& route, std::string path_argument);

  [[nodiscard]] const ServedGraph& served() const noexcept { return *served_; }
  [[nodiscard]] const RoleGraph& graph() const noexcept { return served_->graph; }
  [[nodiscard]] const Limits& limits() const noexcept { return api_->limits(); }
  [[nodiscard]] const Api& api() const noexcept { return *api_; }
  // The {role} of a path such as /api/roles/{role}.
  [[nodiscard]] const std::string& path_argument() const noexcept { return path_argument_; }
  [[nodiscard]] const std::optional<WorkerLoad>& load() const noexcept { return request_->load; }

  // Query parameters, checked against the route's spec when the call was made
  // (unknown names, repeats and types); these only convert and range-check.
  [[nodiscard]] std::optional<std::string> text(std::string_view name) const;
  [[nodiscard]] std::vector<std::string> all(std::string_view name) const;
  [[nodiscard]] std::optional<long long> integer(std::string_view name, long long lo, long long hi) const;
  [[nodiscard]] std::optional<double> number(std::string_view name, double lo, double hi) const;
  [[nodiscard]] bool flag(std::string_view name) const;
  // A role named by a parameter (id, title or alias); unknown is 404.
  [[nodiscard]] std::size_t role(std::string_view parameter, const std::string& name) const;

  // The body as JSON: requires a JSON content type (else 415) and a
  // well-formed document (else 400 with line and column).
  [[nodiscard]] const nlohmann::json& body() const;
  // The body as a careerpath.profile/1 document against the graph.
  [[nodiscard]] Profile profile() const;

 private:
  [[nodiscard]] const std::string* first(std::string_view name) const;

  const Api* api_;
  const Request* request_;
  const RouteSpec* route_;
  const ServedGraph* served_ = nullptr;
  std::string path_argument_;
  mutable std::optional<nlohmann::json> body_{};
};

}  // namespace careerpath::server
