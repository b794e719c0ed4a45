// The JSON API as a client sees it: the real `careerpath serve` on a free
// port, real HTTP. Every answer is compared with what the command line prints
// for the same question (byte for byte), and every refusal is checked for its
// status and for a message that names what is wrong.
#include <atomic>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

// Eigen (through api.hpp) before httplib.h: glibc's <resolv.h>, which
// httplib.h includes, defines a macro `_res` that Eigen uses as a name.
#include "careerpath/server/api.hpp"

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include "cli_runner.hpp"
#include "server_process.hpp"

namespace careerpath::testing {
namespace {

using nlohmann::json;

struct Answer {
  int status = 0;
  std::string body{};
  httplib::Headers headers{};
  [[nodiscard]] json document() const { return json::parse(body); }
  [[nodiscard]] json error() const { return json::parse(body).at("error"); }
};

Answer to_answer(const httplib::Result& r) {
  if (!r) return Answer{.status = -1, .body = "no answer: " + httplib::to_string(r.error())};
  return Answer{.status = r->status, .body = r->body, .headers = r->headers};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// What the command line prints with --json for `args`.
std::string cli_json(std::vector<std::string> args) {
  args.insert(args.begin(), "--json");
  const RunResult r = run_careerpath(args);
  EXPECT_EQ(r.status, 0) << r.err;
  return r.out;
}

// simulate's document names the file it read; a body has no file name.
std::string without_file_line(const std::string& document) {
  std::istringstream in(document);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (line.find("\"file\": ") == std::string::npos) out += line + "\n";
  }
  return out;
}

class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess({"--threads", "2"}); }
  static void TearDownTestSuite() {
    EXPECT_EQ(server_->stop(), 0) << server_->errors();
    delete server_;
    server_ = nullptr;
  }

  static httplib::Client client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(30, 0);
    return c;
  }
  static Answer get(const std::string& path, const httplib::Headers& headers = {}) {
    return to_answer(client().Get(path, headers));
  }
  static Answer post(const std::string& path, const std::string& body,
                     const std::string& type = "application/json") {
    return to_answer(client().Post(path, body, type));
  }

  static ServerProcess* server_;
};

ServerProcess* Api::server_ = nullptr;

const std::string kPriya = source_path("profiles/program-manager.json");

TEST_F(Api, HealthAndGraphs) {
  const json health = get("/api/health").document();
  EXPECT_EQ(health.at("status"), "ok");
  EXPECT_EQ(health.at("workers").at("limit"), 2);  // --threads 2
  const json graphs = get("/api/graphs").document().at("graphs");
  std::set<std::string> names;
  for (const json& g : graphs) names.insert(g.at("name"));
  EXPECT_TRUE(names.count("tech") && names.count("onet"));
  EXPECT_EQ(graphs.at(0).at("name"), "tech");
  EXPECT_TRUE(graphs.at(0).at("default").get<bool>());
  EXPECT_EQ(graphs.at(0).at("roles"), 63);
}

TEST_F(Api, CatalogueAnswersEqualTheCommandLine) {
  EXPECT_EQ(get("/api/roles").body, cli_json({"roles"}));
  EXPECT_EQ(get("/api/roles?track=technical-program-management").body,
            cli_json({"roles", "--track", "technical-program-management"}));
  EXPECT_EQ(get("/api/roles?graph=onet").body, cli_json({"--graph", "onet", "roles"}));
  EXPECT_EQ(get("/api/roles/tpm-3").body, cli_json({"show", "tpm-3"}));
  EXPECT_EQ(get("/api/roles/Senior%20Technical%20Program%20Manager").body,
            cli_json({"show", "Senior Technical Program Manager"}));
  EXPECT_EQ(get("/api/roles/15-1212.00?graph=onet").body, cli_json({"--graph", "onet", "show", "15-1212.00"}));
}

