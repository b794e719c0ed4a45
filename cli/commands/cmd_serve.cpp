// careerpath serve: the web app and the JSON API on one local port, over the
// graphs loaded once at start (server/).
#include <cstdio>
#include <thread>

#include "careerpath/server/http_server.hpp"
#include "command.hpp"

namespace careerpath::cli {
namespace {

struct Options {
  std::vector<std::string> graphs{};
  server::ServerOptions http{.workers = std::max(1U, std::thread::hardware_concurrency())};
  server::Limits limits{};
};

void run(Context& ctx, Options& o) {
  // The global --graph, when given, is served too and is the default.
  std::vector<std::string> names = o.graphs;
  if (ctx.graph_name != "tech") names.insert(names.begin(), ctx.graph_name);
  const server::GraphCatalog catalog = value_or_throw(server::GraphCatalog::load(names));
  const server::Api api(catalog, o.limits);
  std::string served;
  for (const auto& g : catalog.graphs()) served += (served.empty() ? "" : ", ") + g->name;
  const Status status = server::serve_until_signalled(api, o.http, [&](int port) {
    const std::string host = o.http.host.find(':') != std::string::npos ? "[" + o.http.host + "]" : o.http.host;
    write_stdout("careerpath: serving http://" + host + ":" + std::to_string(port) + "/ (graphs: " + served +
                 "; default " + catalog.default_graph().name + "); Ctrl-C stops\n");
  });
  if (!status) throw UsageError(status.error().to_string());
  std::fprintf(stderr, "careerpath: stopped\n");
}

CAREERPATH_COMMAND(95, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("serve", "The web app and JSON API on a local port (http://127.0.0.1:8080/)");
  auto o = std::make_shared<Options>();
  cmd->add_option("--graph", o->graphs, "Also serve this graph file or built-in (repeatable); the first is the default");
  cmd->add_option("--host", o->http.host, "Address to listen on; other than loopback exposes the API to the network")
      ->capture_default_str();
  cmd->add_option("--port,-p", o->http.port, "Port to listen on (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", o->http.workers, "Requests computed at once (default: the machine's cores)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}));
  cmd->add_option("--connections", o->http.connections, "Open connections served at once")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{4096}));
  cmd->add_option("--queue", o->http.queue, "Requests that may wait for a worker before the server answers 503")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{0}, std::size_t{100000}));
  cmd->add_option("--max-body", o->limits.max_body_bytes, "Largest request body in bytes (413 above)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30));
  cmd->add_option("--max-runs", o->limits.max_runs, "Most simulated careers per simulate request")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000}));
  cmd->add_option("--max-steps", o->limits.max_simulated_steps,
                  "Most person-steps (runs x people x steps) per simulate request")
      ->capture_default_str()
      ->check(CLI::Range(std::uint64_t{1000}, std::uint64_t{1} << 40));
  cmd->add_option("--cors-origin", o->http.cors_origin,
                  "Let pages from this origin call the API (CORS); off by default");
  cmd->callback([&ctx, o] { run(ctx, *o); });
});

}  // namespace
}  // namespace careerpath::cli
