#include "careerpath/server/http_server.hpp"

#include <pthread.h>
#include <signal.h>

#include <thread>

#include <httplib.h>

#include "worker_gate.hpp"

namespace careerpath::server {
namespace {

bool is_loopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

// Against DNS rebinding: a page on another site that gets its name pointed
// at 127.0.0.1 sends its own name as Host. Served on loopback, only local
// names are answered. A request without Host (HTTP/1.0) is let through.
bool host_allowed(const httplib::Request& req, const ServerOptions& options) {
  if (!is_loopback(options.host) || !req.has_header("Host")) return true;
  std::string host = req.get_header_value("Host");
  if (host.starts_with('[')) {
    host = host.substr(0, host.find(']') + 1);
  } else if (const auto colon = host.find(':'); colon != std::string::npos) {
    host.resize(colon);
  }
  return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

void write(httplib::Response& res, Response out) {
  res.status = out.status;
  for (const auto& [name, value] : out.headers) res.set_header(name, value);
  res.set_header("Content-Type", out.content_type);
  res.body = std::move(out.body);
}

// Headers on every answer: no MIME sniffing, no referrer, and for the page a
// policy that allows only its own scripts and styles (the mentor report's
// inline styles included) and no framing by other sites.
void add_safety_headers(httplib::Response& res, bool api) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  if (api) {
    res.set_header("Cache-Control", "no-store");
    return;
  }
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                 "frame-src 'self' about:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
}

}  // namespace

struct HttpServer::State {
  State(const Api& a, ServerOptions o) : api(a), options(std::move(o)), gate(options.workers, options.queue) {}

  void answer(const httplib::Request& req, httplib::Response& res);

  const Api& api;
  ServerOptions options;
  WorkerGate gate;
  httplib::Server http{};
  int port = 0;
};

void HttpServer::State::answer(const httplib::Request& req, httplib::Response& res) {
  const bool api_path = req.path.starts_with("/api/");
  add_safety_headers(res, api_path);
  if (!host_allowed(req, options)) {
    write(res, error_response(403, "forbidden", "this server answers only to local host names, not '" +
                                                    req.get_header_value("Host") + "'"));
    return;
  }
  if (!options.cors_origin.empty()) {
    res.set_header("Access-Control-Allow-Origin", options.cors_origin);
    res.set_header("Vary", "Origin");
    if (req.method == "OPTIONS") {
      res.set_header("Access-Control-Allow-Methods", "GET, POST");
      res.set_header("Access-Control-Allow-Headers", "Content-Type");
      res.set_header("Access-Control-Max-Age", "600");
      res.status = 204;
      return;
    }
  }
  const std::string content_type = req.get_header_value("Content-Type");
  Request request{.method = req.method, .path = req.path, .content_type = content_type, .body = req.body};
  for (const auto& [name, value] : req.params) request.query.emplace_back(name, value);
  // Pages and the health check need no worker; everything else computes.
  const bool computes = api_path && req.path != "/api/health";
  if (!computes) {
    const WorkerGate::Load now = gate.load();
    request.load = WorkerLoad{.busy = now.busy, .waiting = now.waiting, .workers = options.workers, .queue = options.queue};
  }
  std::optional<WorkerGate::Pass> pass;
  if (computes) {
    switch (gate.enter(options.queue_timeout)) {
      case WorkerGate::Entry::kAdmitted:
        pass.emplace(&gate);
        break;
      case WorkerGate::Entry::kQueueFull:
      case WorkerGate::Entry::kTimedOut: {
        Response busy = error_response(503, "overloaded", "the server is busy; try again in a moment");
        busy.headers.emplace_back("Retry-After", "1");
        write(res, std::move(busy));
        return;
      }
    }
  }
  write(res, api.handle(request));
}

HttpServer::HttpServer(const Api& api, ServerOptions options)
    : state_(std::make_unique<State>(api, std::move(options))) {
  State& s = *state_;
  const std::size_t connections = s.options.connections;
  s.http.new_task_queue = [connections] { return new httplib::ThreadPool(connections); };
  s.http.set_payload_max_length(api.limits().max_body_bytes);
  s.http.set_read_timeout(s.options.read_timeout);
  s.http.set_write_timeout(s.options.write_timeout);
  s.http.set_keep_alive_timeout(s.options.keep_alive_timeout.count());
  s.http.set_keep_alive_max_count(s.options.keep_alive_requests);
  s.http.set_tcp_nodelay(true);
  const auto handler = [&s](const httplib::Request& req, httplib::Response& res) { s.answer(req, res); };
  s.http.Get(".*", handler);
  s.http.Post(".*", handler);
  s.http.Put(".*", handler);
  s.http.Patch(".*", handler);
  s.http.Delete(".*", handler);
  s.http.Options(".*", handler);
  // Errors cpp-httplib answers itself (a body over the limit, a malformed
  // request line) get the API's JSON error document too.
  s.http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    const std::string message = res.status == 413 ? "the request body is above this server's limit"
                                                  : "the request was refused (HTTP status " + std::to_string(res.status) + ")";
    write(res, error_response(res.status, res.status == 413 ? "too_large" : "bad_request", message));
    return httplib::Server::HandlerResponse::Handled;
  }));
  s.http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    write(res, error_response(500, "internal", "internal error"));
  });
}

HttpServer::~HttpServer() = default;

Status HttpServer::bind() {
  State& s = *state_;
  if (s.options.port == 0) {
    s.port = s.http.bind_to_any_port(s.options.host);
    if (s.port <= 0) return Error{.message = "cannot listen on " + s.options.host + " (any port)"};
    return {};
  }
  if (!s.http.bind_to_port(s.options.host, s.options.port)) {
    return Error{.message = "cannot listen on " + s.options.host + ":" + std::to_string(s.options.port) +
                            " (in use, or not an address of this machine)"};
  }
  s.port = s.options.port;
  return {};
}

int HttpServer::port() const noexcept { return state_->port; }

Status HttpServer::run() {
  if (!state_->http.listen_after_bind()) return Error{.message = "the server stopped with an error"};
  return {};
}

void HttpServer::stop() { state_->http.stop(); }

Status serve_until_signalled(const Api& api, const ServerOptions& options,
                             const std::function<void(int port)>& on_listening) {
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigset_t previous;
  pthread_sigmask(SIG_BLOCK, &stop_signals, &previous);  // inherited by every thread started below

  HttpServer server(api, options);
  Status status = server.bind();
  if (status) {
    on_listening(server.port());
    std::thread waiter([&] {
      int signal_number = 0;
      sigwait(&stop_signals, &signal_number);
      server.stop();
    });
    status = server.run();
    pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if the server stopped on its own
    waiter.join();
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return status;
}

}  // namespace careerpath::server
