// The published JSON Schemas must stay in step with the loaders: every
// field a loader accepts is declared, and the example files use only those.
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace careerpath {
namespace {

nlohmann::json read_json(const std::string& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

std::set<std::string> keys_of(const nlohmann::json& object) {
  std::set<std::string> keys;
  for (auto it = object.begin(); it != object.end(); ++it) keys.insert(it.key());
  return keys;
}

void expect_declared(const nlohmann::json& value, const nlohmann::json& schema_properties, const std::string& where) {
  const std::set<std::string> declared = keys_of(schema_properties);
  for (auto it = value.begin(); it != value.end(); ++it) {
    EXPECT_TRUE(declared.count(it.key())) << where << ": field '" << it.key() << "' is not in the schema";
  }
}

TEST(Schemas, DefaultGraphUsesOnlyDeclaredFields) {
  const nlohmann::json schema = read_json(testing::source_path("schemas/graph.schema.json"));
  const nlohmann::json graph = read_json(testing::source_path("graphs/tech.json"));
  EXPECT_EQ(schema["properties"]["format"]["const"], graph["format"]);
  expect_declared(graph, schema["properties"], "graph");
  for (const auto& role : graph["roles"]) expect_declared(role, schema["properties"]["roles"]["items"]["properties"], "role");
  for (const auto& t : graph["transitions"]) {
    expect_declared(t, schema["properties"]["transitions"]["items"]["properties"], "transition");
  }
  // The saved form of a loaded graph is also schema-shaped.
  const nlohmann::json saved = graph_to_json(*load_graph("tech"));
  expect_declared(saved, schema["properties"], "saved graph");
}

TEST(Schemas, ProfileSchemaCoversSavedProfiles) {
  const nlohmann::json schema = read_json(testing::source_path("schemas/profile.schema.json"));
  auto graph = load_graph("tech");
  ASSERT_TRUE(graph.ok());
  for (const char* name : {"program-manager", "junior-engineer", "scrum-master"}) {
    const std::string path = testing::source_path(std::string("profiles/") + name + ".json");
    auto profile = load_profile(path, *graph);
    ASSERT_TRUE(profile.ok()) << profile.error().to_string();
    const nlohmann::json saved = profile_to_json(*profile, *graph);
    expect_declared(saved, schema["properties"], name);
    expect_declared(saved["preferences"], schema["properties"]["preferences"]["properties"], name);
    expect_declared(read_json(path), schema["properties"], name);
  }
}

// Every "pattern" in the schemas, with the path to it.
void collect_patterns(const nlohmann::json& node, const std::string& where,
                      std::vector<std::pair<std::string, std::string>>& out) {
  if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (it.key() == "pattern" && it->is_string()) out.emplace_back(where, it->get<std::string>());
      collect_patterns(*it, where + "/" + it.key(), out);
    }
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i) collect_patterns(node[i], where + "/" + std::to_string(i), out);
  }
}

// The loaders and the schemas took different ids (the team and scenario
// schemas refused '.' and '_', which the loader took) and the loaders took
// null where no schema allows it. Ids: one rule everywhere, checked both ways.
TEST(Schemas, IdsFollowTheLoadersRule) {
  for (const char* name : {"graph", "profile", "team", "scenario"}) {
    const nlohmann::json schema = read_json(testing::source_path(std::string("schemas/") + name + ".schema.json"));
    std::vector<std::pair<std::string, std::string>> patterns;
    collect_patterns(schema, name, patterns);
    for (const auto& [where, pattern] : patterns) EXPECT_EQ(pattern, "^[a-z0-9][a-z0-9._-]*$") << where;
    EXPECT_EQ(schema.dump().find("\"null\""), std::string::npos) << name << " declares a nullable field";
  }
  auto slug_of = [](const nlohmann::json& id) -> std::string {
    try {
      return JsonNode(id, "t.json").slug();
    } catch (const InputError& e) {
      return "refused";
    }
  };
  EXPECT_EQ(slug_of("15-1252.00"), "15-1252.00");
  EXPECT_EQ(slug_of("a_b"), "a_b");
  EXPECT_EQ(slug_of(std::string(128, 'a')), std::string(128, 'a'));
  for (const char* bad : {"", "-a", ".a", "A", "a b", "a/b"}) EXPECT_EQ(slug_of(bad), "refused") << bad;
  EXPECT_EQ(slug_of(std::string(129, 'a')), "refused");
}

}  // namespace
}  // namespace careerpath
