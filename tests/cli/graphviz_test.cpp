// Pictures: `graph dot --around`, `path --dot` and `--svg` rendered with
// Graphviz's dot (skipped where Graphviz is not installed), and the message
// when it is missing.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_runner.hpp"

namespace careerpath::testing {
namespace {

const std::string kPriya = source_path("profiles/program-manager.json");

bool graphviz_installed() { return std::system("command -v dot > /dev/null 2>&1") == 0; }

// Node ids and edges (from, to) of a DOT text as the export writes them.
struct Dot {
  std::set<std::string> nodes;
  std::vector<std::pair<std::string, std::string>> edges;
  std::vector<std::string> edge_lines;
};

Dot parse_dot(const std::string& text) {
  Dot dot;
  const std::regex node(R"re(^\s+"([a-z0-9-]+)" \[label=)re");
  const std::regex edge(R"re(^\s+"([a-z0-9-]+)" -> "([a-z0-9-]+)" \[)re");
  std::istringstream lines(text);
  std::string line;
  std::smatch m;
  while (std::getline(lines, line)) {
    if (std::regex_search(line, m, node)) dot.nodes.insert(m[1]);
    if (std::regex_search(line, m, edge)) {
      dot.edges.emplace_back(m[1], m[2]);
      dot.edge_lines.push_back(line);
    }
  }
  return dot;
}

TEST(GraphDot, AroundShowsOnlyTheNeighbourhoodAndTheMovesThatReachIt) {
  const RunResult r = run_careerpath({"graph", "dot", "--around", "tpm-3", "--depth", "1"});
  ASSERT_EQ(r.status, 0) << r.err;
  const Dot dot = parse_dot(r.out);
  EXPECT_TRUE(dot.nodes.count("tpm-3"));
  EXPECT_TRUE(dot.nodes.count("tpm-4"));
  EXPECT_TRUE(dot.nodes.count("tpm-2"));
  EXPECT_FALSE(dot.nodes.count("swe-1"));
  EXPECT_FALSE(dot.nodes.count("vp-product"));
  ASSERT_FALSE(dot.edges.empty());
  for (const auto& [from, to] : dot.edges) {
    if (from.rfind("legend", 0) == 0) continue;
    EXPECT_TRUE(from == "tpm-3" || to == "tpm-3") << from << " -> " << to;
    EXPECT_TRUE(dot.nodes.count(from) && dot.nodes.count(to));
  }
  // The centre stands out; a wider neighbourhood holds the narrower one.
  // Its label: the title, and the level on a line of its own (DOT's \n).
  const std::regex centre(R"re("tpm-3" \[label="Senior Technical Program Manager\\nL3", fillcolor="#[0-9a-f]+", penwidth=3,)re");
  EXPECT_TRUE(std::regex_search(r.out, centre)) << r.out;
  const Dot wider = parse_dot(run_careerpath({"graph", "dot", "--around", "Senior Technical Program Manager", "--depth", "2"}).out);
  EXPECT_GT(wider.nodes.size(), dot.nodes.size());
  for (const std::string& n : dot.nodes) EXPECT_TRUE(wider.nodes.count(n)) << n;
}

TEST(GraphDot, BadAroundArguments) {
  const RunResult unknown = run_careerpath({"graph", "dot", "--around", "tpm-33"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("tpm-3"), std::string::npos) << unknown.err;  // suggested
  const RunResult depth_alone = run_careerpath({"graph", "dot", "--depth", "2"});
  EXPECT_EQ(depth_alone.status, 2);
  EXPECT_NE(depth_alone.err.find("--around"), std::string::npos) << depth_alone.err;
  EXPECT_EQ(run_careerpath({"graph", "dot", "--around", "tpm-3", "--depth", "0"}).status, 2);
}

TEST(PathDot, DrawsTheBestRouteBoldAndAlternativesDistinct) {
  const RunResult json = run_careerpath({"--json", "path", kPriya, "--to", "tpm-4", "-k", "3"});
  ASSERT_EQ(json.status, 0) << json.err;
  const auto routes = nlohmann::json::parse(json.out)["routes"];
  ASSERT_EQ(routes.size(), 3u);
  const RunResult r = run_careerpath({"path", kPriya, "--to", "tpm-4", "-k", "3", "--dot"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("digraph careerpath {", 0), 0u);
  const Dot dot = parse_dot(r.out);
  std::set<std::pair<std::string, std::string>> bold;
  std::size_t alternatives = 0;
  for (std::size_t i = 0; i < dot.edges.size(); ++i) {
    if (dot.edge_lines[i].find("penwidth=3.5") != std::string::npos && dot.edges[i].first.rfind("legend", 0) != 0) {
      bold.insert(dot.edges[i]);
    }
    if (dot.edge_lines[i].find("label=\"alt ") != std::string::npos) ++alternatives;
  }
  std::set<std::pair<std::string, std::string>> best;
  std::string from = "program-manager";
  for (const auto& step : routes[0]["steps"]) {
    best.emplace(from, step["to"]["id"].get<std::string>());
    from = step["to"]["id"];
  }
  EXPECT_EQ(bold, best);
  EXPECT_EQ(alternatives, routes[1]["steps"].size() + routes[2]["steps"].size());
  // Only roles on the routes are drawn.
  for (const auto& route : routes) {
    for (const auto& step : route["steps"]) EXPECT_TRUE(dot.nodes.count(step["to"]["id"].get<std::string>()));
  }
  EXPECT_FALSE(dot.nodes.count("swe-1"));
  EXPECT_EQ(run_careerpath({"--json", "path", kPriya, "--to", "tpm-4", "--dot"}).status, 2);
}

TEST(Svg, RendersWithGraphviz) {
  if (!graphviz_installed()) GTEST_SKIP() << "Graphviz's dot is not installed";
  const std::string around = temp_dir() + "/around.svg";
  const RunResult a = run_careerpath({"graph", "dot", "--around", "tpm-3", "--svg", around});
  ASSERT_EQ(a.status, 0) << a.err;
  EXPECT_TRUE(a.out.empty());  // only the picture was asked for
  const std::string route = temp_dir() + "/route.svg";
  const RunResult p = run_careerpath({"path", kPriya, "--to", "tpm-4", "--svg", route});
  ASSERT_EQ(p.status, 0) << p.err;
  EXPECT_NE(p.out.find("Route 1"), std::string::npos);  // the table is still printed
  for (const std::string& file : {around, route}) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("<svg"), std::string::npos) << file;
    EXPECT_NE(text.str().find("</svg>"), std::string::npos) << file;
  }
}

TEST(Svg, MissingGraphvizSaysHowToInstallIt) {
  const std::string saved = std::getenv("PATH") ? std::getenv("PATH") : "";
  ::setenv("PATH", "/nonexistent", 1);
  const std::string svg = temp_dir() + "/never.svg";
  const RunResult r = run_careerpath({"graph", "dot", "--svg", svg});
  const RunResult p = run_careerpath({"path", kPriya, "--to", "tpm-4", "--svg", svg});
  ::setenv("PATH", saved.c_str(), 1);
  for (const RunResult& run : {r, p}) {
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.out.empty()) << run.out;
    EXPECT_EQ(run.err.find('\n'), run.err.size() - 1) << run.err;
    EXPECT_NE(run.err.find("apt-get install graphviz"), std::string::npos) << run.err;
  }
  EXPECT_FALSE(std::filesystem::exists(svg));
}

}  // namespace
}  // namespace careerpath::testing
