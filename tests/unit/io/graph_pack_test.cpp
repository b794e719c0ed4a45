// The built-in graphs load from a binary form packed at build time; these
// tests hold that form equal to what the validating JSON loader reads from
// the same files, so that skipping the JSON at run time changes nothing.
#include "careerpath/io/graph_pack.hpp"

#include <gtest/gtest.h>

#include "careerpath/io/builtin_graphs.hpp"
#include "careerpath/io/graph_io.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

std::string document_of(const RoleGraph& graph) { return graph_to_json(graph).dump(); }

TEST(GraphPack, EveryBuiltInGraphPackedEqualsItsJson) {
  ASSERT_FALSE(builtin_graphs().empty());
  for (const BuiltinGraph& builtin : builtin_graphs()) {
    SCOPED_TRACE(std::string(builtin.name));
    auto from_json = parse_graph(builtin.json, std::string(builtin.name));
    ASSERT_TRUE(from_json.ok()) << from_json.error().to_string();
    const RoleGraph from_pack(unpack_graph(builtin.packed));
    // graph_to_json writes every field of the data, numbers in their
    // shortest round-trip form, so equal documents mean equal graphs.
    EXPECT_EQ(document_of(from_pack), document_of(*from_json));
    auto loaded = load_graph(std::string(builtin.name));
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(document_of(*loaded), document_of(*from_json));
    EXPECT_EQ(loaded->requirements(), from_json->requirements());
    EXPECT_EQ(loaded->importance(), from_json->importance());
    EXPECT_EQ(boost::num_edges(loaded->graph()), boost::num_edges(from_json->graph()));
  }
}

TEST(GraphPack, KeepsEveryOptionalField) {
  RoleGraphData data = testing::small_graph().data();
  data.name = "small";
  data.title = "A small graph";
  data.description = "for tests";
  data.attribution = "nobody";
  data.metadata = {{"a", "1"}, {"b", "two"}};
  data.sources = {Source{.id = "s", .title = "Source", .url = "https://example.org", .license = "CC0"}};
  data.roles[0].aliases = {"First alias", "Second alias"};
  data.roles[0].code = "11-0000.00";
  data.roles[0].source = "s";
  data.transitions[0].source = "s";
  data.transitions[0].rationale = "because";
  data.transitions[0].rate = 0.1 + 0.2;  // not a short decimal: the bits must survive
  data.scoring.seniority = 0.07;
  const RoleGraph original(data);
  const RoleGraph unpacked(unpack_graph(pack_graph(data)));
  EXPECT_EQ(document_of(unpacked), document_of(original));
  EXPECT_EQ(unpacked.transition(0).rate, 0.1 + 0.2);
}

TEST(GraphPack, RefusesADamagedBlob) {
  const std::string blob = pack_graph(testing::small_graph().data());
  for (std::size_t cut : {std::size_t{0}, std::size_t{5}, blob.size() / 2, blob.size() - 1}) {
    try {
      (void)unpack_graph(std::string_view(blob).substr(0, cut));
      ADD_FAILURE() << "a blob cut at " << cut << " was accepted";
    } catch (const InputError& e) {
      EXPECT_EQ(e.error().kind, ErrorKind::kInternal);
    }
  }
  EXPECT_THROW((void)unpack_graph(blob + "x"), InputError);
}

TEST(GraphPack, NamesOfTheOnetGraphAreFoundIgnoringCase) {
  auto onet = load_graph("onet");
  if (!onet.ok()) GTEST_SKIP() << "no built-in O*NET graph";
  const RoleGraph& g = *onet;
  for (std::size_t r = 0; r < g.role_count(); r += 37) {
    const Role& role = g.role(r);
    const auto by_title = g.roles_named(role.title);
    ASSERT_FALSE(by_title.empty());
    EXPECT_NE(std::find(by_title.begin(), by_title.end(), r), by_title.end()) << role.title;
    if (!role.aliases.empty()) {
      std::string upper = role.aliases.back();
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      const auto by_alias = g.roles_named(upper);
      EXPECT_NE(std::find(by_alias.begin(), by_alias.end(), r), by_alias.end()) << upper;
    }
  }
  EXPECT_EQ(g.roles_named("15-1299.09"), std::vector<std::size_t>{*g.find_role("15-1299.09")});
  EXPECT_TRUE(g.roles_named("no such occupation at all").empty());
}

}  // namespace
}  // namespace careerpath