TEST_F(Api, SkillsListEverySkillOnce) {
  for (const std::string graph : {"tech", "onet"}) {
    const json doc = get("/api/skills?graph=" + graph).document();
    EXPECT_EQ(doc.at("graph"), graph);
    EXPECT_LT(doc.at("scale").at("min").get<double>(), doc.at("scale").at("max").get<double>());
    std::set<std::string> ids;
    for (const json& s : doc.at("skills")) {
      EXPECT_TRUE(ids.insert(s.at("id").get<std::string>()).second) << s;
      EXPECT_FALSE(s.at("name").get<std::string>().empty()) << s;
      EXPECT_FALSE(s.at("category").get<std::string>().empty()) << s;
      EXPECT_TRUE(s.at("description").is_string()) << s;
    }
    // Every skill a role requires is on the list.
    const std::string role = graph == "tech" ? "tpm-3" : "15-1252.00";
    for (const json& r : get("/api/roles/" + role + "?graph=" + graph).document().at("requirements")) {
      EXPECT_TRUE(ids.count(r.at("skill").get<std::string>())) << r;
    }
  }
  EXPECT_EQ(get("/api/skills?graph=nope").status, 404);
  EXPECT_EQ(get("/api/skills?track=x").error().at("parameter"), "track");
}

TEST_F(Api, PersonAnswersEqualTheCommandLine) {
  const std::string priya = read_file(kPriya);
  EXPECT_EQ(post("/api/recommend", priya).body, cli_json({"recommend", kPriya}));
  EXPECT_EQ(post("/api/recommend?top=8&horizon=3.5&direct_only=true", priya).body,
            cli_json({"recommend", kPriya, "--top", "8", "--horizon", "3.5", "--direct-only"}));
  EXPECT_EQ(post("/api/gap?role=tpm-3", priya).body, cli_json({"gap", kPriya, "tpm-3"}));
  EXPECT_EQ(post("/api/path?to=tpm-4&k=3", priya).body, cli_json({"path", kPriya, "--to", "tpm-4", "-k", "3"}));
  EXPECT_EQ(post("/api/path?to=tpm-4&k=4&avoid=tpm-3&avoid=product-manager&max_steps=4", priya).body,
            cli_json({"path", kPriya, "--to", "tpm-4", "-k", "4", "--avoid", "tpm-3", "--avoid", "product-manager",
                      "--max-steps", "4"}));
  const std::string onet = source_path("profiles/onet-program-manager.json");
  EXPECT_EQ(post("/api/recommend?graph=onet&top=10", read_file(onet)).body,
            cli_json({"--graph", "onet", "recommend", onet, "--top", "10"}));
}

TEST_F(Api, SimulateEqualsTheCommandLineForTheSameSeed) {
  const std::string priya = read_file(kPriya);
  EXPECT_EQ(post("/api/simulate?runs=2000&seed=7&years=6", priya).body,
            without_file_line(cli_json({"simulate", kPriya, "--runs", "2000", "--seed", "7", "--years", "6"})));
  // A scenario with its person inline, as a body must give it.
  json scenario = json::parse(read_file(source_path("scenarios/pm-to-tpm-course.json")));
  scenario["population"]["profile"] = json::parse(priya);
  scenario["runs"] = 1500;
  const std::string file = write_temp_file("course.json", scenario.dump());
  EXPECT_EQ(post("/api/simulate", scenario.dump()).body, without_file_line(cli_json({"simulate", file})));
  // The exact Markov-chain answer, which needs skill effects off.
  scenario["dynamics"] = {{"skill_effects", false}};
  scenario.erase("interventions");
  const std::string markov = write_temp_file("markov.json", scenario.dump());
  EXPECT_EQ(post("/api/simulate?analytic=true&years=4", scenario.dump()).body,
            without_file_line(cli_json({"simulate", markov, "--analytic", "--years", "4"})));
  // With skill effects on there is none: a well-formed question with no answer.
  const Answer none = post("/api/simulate?analytic=true", priya);
  EXPECT_EQ(none.status, 422);
  EXPECT_EQ(none.error().at("kind"), "unsupported");
}

