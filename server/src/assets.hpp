// The files the server ships inside the binary: the web app (index.html,
// app.css, app.js) and the OpenAPI description, embedded at build time from
// server/web and server/openapi.json (server/CMakeLists.txt), so that the
// page works with no files beside the program and no network.
#pragma once

#include <optional>
#include <string_view>

namespace careerpath::server {

struct Asset {
  std::string_view content_type{};
  std::string_view body{};
};

// The asset served at `path` ("/", "/app.js", "/openapi.json"), if any.
[[nodiscard]] std::optional<Asset> find_asset(std::string_view path);

}  // namespace careerpath::server
