#include "careerpath/model/resolver.hpp"

#include <gtest/gtest.h>

#include "careerpath/io/graph_io.hpp"

namespace careerpath {
namespace {

RoleGraph named_roles() {
  auto g = parse_graph(R"({
    "format": "careerpath.graph/1",
    "skills": [{"id": "system-design", "name": "System design", "category": "technical"},
               {"id": "planning-scheduling", "name": "Planning and scheduling", "category": "delivery"},
               {"id": "coding", "name": "Coding", "category": "technical"}],
    "roles": [
      {"id": "it-pm", "title": "Information Technology Project Managers", "track": "t", "level": 4,
       "aliases": ["Scrum Master", "IT Program Manager", "Technical Project Manager", "Delivery Lead"], "requirements": {}},
      {"id": "ops", "title": "General and Operations Managers", "track": "t", "level": 4,
       "aliases": ["Program Manager", "Operations Manager", "Delivery Lead"], "requirements": {}},
      {"id": "program-manager", "title": "Program Manager", "track": "t", "level": 3, "requirements": {}},
      {"id": "urology", "title": "Urologists", "track": "t", "level": 5, "aliases": ["Owner"], "requirements": {}},
      {"id": "cook", "title": "Cooks, Restaurant", "track": "t", "level": 2, "aliases": ["Line Cook"], "requirements": {}}
    ]
  })",
                       "named.json");
  if (!g) throw std::runtime_error(g.error().to_string());
  return std::move(g).value();
}

TEST(ResolveRole, IdTitleAndAliasAreExactInAnyCase) {
  const RoleGraph g = named_roles();
  for (const char* name : {"it-pm", "IT-PM", "information technology project managers", "SCRUM MASTER", "line cook"}) {
    const Resolution r = resolve_role(g, name);
    EXPECT_EQ(r.confidence, Confidence::kExact) << name;
    ASSERT_TRUE(r.chosen()) << name;
    EXPECT_EQ(resolution_note(g, r), "") << name;
  }
  EXPECT_EQ(g.role(*resolve_role(g, "Scrum Master").chosen()).id, "it-pm");
  EXPECT_EQ(resolve_role(g, "Scrum Master").candidates.front().kind, MatchKind::kAlias);
}

TEST(ResolveRole, ATitleOutranksTheSameWordsAsAnotherRolesAliasWithANote) {
  const RoleGraph g = named_roles();
  const Resolution r = resolve_role(g, "program manager");
  EXPECT_EQ(r.confidence, Confidence::kLikely);
  EXPECT_EQ(g.role(*r.chosen()).id, "program-manager");
  EXPECT_EQ(resolution_note(g, r),
            "'program manager' taken as Program Manager (program-manager), whose title it is; also an alias of "
            "'General and Operations Managers' (ops)");
}

TEST(ResolveRole, TheSameAliasOnTwoRolesIsRefusedListingBoth) {
  const RoleGraph g = named_roles();
  const Resolution r = resolve_role(g, "Delivery Lead");
  EXPECT_EQ(r.confidence, Confidence::kAmbiguous);
  EXPECT_FALSE(r.chosen());
  // An alias listed earlier (a role's more usual name) comes first.
  EXPECT_EQ(resolution_error(g, r),
            "role 'Delivery Lead' is ambiguous: it could be 'General and Operations Managers' (ops) or "
            "'Information Technology Project Managers' (it-pm); name one by its id");
}

TEST(ResolveRole, ATitleWithItsWordsInAnotherOrderIsTheTitle) {
  const RoleGraph g = named_roles();
  // "Cooks, Restaurant" has the same words, plural aside: it is the title.
  const Resolution r = resolve_role(g, "Restaurant Cook");
  ASSERT_EQ(r.confidence, Confidence::kExact);
  EXPECT_EQ(g.role(*r.chosen()).id, "cook");
}

TEST(ResolveRole, ANameSharingOnlySomeWordsIsNeverTaken) {
  const RoleGraph g = named_roles();
  // "Owner" is rare and matches strongly, but "Product" is nowhere in it.
  const Resolution r = resolve_role(g, "Product Owner");
  EXPECT_FALSE(r.accepted());
  ASSERT_FALSE(r.candidates.empty());
  EXPECT_EQ(g.role(r.candidates.front().index).id, "urology");
  const std::string error = resolution_error(g, r);
  EXPECT_NE(error.find("'Urologists' (urology)"), std::string::npos) << error;
}

TEST(ResolveRole, TyposAreSuggestedNeverTaken) {
  const RoleGraph g = named_roles();
  const Resolution r = resolve_role(g, "scrum mastr");
  EXPECT_FALSE(r.accepted());
  EXPECT_NE(resolution_error(g, r).find("did you mean 'Information Technology Project Managers' (it-pm)"), std::string::npos)
      << resolution_error(g, r);
  const Resolution id_typo = resolve_role(g, "it-pn");
  EXPECT_FALSE(id_typo.accepted());
  EXPECT_EQ(resolution_error(g, id_typo), "unknown role 'it-pn'; did you mean 'it-pm'?");
  EXPECT_EQ(resolution_error(g, resolve_role(g, "Astronaut")), "unknown role 'Astronaut' (careerpath roles lists them)");
}

TEST(ResolveSkill, IdNameAndSpellingsOfTheIdAreExact) {
  const RoleGraph g = named_roles();
  for (const char* name : {"system-design", "System design", "SYSTEM DESIGN", "system_design", "Planning & Scheduling",
                           "planning and scheduling"}) {
    const Resolution r = resolve_skill(g.skills(), name);
    EXPECT_EQ(r.confidence, Confidence::kExact) << name;
    EXPECT_TRUE(r.chosen()) << name;
  }
}

TEST(ResolveSkill, APartialNameIsRefusedWithTheCandidates) {
  const RoleGraph g = named_roles();
  const Resolution r = resolve_skill(g.skills(), "planning");
  EXPECT_FALSE(r.accepted());
  EXPECT_EQ(resolution_error(g.skills(), r),
            "unknown skill 'planning'; did you mean 'Planning and scheduling' (planning-scheduling)?");
  EXPECT_EQ(resolution_error(g.skills(), resolve_skill(g.skills(), "codng")), "unknown skill 'codng'; did you mean 'coding'?");
}

TEST(ResolveRole, TheDefaultGraphRefusesAnAmbiguousAbbreviation) {
  auto g = load_graph("tech");
  ASSERT_TRUE(g.ok());
  EXPECT_FALSE(resolve_role(*g, "PM").accepted());
  EXPECT_EQ(g->role(*resolve_role(*g, "senior technical program manager").chosen()).id, "tpm-3");
}

}  // namespace
}  // namespace careerpath