TEST_F(Api, ResolveListsCandidatesBestFirst) {
  const json doc = get("/api/resolve?q=Program%20Manager&limit=4").document();
  EXPECT_EQ(doc.at("query"), "Program Manager");
  ASSERT_FALSE(doc.at("candidates").empty());
  EXPECT_EQ(doc.at("candidates").at(0).at("id"), "program-manager");
  EXPECT_LE(doc.at("candidates").size(), 4U);
  double previous = 2.0;
  for (const json& c : doc.at("candidates")) {
    EXPECT_LE(c.at("score").get<double>(), previous);
    previous = c.at("score");
  }
  EXPECT_EQ(doc.at("resolution").at("confidence"), "exact");
  EXPECT_EQ(doc.at("resolution").at("chosen").at("id"), "program-manager");
  const json none = get("/api/resolve?q=zzzqqq").document();
  EXPECT_TRUE(none.at("candidates").empty());
  EXPECT_EQ(none.at("resolution").at("confidence"), "none");
  EXPECT_TRUE(none.at("resolution").at("chosen").is_null());
  // An ambiguous abbreviation is never taken; the refusal lists the candidates with their ids.
  const json pm = get("/api/resolve?q=PM").document().at("resolution");
  EXPECT_EQ(pm.at("confidence"), "ambiguous");
  EXPECT_NE(pm.at("message").get<std::string>().find("(senior-product-manager)"), std::string::npos);
}

TEST_F(Api, ValidateReadsProfilesTeamsAndScenarios) {
  const json profile = post("/api/validate", read_file(kPriya)).document();
  EXPECT_TRUE(profile.at("valid").get<bool>());
  EXPECT_EQ(profile.at("format"), "careerpath.profile/1");
  EXPECT_EQ(profile.at("profile").at("current_role"), "program-manager");
  const json team = {{"format", "careerpath.team/1"}, {"id", "t"}, {"members", json::array({json::parse(read_file(kPriya))})}};
  EXPECT_EQ(post("/api/validate", team.dump()).document().at("members"), 1);
}

// A team file with its members read in: a body cannot name files.
json inline_team(const std::string& team_path) {
  json team = json::parse(read_file(team_path));
  const std::string folder = team_path.substr(0, team_path.rfind('/') + 1);
  for (json& member : team.at("members")) {
    if (member.is_string()) member = json::parse(read_file(folder + member.get<std::string>()));
  }
  return team;
}

const std::string kPaymentsTeam = source_path("profiles/teams/payments-team.json");

TEST_F(Api, MentorEqualsTheCommandLine) {
  const std::string team = inline_team(kPaymentsTeam).dump();
  EXPECT_EQ(post("/api/mentor", team).body, cli_json({"mentor", kPaymentsTeam}));
  EXPECT_EQ(post("/api/mentor?top=2&k=1&focus=4&strong=3.5", team).body,
            cli_json({"mentor", kPaymentsTeam, "--top", "2", "-k", "1", "--focus", "4", "--strong", "3.5"}));
}

TEST_F(Api, MentorRefusesBadTeamsNamingTheField) {
  json team = inline_team(kPaymentsTeam);
  team["members"][1]["skills"]["system-design"] = 9;
  Answer a = post("/api/mentor", team.dump());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("pointer"), "/members/1/skills/system-design") << a.body;
  // A member named by its file is refused: no request reads a file.
  a = post("/api/mentor", read_file(kPaymentsTeam));
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("pointer"), "/members/0") << a.body;
  team = inline_team(kPaymentsTeam);
  team["members"] = json::array();
  for (int i = 0; i < 201; ++i) team["members"].push_back(json::parse(read_file(kPriya)));
  a = post("/api/mentor", team.dump());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("pointer"), "/members");
  EXPECT_EQ(post("/api/mentor?strong=0", inline_team(kPaymentsTeam).dump()).error().at("parameter"), "strong");
  EXPECT_EQ(post("/api/mentor?top=21", inline_team(kPaymentsTeam).dump()).error().at("parameter"), "top");
  EXPECT_EQ(post("/api/mentor", read_file(kPriya)).error().at("pointer"), "/format");
}

