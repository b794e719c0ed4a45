// The batch --format full line (report/include/careerpath/report/recommend_line.hpp) is byte for byte the
// document recommend prints, recommendations_to_json(...).dump(): on the tech
// graph with its titles, names and codes made awkward (quotes, backslashes,
// control characters, non-ASCII UTF-8) and on O*NET, for random people with
// goals, track preferences, avoided roles and step-backs, under every option
// that changes the document.
#include "careerpath/report/recommend_line.hpp"

#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "careerpath/report/report_json.hpp"
#include "test_support.hpp"

namespace careerpath::report {
namespace {

using nlohmann::json;
using testing::make_profile;
using testing::source_path;

json read_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

RoleGraph graph_of(const json& document) {
  Result<RoleGraph> graph = graph_from_json(document, "test");
  if (!graph) throw std::runtime_error(graph.error().to_string());
  return std::move(graph).value();
}

// Text that JSON must escape or pass through as UTF-8.
const char* const kAwkward[] = {" \"quoted\"", " back\\slash", " Ingénieur 日本", " 😀 tab\t", " ctrl\x01\x1f.",
                                " \n\r\b\f", " del\x7f"};

// The tech graph with awkward text in every free-text field the document
// shows: role titles and codes, skill and track names, the graph's name.
// (Role, skill and track ids are validated to lower-case letters, digits
// and '-'; the people's ids below carry the awkward ids.)
const RoleGraph& awkward_tech_graph() {
  static const RoleGraph graph = [] {
    json doc = read_json(source_path("graphs/tech.json"));
    std::size_t n = 0;
    const auto awkward = [&](json& text) { text = text.get<std::string>() + kAwkward[n++ % std::size(kAwkward)]; };
    for (json& role : doc["roles"]) awkward(role["title"]);
    for (json& skill : doc["skills"]) awkward(skill["name"]);
    for (json& track : doc["tracks"]) awkward(track["name"]);
    doc["roles"][0]["code"] = "15-1252.00 \"x\" \\";
    doc["name"] = "tech \"awkward\" \\ ü\x01";
    return graph_of(doc);
  }();
  return graph;
}

const RoleGraph& onet_graph() {
  static const RoleGraph graph = graph_of(read_json(source_path("graphs/onet.json")));
  return graph;
}

// Random people: skills at eighth levels, some named awkwardly and some not
// at all, goals, liked and disliked tracks, avoided roles and step-backs, so
// that every reason and every optional field occurs.
std::vector<Profile> random_people(const RoleGraph& g, std::size_t count, unsigned seed) {
  std::mt19937 rng(seed);
  const auto any_role = [&] { return g.role(rng() % g.role_count()).id; };
  const Scale scale = g.skills().scale();
  const char* names[] = {"", "Zoë \"Z\" O'Brien", "back\\slash\ttab", "ctrl\x01\x1f 日本 😀", "plain"};
  std::vector<Profile> people;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string current = any_role();
    json p = {{"id", "p\"" + std::to_string(i) + "\\"},
              {"current_role", current},
              {"years_in_role", (rng() % 41) / 4.0}};
    if (const std::string name = names[i % std::size(names)]; !name.empty()) p["name"] = name;
    json skills = json::object();
    for (int k = 0; k < 14; ++k) {
      skills[g.skills()[rng() % g.skill_count()].id] = scale.min + (scale.max - scale.min) * (rng() % 9) / 8.0;
    }
    p["skills"] = std::move(skills);
    std::vector<std::string> others;  // distinct roles other than the current one
    while (others.size() < 3) {
      const std::string r = any_role();
      if (r != current && std::find(others.begin(), others.end(), r) == others.end()) others.push_back(r);
    }
    if (i % 3 != 2) p["goals"] = i % 3 == 0 ? json{others[0]} : json{others[0], others[1]};
    json preferences = json::object();
    if (i % 2 == 0) {
      const double weights[] = {1.0, 0.5, -0.5, -1.0};
      preferences["tracks"] = {{g.tracks()[rng() % g.tracks().size()].id, weights[rng() % 4]},
                               {g.tracks()[rng() % g.tracks().size()].id, weights[rng() % 4]}};
    }
    if (i % 4 == 1) preferences["avoid"] = {others[2]};
    if (i % 5 != 0) preferences["step_back"] = i % 5 > 2;
    if (!preferences.empty()) p["preferences"] = std::move(preferences);
    people.push_back(make_profile(g, p.dump()));
  }
  return people;
}

// The option sets that change the document: how many roles, which ones, the
// horizon, the weights, the gaps per role.
std::vector<RecommendOptions> option_sets() {
  return {
      {},
      {.top = 1},
      {.top = 100000},
      {.top = 12, .horizon_years = 0.5},
      {.top = 8, .horizon_years = 7.25, .direct_moves_only = true},
      {.top = 5, .weights = ScoreWeights{.fit = 1.0, .move = 0.0, .goal = 0.25, .preference = 0.3, .seniority = 0.0}},
      {.top = 6, .gaps_per_role = 0},
      {.top = 3, .gaps_per_role = 10},
  };
}

void expect_lines_are_the_documents(const RoleGraph& g, const std::vector<Profile>& people) {
  const Recommender recommender(g);
  Reasons reasons;  // reused across lines, as batch does
  std::string line;
  std::size_t compared = 0;
  for (const RecommendOptions& options : option_sets()) {
    for (const Profile& person : people) {
      const std::vector<Recommendation> recs = recommender.recommend(person, options);
      line.clear();
      append_recommend_line(recommender, person, recs, options, reasons, line);
      ASSERT_EQ(line, recommendations_to_json(recommender, person, recs, options).dump())
          << "person " << person.id << ", top " << options.top;
      ++compared;
    }
  }
  EXPECT_EQ(compared, option_sets().size() * people.size());
}

TEST(RecommendLine, IsTheDocumentByteForByteOnAnAwkwardlyNamedTechGraph) {
  const RoleGraph& g = awkward_tech_graph();
  ASSERT_NE(g.name().find('"'), std::string::npos);
  expect_lines_are_the_documents(g, random_people(g, 120, 1));
}

TEST(RecommendLine, IsTheDocumentByteForByteOnOnet) {
  const RoleGraph& g = onet_graph();
  expect_lines_are_the_documents(g, random_people(g, 40, 2));
}

TEST(RecommendLine, CoversEveryKindOfReasonAndOptionalField) {
  // The random people above are only a proof if their documents hold what
  // the writer can write; count it on the awkward graph.
  const RoleGraph& g = awkward_tech_graph();
  const Recommender recommender(g);
  std::string all;
  for (const Profile& person : random_people(g, 120, 1)) {
    const std::vector<Recommendation> recs = recommender.recommend(person, {.top = 10});
    all += recommendations_to_json(recommender, person, recs, {.top = 10}).dump();
  }
  for (const char* expected :
       {"\"code\":", "\"name\":", "\"move\":null", "\"move\":{", "more to go", "it is one of your goals",
        "it leads towards your goal", "you prefer the", "you would rather avoid the", "a step up of",
        "a step back of", "build first: ", "\\\"", "\\\\", "\\t", "\\n", "\\r", "\\b", "\\f", "\\u0001", "\\u001f",
        "\x7f", "Ingénieur 日本", "😀"}) {
    EXPECT_NE(all.find(expected), std::string::npos) << expected;
  }
}

TEST(RecommendLine, AppendsToWhatTheStringHolds) {
  const RoleGraph& g = awkward_tech_graph();
  const Recommender recommender(g);
  const Profile person = random_people(g, 1, 3).front();
  const std::vector<Recommendation> recs = recommender.recommend(person);
  Reasons reasons;
  std::string line = "before ";
  append_recommend_line(recommender, person, recs, {}, reasons, line);
  EXPECT_EQ(line, "before " + recommendations_to_json(recommender, person, recs, {}).dump());
}

}  // namespace
}  // namespace careerpath::report
