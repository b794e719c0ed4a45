// `careerpath serve`'s HTTP side: cpp-httplib (Debian's libcpp-httplib-dev)
// moves requests to the Api and answers back, with the safety settings of a
// local tool: loopback by default, bounded bodies, timeouts, no CORS unless
// asked, a Host check against DNS rebinding, and a clean stop.
//
// Threads: each open connection is served by one of `connections` threads
// (cpp-httplib blocks a thread per connection), and at most `workers`
// requests are computed at once; a request that finds `queue` others already
// waiting for a worker, or waits longer than `queue_timeout`, gets 503 with
// Retry-After. Idle keep-alive connections cost a sleeping thread, not a core.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "careerpath/server/api.hpp"
#include "careerpath/util/error.hpp"

namespace careerpath::server {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (see HttpServer::port)
  std::size_t workers = 2;
  std::size_t connections = 64;
  std::size_t queue = 256;
  std::chrono::milliseconds queue_timeout{10'000};
  std::chrono::seconds read_timeout{5};
  std::chrono::seconds write_timeout{5};
  std::chrono::seconds keep_alive_timeout{2};  // also bounds how long a stop waits for idle connections
  std::size_t keep_alive_requests = 10'000;    // per connection before it is closed
  // An origin allowed to call the API from its pages (CORS); empty: none.
  std::string cors_origin{};
};

class HttpServer {
 public:
  HttpServer(const Api& api, ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the listening socket; an address in use or not local is an Error.
  [[nodiscard]] Status bind();
  // The port bound (useful with port 0).
  [[nodiscard]] int port() const noexcept;
  // Serves until stop(); returns once the requests in flight are answered.
  [[nodiscard]] Status run();
  // From any thread: stops accepting, lets requests in flight finish.
  void stop();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Binds, calls `on_listening` with the port, and serves until SIGINT or
// SIGTERM, then stops cleanly. Blocks both signals in the calling thread
// (and so in every thread the server starts) and waits for them on its own.
[[nodiscard]] Status serve_until_signalled(const Api& api, const ServerOptions& options,
                                           const std::function<void(int port)>& on_listening);

}  // namespace careerpath::server
