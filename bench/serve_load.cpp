// A small load client for `careerpath serve`: N threads, each holding one
// keep-alive connection, for a while after a warm-up. Prints the latency
// percentiles, requests per second, and any answer that was not 200 (which
// fails the run). Two ways to send:
//
// - closed loop (default): each connection sends its next request as soon as
//   it has the answer, as N users who never pause. This finds the most
//   requests per second; latency is then N / throughput by Little's law,
//   whatever the server does, so it says little about one request.
// - paced (--rate R): R requests a second in all, each connection on a fixed
//   schedule. Latency runs from the scheduled time to the last byte, so a
//   request that had to wait for an earlier one counts its wait (no
//   "coordinated omission"). This is the latency users see at that load.
//
//   careerpath serve --graph onet --threads 2 --port 8080 &
//   serve_load --port 8080 --connections 32 --seconds 10
//              --path '/api/recommend?graph=onet' --body profiles/onet-program-manager.json
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <httplib.h>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t connections = 32;
  double seconds = 10.0;
  double warmup = 1.0;
  std::string path = "/api/recommend";
  std::string body_file{};
  double rate = 0.0;  // requests per second over all connections; 0: closed loop
};

struct Tally {
  std::vector<double> latencies_ms{};
  std::size_t failures = 0;
  int last_failure_status = 0;
};

void client(const Options& o, std::size_t index, const std::string& body, Clock::time_point start,
            Clock::time_point measure_from, Clock::time_point stop, Tally& tally) {
  httplib::Client c(o.host, o.port);
  c.set_keep_alive(true);
  // Without TCP_NODELAY the request's header and body, written separately,
  // wait on Nagle's algorithm for the server's delayed ACK (some 40 ms).
  // Browsers set it too.
  c.set_tcp_nodelay(true);
  c.set_read_timeout(30, 0);
  tally.latencies_ms.reserve(100000);
  // Paced: this connection's requests every `interval`, staggered across
  // connections so that the total arrives evenly.
  const bool paced = o.rate > 0.0;
  const auto interval = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(paced ? static_cast<double>(o.connections) / o.rate : 0.0));
  Clock::time_point scheduled = start + interval * static_cast<long>(index) / static_cast<long>(o.connections);
  while (true) {
    if (paced) {
      std::this_thread::sleep_until(scheduled);
    } else {
      scheduled = Clock::now();
    }
    const Clock::time_point sent = scheduled;
    if (sent >= stop) break;
    scheduled += interval;
    auto r = body.empty() ? c.Get(o.path) : c.Post(o.path, body, "application/json");
    const Clock::time_point received = Clock::now();
    if (sent < measure_from) continue;
    if (!r || r->status != 200) {
      ++tally.failures;
      tally.last_failure_status = r ? r->status : -1;
      continue;
    }
    tally.latencies_ms.push_back(std::chrono::duration<double, std::milli>(received - sent).count());
  }
}

double percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0.0;
  const auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(index, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"Load test for careerpath serve: N keep-alive connections, closed loop", "serve_load"};
  app.add_option("--host", o.host)->capture_default_str();
  app.add_option("--port", o.port)->capture_default_str();
  app.add_option("--connections,-c", o.connections, "Concurrent keep-alive connections")->capture_default_str();
  app.add_option("--seconds", o.seconds, "Measured seconds (after the warm-up)")->capture_default_str();
  app.add_option("--warmup", o.warmup, "Seconds sent but not measured")->capture_default_str();
  app.add_option("--path", o.path, "Request path and query")->capture_default_str();
  app.add_option("--body", o.body_file, "File sent as the JSON body (POST); none: GET");
  app.add_option("--rate", o.rate, "Requests per second over all connections, paced (default: closed loop)");
  CLI11_PARSE(app, argc, argv);

  std::string body;
  if (!o.body_file.empty()) {
    std::ifstream in(o.body_file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "serve_load: cannot read %s\n", o.body_file.c_str());
      return 2;
    }
    std::ostringstream text;
    text << in.rdbuf();
    body = text.str();
  }

  const Clock::time_point start = Clock::now();
  const auto measure_from = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.warmup));
  const auto stop = measure_from + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
  std::vector<Tally> tallies(o.connections);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < o.connections; ++i) {
    threads.emplace_back(client, std::cref(o), i, std::cref(body), start, measure_from, stop, std::ref(tallies[i]));
  }
  for (std::thread& t : threads) t.join();

  std::vector<double> all;
  std::size_t failures = 0;
  int failure_status = 0;
  for (const Tally& t : tallies) {
    all.insert(all.end(), t.latencies_ms.begin(), t.latencies_ms.end());
    failures += t.failures;
    if (t.failures > 0) failure_status = t.last_failure_status;
  }
  std::sort(all.begin(), all.end());
  std::printf("%s  %zu connections, %s, %.1f s measured\n", o.path.c_str(), o.connections,
              o.rate > 0 ? ("paced at " + std::to_string(static_cast<long>(o.rate)) + " requests/s").c_str() : "closed loop",
              o.seconds);
  std::printf("requests %zu  (%.0f per second)  failures %zu%s\n", all.size(), static_cast<double>(all.size()) / o.seconds,
              failures, failures ? (" (last status " + std::to_string(failure_status) + ")").c_str() : "");
  std::printf("latency ms  p50 %.3f  p90 %.3f  p99 %.3f  max %.3f\n", percentile(all, 50), percentile(all, 90),
              percentile(all, 99), all.empty() ? 0.0 : all.back());
  return failures == 0 && !all.empty() ? 0 : 1;
}
