#include "call.hpp"

#include <charconv>
#include <cmath>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/util/unknown_name.hpp"

namespace careerpath::server {
namespace {

const ParameterSpec* find_spec(const RouteSpec& route, std::string_view name) {
  for (const ParameterSpec& p : route.parameters) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

std::string range_text(double lo, double hi) { return format_number(lo) + " to " + format_number(hi); }

bool parse_integer(const std::string& text, long long& out) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && !text.empty();
}

bool parse_number(const std::string& text, double& out) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && !text.empty() && std::isfinite(out);
}

bool parse_boolean(const std::string& text, bool& out) {
  if (text == "true" || text == "1" || text.empty()) return out = true, true;  // ?direct_only alone means true
  if (text == "false" || text == "0") return out = false, true;
  return false;
}

// Checks every query parameter against the route before any is used, so a
// misspelt optional parameter is an error rather than silently ignored.
void check_query(const Request& request, const RouteSpec& route) {
  for (std::size_t i = 0; i < request.query.size(); ++i) {
    const auto& [name, value] = request.query[i];
    const ParameterSpec* spec = find_spec(route, name);
    if (spec == nullptr) {
      std::vector<std::string> names;
      for (const ParameterSpec& p : route.parameters) names.emplace_back(p.name);
      fail_parameter(name, unknown_name_message("query parameter", name, closest_matches(name, names),
                                                " for " + std::string(route.path)));
    }
    if (!spec->repeatable) {
      for (std::size_t j = 0; j < i; ++j) {
        if (request.query[j].first == name) fail_parameter(name, "query parameter '" + name + "' is given twice");
      }
    }
    long long integer = 0;
    double number = 0.0;
    bool boolean = false;
    switch (spec->type) {
      case ParameterType::kInteger:
        if (!parse_integer(value, integer)) fail_parameter(name, "'" + value + "' is not a whole number");
        break;
      case ParameterType::kNumber:
        if (!parse_number(value, number)) fail_parameter(name, "'" + value + "' is not a finite number");
        break;
      case ParameterType::kBoolean:
        if (!parse_boolean(value, boolean)) fail_parameter(name, "'" + value + "' is not true or false");
        break;
      case ParameterType::kString:
        if (value.empty()) fail_parameter(name, "query parameter '" + name + "' is empty");
        break;
    }
  }
  for (const ParameterSpec& p : route.parameters) {
    if (!p.required) continue;
    bool given = false;
    for (const auto& entry : request.query) given = given || entry.first == p.name;
    if (!given) fail_parameter(p.name, "missing query parameter '" + std::string(p.name) + "'");
  }
}

const ServedGraph& choose_graph(const GraphCatalog& catalog, const std::optional<std::string>& name) {
  if (!name) return catalog.default_graph();
  if (const ServedGraph* g = catalog.find(*name)) return *g;
  std::vector<std::string> names;
  for (const auto& g : catalog.graphs()) names.push_back(g->name);
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
  fail_parameter("graph", unknown_name_message("graph", *name, closest_matches(*name, names), " (served: " + list + ")"),
                 404, "not_found");
}

}  // namespace

void fail_parameter(std::string_view parameter, const std::string& message, int status, std::string_view kind) {
  throw ApiError{.status = status, .kind = std::string(kind), .message = message, .parameter = std::string(parameter)};
}

int status_for(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::kBadInput: return 400;
    case ErrorKind::kNotFound: return 404;
    case ErrorKind::kUnsupported: return 422;
    case ErrorKind::kInternal: return 500;
  }
  return 500;
}

void fail_with(const Error& error) {
  throw ApiError{.status = status_for(error.kind), .kind = std::string(to_string(error.kind)),
                 .message = error.to_string(), .location = error};
}

Call::Call(const Api& api, const Request& request, const RouteSpec& route, std::string path_argument)
    : api_(&api), request_(&request), route_(&route), path_argument_(std::move(path_argument)) {
  check_query(request, route);
  if (find_spec(route, "graph") != nullptr) served_ = &choose_graph(api.graphs(), text("graph"));
}

const std::string* Call::first(std::string_view name) const {
  for (const auto& [key, value] : request_->query) {
    if (key == name) return &value;
  }
  return nullptr;
}

std::optional<std::string> Call::text(std::string_view name) const {
  if (const std::string* v = first(name)) return *v;
  return std::nullopt;
}

std::vector<std::string> Call::all(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [key, value] : request_->query) {
    if (key == name) out.push_back(value);
  }
  return out;
}

std::optional<long long> Call::integer(std::string_view name, long long lo, long long hi) const {
  const std::string* v = first(name);
  if (v == nullptr) return std::nullopt;
  long long out = 0;
  if (!parse_integer(*v, out) || out < lo || out > hi) {
    fail_parameter(name, std::string(name) + " " + *v + " is outside " + range_text(static_cast<double>(lo), static_cast<double>(hi)));
  }
  return out;
}

std::optional<double> Call::number(std::string_view name, double lo, double hi) const {
  const std::string* v = first(name);
  if (v == nullptr) return std::nullopt;
  double out = 0.0;
  if (!parse_number(*v, out) || out < lo || out > hi) {
    fail_parameter(name, std::string(name) + " " + *v + " is outside " + range_text(lo, hi));
  }
  return out;
}

bool Call::flag(std::string_view name) const {
  const std::string* v = first(name);
  bool out = false;
  return v != nullptr && parse_boolean(*v, out) && out;
}

std::size_t Call::role(std::string_view parameter, const std::string& name) const {
  // The engine's reader of role references (id, title or alias, any case,
  // with the closest ids suggested) on the name wrapped as a JSON string.
  const nlohmann::json value = name;
  try {
    return read_role_ref(JsonNode(value, ""), graph());
  } catch (const InputError& e) {
    fail_parameter(parameter, e.error().message, 404, "not_found");
  }
}

const nlohmann::json& Call::body() const {
  if (body_) return *body_;
  const std::string_view type = request_->content_type.substr(0, request_->content_type.find(';'));
  if (type != "application/json") {
    throw ApiError{.status = 415, .kind = "unsupported_media_type",
                   .message = "the request body must be JSON (Content-Type: application/json), not '" +
                              std::string(request_->content_type) + "'"};
  }
  if (request_->body.size() > limits().max_body_bytes) {
    throw ApiError{.status = 413, .kind = "too_large",
                   .message = "the request body of " + std::to_string(request_->body.size()) +
                              " bytes is above the limit of " + std::to_string(limits().max_body_bytes)};
  }
  auto parsed = parse_json_text(request_->body, std::string(kBodyName));
  if (!parsed) fail_with(parsed.error());
  body_ = std::move(parsed).value();
  return *body_;
}

Profile Call::profile() const {
  auto person = profile_from_json(body(), graph(), std::string(kBodyName));
  if (!person) fail_with(person.error());
  return std::move(person).value();
}

}  // namespace careerpath::server