// --- refusals ---------------------------------------------------------------

TEST_F(Api, MalformedJsonNamesLineAndColumn) {
  const Answer a = post("/api/recommend", "{\n  \"format\": \"careerpath.profile/1\",\n  \"current_role\": }");
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("kind"), "bad_input");
  EXPECT_EQ(a.error().at("line"), 3);
  EXPECT_NE(a.error().at("message").get<std::string>().find("request body:3:"), std::string::npos) << a.body;
  EXPECT_EQ(post("/api/recommend", "").status, 400);
  EXPECT_EQ(post("/api/recommend", "[1, 2]").error().at("pointer"), "/");
}

TEST_F(Api, BadProfilesNameTheFieldByJsonPointer) {
  json priya = json::parse(read_file(kPriya));
  priya["skills"]["system-design"] = 9;
  Answer a = post("/api/recommend", priya.dump());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("pointer"), "/skills/system-design");
  priya = json::parse(read_file(kPriya));
  priya["current_role"] = "astronaut";
  a = post("/api/gap?role=tpm-3", priya.dump());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("pointer"), "/current_role");
  EXPECT_NE(a.error().at("message").get<std::string>().find("astronaut"), std::string::npos);
}

TEST_F(Api, WrongContentTypeIs415) {
  const Answer a = post("/api/recommend", read_file(kPriya), "text/plain");
  EXPECT_EQ(a.status, 415);
  EXPECT_EQ(a.error().at("kind"), "unsupported_media_type");
  EXPECT_EQ(post("/api/recommend", read_file(kPriya), "application/json; charset=utf-8").status, 200);
}

TEST_F(Api, OversizedBodiesAre413) {
  const std::string big(2 << 20, ' ');
  const Answer a = post("/api/recommend", big);
  EXPECT_EQ(a.status, 413);
  EXPECT_EQ(a.error().at("kind"), "too_large");
  EXPECT_EQ(get("/api/health").status, 200);  // and the server goes on
}

TEST_F(Api, UnknownRolesGraphsAndTracksAre404) {
  Answer a = get("/api/roles/astronaut");
  EXPECT_EQ(a.status, 404);
  EXPECT_EQ(a.error().at("parameter"), "role");
  a = post("/api/gap?role=astronaut", read_file(kPriya));
  EXPECT_EQ(a.status, 404);
  EXPECT_EQ(a.error().at("parameter"), "role");
  a = post("/api/path?to=tpm-4&avoid=nobody", read_file(kPriya));
  EXPECT_EQ(a.error().at("parameter"), "avoid");
  a = get("/api/roles?graph=tehc");
  EXPECT_EQ(a.status, 404);
  EXPECT_NE(a.error().at("message").get<std::string>().find("did you mean 'tech'"), std::string::npos) << a.body;
  EXPECT_EQ(get("/api/roles?track=astronauts").status, 404);
  EXPECT_EQ(get("/api/nothing").status, 404);
  EXPECT_EQ(get("/nothing.html").status, 404);
  EXPECT_EQ(get("/../../etc/passwd").status, 404);
}

