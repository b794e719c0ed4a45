// The API's handlers without HTTP (server/api.hpp): what one request costs
// a worker, from the request body's bytes to the response document's bytes
// (parsing and checking the profile, the engine's answer, the document).
// items/s reads as requests per second per worker; bench/serve_load.cpp
// measures the same over HTTP with many connections.
#include <fstream>
#include <sstream>

#include <benchmark/benchmark.h>

#include "careerpath/server/api.hpp"

namespace {

using namespace careerpath;

const server::Api& api() {
  static const server::GraphCatalog catalog = [] {
    auto loaded = server::GraphCatalog::load({});
    if (!loaded) throw std::runtime_error(loaded.error().to_string());
    return std::move(loaded).value();
  }();
  static const server::Api instance(catalog, {});
  return instance;
}

std::string example(const std::string& file) {
  std::ifstream in(std::string(CAREERPATH_SOURCE_DIR) + "/profiles/" + file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void run(benchmark::State& state, const server::Request& request) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    server::Response response = api().handle(request);
    if (response.status != 200) return state.SkipWithError(response.body.c_str());
    bytes += response.body.size();
    benchmark::DoNotOptimize(response.body.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

server::Request post(std::string_view path, std::vector<std::pair<std::string, std::string>> query,
                     const std::string& body) {
  return {.method = "POST", .path = path, .query = std::move(query), .content_type = "application/json", .body = body};
}

void BM_RecommendTech(benchmark::State& state) {
  const std::string body = example("program-manager.json");
  run(state, post("/api/recommend", {}, body));
}
BENCHMARK(BM_RecommendTech)->Unit(benchmark::kMicrosecond);

void BM_RecommendOnet(benchmark::State& state) {
  const std::string body = example("onet-program-manager.json");
  run(state, post("/api/recommend", {{"graph", "onet"}}, body));
}
BENCHMARK(BM_RecommendOnet)->Unit(benchmark::kMicrosecond);

void BM_GapTech(benchmark::State& state) {
  const std::string body = example("program-manager.json");
  run(state, post("/api/gap", {{"role", "tpm-3"}}, body));
}
BENCHMARK(BM_GapTech)->Unit(benchmark::kMicrosecond);

void BM_PathTechK3(benchmark::State& state) {
  const std::string body = example("program-manager.json");
  run(state, post("/api/path", {{"to", "tpm-4"}, {"k", "3"}}, body));
}
BENCHMARK(BM_PathTechK3)->Unit(benchmark::kMicrosecond);

void BM_ShowTech(benchmark::State& state) {
  run(state, {.method = "GET", .path = "/api/roles/tpm-3"});
}
BENCHMARK(BM_ShowTech)->Unit(benchmark::kMicrosecond);

void BM_ResolveOnet(benchmark::State& state) {
  run(state, {.method = "GET", .path = "/api/resolve", .query = {{"graph", "onet"}, {"q", "program manager"}}});
}
BENCHMARK(BM_ResolveOnet)->Unit(benchmark::kMicrosecond);

void BM_SimulateTech2000Runs(benchmark::State& state) {
  const std::string body = example("program-manager.json");
  run(state, post("/api/simulate", {{"runs", "2000"}, {"years", "10"}, {"seed", "1"}}, body));
}
BENCHMARK(BM_SimulateTech2000Runs)->Unit(benchmark::kMillisecond);

}  // namespace