TEST_F(Api, BadQueryParametersAre400AndNamed) {
  const std::string priya = read_file(kPriya);
  const auto check = [&](const std::string& path, const std::string& parameter) {
    const Answer a = post(path, priya);
    EXPECT_EQ(a.status, 400) << path << " " << a.body;
    if (a.status == 400) {
      EXPECT_EQ(a.error().at("parameter"), parameter) << path;
    }
  };
  check("/api/recommend?tpo=3", "tpo");
  check("/api/recommend?top=0", "top");
  check("/api/recommend?top=three", "top");
  check("/api/recommend?top=3&top=4", "top");
  check("/api/recommend?horizon=nan", "horizon");
  check("/api/recommend?direct_only=maybe", "direct_only");
  check("/api/gap", "role");
  check("/api/path?to=tpm-4&k=500", "k");
  check("/api/simulate?step=week", "step");
  check("/api/simulate?years=0", "years");
  check("/api/simulate?runs=20001", "runs");
}

TEST_F(Api, WrongMethodIs405WithAllow) {
  const Answer a = to_answer(client().Delete("/api/roles"));
  EXPECT_EQ(a.status, 405);
  EXPECT_EQ(a.headers.find("Allow")->second, "GET");
  EXPECT_EQ(get("/api/recommend").status, 405);
}

TEST_F(Api, NoRequestReadsAFile) {
  json team = json::parse(read_file(source_path("profiles/teams/payments-team.json")));
  Answer a = post("/api/validate", team.dump());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("pointer"), "/members/0");
  json scenario = json::parse(read_file(source_path("scenarios/pm-to-tpm-course.json")));
  scenario["population"]["profile"] = kPriya;  // an absolute path
  a = post("/api/simulate", scenario.dump());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("pointer"), "/population/profile");
  EXPECT_EQ(post("/api/recommend?graph=" + source_path("graphs/tech.json"), read_file(kPriya)).status, 404);
}

TEST_F(Api, SimulationsAreBounded) {
  json scenario = json::parse(read_file(source_path("scenarios/pm-to-tpm-course.json")));
  scenario["population"]["profile"] = json::parse(read_file(kPriya));
  scenario["runs"] = 1000000;
  Answer a = post("/api/simulate", scenario.dump());
  EXPECT_EQ(a.status, 400);
  EXPECT_EQ(a.error().at("pointer"), "/runs");
  // Four people, 10000 runs, 60 years of months: 28.8 million person-steps.
  json people = json::array();
  for (const char* id : {"a", "b", "c", "d"}) {
    json person = json::parse(read_file(kPriya));
    person["id"] = id;
    people.push_back(person);
  }
  scenario["population"] = {{"profiles", people}};
  scenario["runs"] = 10000;
  scenario["horizon_years"] = 60;
  scenario.erase("interventions");
  a = post("/api/simulate", scenario.dump());
  EXPECT_EQ(a.status, 400);
  EXPECT_NE(a.error().at("message").get<std::string>().find("person-steps"), std::string::npos) << a.body;
}

TEST_F(Api, OtherSitesCannotUseIt) {
  // No CORS headers by default, and a rebinding attack's Host is refused.
  const Answer a = get("/api/health", {{"Origin", "http://evil.example"}});
  EXPECT_EQ(a.headers.count("Access-Control-Allow-Origin"), 0U);
  EXPECT_EQ(get("/api/health", {{"Host", "evil.example:8080"}}).status, 403);
  EXPECT_EQ(get("/api/health", {{"Host", "localhost"}}).status, 200);
}

TEST_F(Api, ThePageIsServedFromTheBinary) {
  const Answer page = get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.headers.find("Content-Type")->second, "text/html; charset=utf-8");
  EXPECT_NE(page.headers.find("Content-Security-Policy")->second.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(page.body.find("<html"), std::string::npos);
  EXPECT_EQ(get("/app.js").status, 200);
  EXPECT_EQ(get("/app.css").status, 200);
  // No resource from another host: the page works offline. (The SVG
  // namespace is a name, not an address anything is fetched from.)
  for (const std::string path : {"/", "/app.js", "/app.css"}) {
    std::string body = get(path).body;
    for (std::size_t at; (at = body.find("http://www.w3.org/2000/svg")) != std::string::npos;) body.erase(at, 26);
    EXPECT_EQ(body.find("http://"), std::string::npos) << path;
    EXPECT_EQ(body.find("https://"), std::string::npos) << path;
  }
}

TEST_F(Api, ConcurrentRequestsGiveTheCommandLinesBytes) {
  struct Case {
    std::string path;
    std::string body;
    std::string expected;
  };
  const std::string priya = read_file(kPriya);
  const std::string onet = source_path("profiles/onet-program-manager.json");
  const std::vector<Case> cases = {
      {"/api/recommend?top=5", priya, cli_json({"recommend", kPriya, "--top", "5"})},
      {"/api/gap?role=product-manager", priya, cli_json({"gap", kPriya, "product-manager"})},
      {"/api/path?to=tpm-4&k=2", priya, cli_json({"path", kPriya, "--to", "tpm-4", "-k", "2"})},
      {"/api/recommend?graph=onet", read_file(onet), cli_json({"--graph", "onet", "recommend", onet})},
  };
  std::atomic<int> wrong{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 8; ++t) {
    clients.emplace_back([&, t] {
      httplib::Client c("127.0.0.1", server_->port());  // one keep-alive connection per client
      c.set_keep_alive(true);
      for (int i = 0; i < 12; ++i) {
        const Case& k = cases[static_cast<std::size_t>(t + i) % cases.size()];
        auto r = c.Post(k.path, k.body, "application/json");
        if (!r || r->status != 200 || r->body != k.expected) ++wrong;
      }
    });
  }
  for (std::thread& c : clients) c.join();
  EXPECT_EQ(wrong.load(), 0);
}

TEST_F(Api, OpenApiListsExactlyTheRoutesTheHandlersAnswer) {
  const json spec = get("/openapi.json").document();
  EXPECT_EQ(spec.at("openapi").get<std::string>().substr(0, 2), "3.");
  std::set<std::string> documented;
  for (const auto& [path, methods] : spec.at("paths").items()) {
    for (const auto& [method, operation] : methods.items()) documented.insert(method + " " + path);
  }
  std::set<std::string> served;
  for (const server::RouteSpec& route : server::Api::routes()) {
    std::string method(route.method);
    for (char& ch : method) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    served.insert(method + " " + std::string(route.path));
    SCOPED_TRACE(served.count(method + " " + std::string(route.path)) ? method + " " + std::string(route.path) : "");
    ASSERT_TRUE(spec.at("paths").contains(std::string(route.path))) << route.path;
    const json& op = spec.at("paths").at(std::string(route.path)).at(method);
    // The same query parameters, types, required flags and repetition.
    std::set<std::string> spec_parameters;
    for (const json& p : op.value("parameters", json::array())) {
      if (p.at("in") != "query") continue;
      spec_parameters.insert(p.at("name").get<std::string>());
      const server::ParameterSpec* handled = nullptr;
      for (const server::ParameterSpec& h : route.parameters) {
        if (h.name == p.at("name").get<std::string>()) handled = &h;
      }
      ASSERT_NE(handled, nullptr) << route.path << " documents ?" << p.at("name");
      EXPECT_EQ(p.at("required").get<bool>(), handled->required) << route.path << " ?" << handled->name;
      const json& schema = handled->repeatable ? p.at("schema").at("items") : p.at("schema");
      EXPECT_EQ(p.at("schema").at("type") == "array", handled->repeatable) << route.path << " ?" << handled->name;
      const char* type = handled->type == server::ParameterType::kInteger   ? "integer"
                         : handled->type == server::ParameterType::kNumber  ? "number"
                         : handled->type == server::ParameterType::kBoolean ? "boolean"
                                                                            : "string";
      EXPECT_EQ(schema.at("type"), type) << route.path << " ?" << handled->name;
    }
    // The path's own parameter ({role}) is documented as one, and required.
    std::set<std::string> in_path;
    std::set<std::string> documented_in_path;
    const std::string path(route.path);
    for (auto open = path.find('{'); open != std::string::npos; open = path.find('{', open + 1)) {
      in_path.insert(path.substr(open + 1, path.find('}', open) - open - 1));
    }
    for (const json& p : op.value("parameters", json::array())) {
      if (p.at("in") != "path") continue;
      documented_in_path.insert(p.at("name").get<std::string>());
      EXPECT_TRUE(p.at("required").get<bool>()) << route.path;
    }
    EXPECT_EQ(documented_in_path, in_path) << route.path;
    EXPECT_TRUE(op.at("responses").contains("200")) << route.path;
    std::set<std::string> handled_parameters;
    for (const server::ParameterSpec& h : route.parameters) handled_parameters.insert(std::string(h.name));
    EXPECT_EQ(spec_parameters, handled_parameters) << route.path;
    EXPECT_EQ(op.contains("requestBody"), route.body != server::BodyKind::kNone) << route.path;
  }
  EXPECT_EQ(documented, served);
}

// A small server of its own: one worker and no queue, so a request while
// another computes is refused at once. The probe is sent only once the health
// check (which needs no worker) shows the slow request computing, so the
// probe can never take the worker first. It is refused unless the slow
// request has already finished (a test thread descheduled for all of its
// second or more); then the round is repeated.
TEST(ApiOverload, BusyServerAnswers503WithRetryAfter) {
  ServerProcess busy({"--threads", "1", "--queue", "0", "--max-runs", "100000", "--max-steps", "100000000"});
  const std::string priya = read_file(kPriya);
  httplib::Client monitor("127.0.0.1", busy.port());
  const auto busy_workers = [&] {
    auto r = monitor.Get("/api/health");
    return r ? json::parse(r->body).at("workers").at("busy").get<int>() : -1;
  };
  EXPECT_EQ(busy_workers(), 0);
  bool refused = false;
  for (int round = 0; round < 5 && !refused; ++round) {
    std::atomic<bool> finished = false;
    std::thread slow([&] {
      httplib::Client c("127.0.0.1", busy.port());
      c.set_read_timeout(120, 0);
      auto r = c.Post("/api/simulate?runs=60000&years=20", priya, "application/json");
      EXPECT_TRUE(r && r->status == 200) << (r ? r->body : httplib::to_string(r.error()));
      finished = true;
    });
    while (busy_workers() == 0 && !finished) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    httplib::Client c("127.0.0.1", busy.port());
    auto r = c.Post("/api/recommend", priya, "application/json");
    ASSERT_TRUE(r);
    if (r->status == 503) {
      refused = true;
      EXPECT_EQ(r->get_header_value("Retry-After"), "1");
      EXPECT_EQ(json::parse(r->body).at("error").at("kind"), "overloaded");
    } else {
      EXPECT_EQ(r->status, 200);  // only when the slow request was already done
    }
    slow.join();
  }
  EXPECT_TRUE(refused);
  EXPECT_EQ(busy_workers(), 0);
  EXPECT_EQ(busy.stop(), 0);
}

TEST(ApiShutdown, SigtermFinishesTheRequestInFlight) {
  ServerProcess server({"--max-runs", "200000", "--max-steps", "100000000"});
  const std::string priya = read_file(kPriya);
  int status = 0;
  std::size_t bytes = 0;
  std::thread request([&] {
    httplib::Client c("127.0.0.1", server.port());
    c.set_read_timeout(60, 0);
    // A third of a second of work (more under the sanitizers): in flight when the signal comes.
    auto r = c.Post("/api/simulate?runs=100000&years=10", priya, "application/json");
    status = r ? r->status : -1;
    bytes = r ? r->body.size() : 0;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  EXPECT_EQ(server.stop(), 0);
  request.join();
  EXPECT_EQ(status, 200);
  EXPECT_GT(bytes, 1000U);
  EXPECT_NE(server.errors().find("careerpath: stopped"), std::string::npos) << server.errors();
}

}  // namespace
}  // namespace careerpath::testing
