// The O*NET importer on tests/data/onet-mini: 27 occupations of the real
// O*NET 30.1 / 29.3 files, with CRLF endings, n/a cells and suppressed rows
// as O*NET ships them, and with these cases made on purpose:
//   13-1082.00, 15-1252.00, 15-2051.00  no Skills/Knowledge ratings (imputed)
//   15-1299.00                          no ratings and no Job Zone (left out)
//   17-2071.00                          Skills but no Knowledge rows (knowledge imputed)
//   41-2031.00                          rated but no Job Zone row (left out)
//   Work Styles.txt                                 missing (a missing block)
// and at most 6 alternate, 4 reported titles, 6 tasks per occupation.
#include "careerpath/onet/import.hpp"

#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>

#include <gtest/gtest.h>

#include "careerpath/io/graph_io.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

namespace fs = std::filesystem;
using testing::role_index;
using testing::test_data;

const OnetImport& mini() {
  static const OnetImport imported = [] {
    auto result = import_onet(test_data("onet-mini"));
    if (!result) throw std::runtime_error(result.error().to_string());
    return std::move(result).value();
  }();
  return imported;
}

const RoleRequirement* requirement(const RoleGraph& g, const std::string& role, const std::string& skill) {
  const std::size_t s = *g.skills().find(skill);
  for (const RoleRequirement& r : g.requirement_list(role_index(g, role))) {
    if (r.skill == s) return &r;
  }
  return nullptr;
}

TEST(OnetImport, RolesAreTheOccupationsWithAJobZone) {
  const OnetImportSummary& s = mini().summary;
  EXPECT_EQ(s.version, "30.1");
  EXPECT_EQ(s.occupations, 27u);
  EXPECT_EQ(s.without_ratings, 1u);
  EXPECT_EQ(s.without_job_zone, 1u);
  EXPECT_EQ(s.roles, 25u);
  EXPECT_EQ(s.imputed, 4u);
  const RoleGraph& g = mini().graph;
  ASSERT_EQ(g.role_count(), 25u);
  EXPECT_FALSE(g.find_role("15-1299.00"));
  EXPECT_FALSE(g.find_role("41-2031.00"));
  EXPECT_TRUE(g.find_role("15-1252.00"));
  EXPECT_TRUE(g.find_role("17-2071.00"));

  const Role& pm = g.role(role_index(g, "15-1299.09"));
  EXPECT_EQ(pm.title, "Information Technology Project Managers");
  EXPECT_EQ(pm.code, "15-1299.09");
  EXPECT_EQ(pm.level, 4);  // Job Zone 4
  EXPECT_EQ(g.tracks()[pm.track].id, "computer-and-mathematical");
  EXPECT_EQ(g.tracks()[pm.track].name, "Computer and Mathematical");
}

// An occupation without ratings takes those of the rated occupations most
// like it, and says so; one with ratings keeps its own.
TEST(OnetImport, MissingRatingsAreImputedFromSimilarOccupationsAndMarked) {
  const RoleGraph& g = mini().graph;
  const Role& developers = g.role(role_index(g, "15-1252.00"));
  EXPECT_TRUE(developers.source.starts_with("imputed skills and knowledge")) << developers.source;
  EXPECT_TRUE(g.role(role_index(g, "17-2071.00")).source.starts_with("imputed knowledge")) << g.role(role_index(g, "17-2071.00")).source;
  EXPECT_EQ(g.role(role_index(g, "15-1211.00")).source, "");
  // Software developers need more programming than the average occupation of
  // the sample, and more than cooks, from tasks and titles alone.
  const RoleRequirement* programming = requirement(g, "15-1252.00", "programming");
  ASSERT_NE(programming, nullptr);
  const RoleRequirement* cooks = requirement(g, "35-2014.00", "programming");
  EXPECT_GT(programming->level, cooks == nullptr ? 0.0 : cooks->level + 1.0);
  const OnetImputationCheck& c = mini().summary.imputation;
  EXPECT_EQ(c.held_out, 21u);
  EXPECT_EQ(c.neighbours, 10u);
  EXPECT_GT(c.level_mae, 0.0);
  EXPECT_LT(c.level_mae, c.mean_baseline_mae);
  EXPECT_GT(c.top_related_same, 0.5);
}

// A move to an occupation that asks for a degree its source does not
// usually require is never a promotion or lateral move: it says what it
// requires and waits for the years of study.
TEST(OnetImport, MovesNeedingADegreeAreFlaggedNotUsualPromotions) {
  const RoleGraph& g = mini().graph;
  std::size_t flagged = 0;
  for (const Transition& t : g.transitions()) {
    if (t.rationale.find("; requires ") == std::string::npos) continue;
    ++flagged;
    EXPECT_NE(t.kind, MoveKind::kPromotion) << t.rationale;
    EXPECT_NE(t.kind, MoveKind::kLateral) << t.rationale;
  }
  EXPECT_GT(flagged, 0u);
  // Customer Service Representatives (high school) to Accountants and
  // Auditors (bachelor's degree): about four years of study.
  for (std::size_t id : g.moves_from(role_index(g, "43-4051.00"))) {
    const Transition& t = g.transition(id);
    if (g.role(t.to).id != "13-2011.00") continue;
    EXPECT_NE(t.rationale.find("; requires a bachelor's degree ("), std::string::npos) << t.rationale;
    EXPECT_NE(t.rationale.find("about 4 years of study beyond the high school diploma usual for Customer Service "
                               "Representatives"),
              std::string::npos)
        << t.rationale;
    EXPECT_GE(t.min_years, 4.0);
    EXPECT_EQ(t.kind, MoveKind::kSwitch);
  }
}

TEST(OnetImport, AliasesListReportedTitlesFirstWithoutRepeats) {
  const RoleGraph& g = mini().graph;
  const Role& pm = g.role(role_index(g, "15-1299.09"));
  // Reported: Cloud Product Director, Cybersecurity Project Manager, Data
  // Center Product Director, Information Systems Project Manager (...);
  // then the alternate titles not already listed.
  ASSERT_GE(pm.aliases.size(), 5u);
  EXPECT_EQ(pm.aliases[0], "Cloud Product Director");
  EXPECT_EQ(pm.aliases[1], "Cybersecurity Project Manager");
  EXPECT_EQ(std::count(pm.aliases.begin(), pm.aliases.end(), "Cloud Product Director"), 1);
  EXPECT_EQ(g.roles_named("computer project manager"), std::vector<std::size_t>{role_index(g, "15-1299.09")});
}

TEST(OnetImport, SkillsAndKnowledgeBecomeRequirementsOnTheGraphScale) {
  const RoleGraph& g = mini().graph;
  EXPECT_EQ(g.skill_count(), 35u + 33u);
  EXPECT_EQ(g.skills().scale().max, 5.0);
  ASSERT_TRUE(g.skills().find("mathematics"));
  ASSERT_TRUE(g.skills().find("mathematics-knowledge"));  // knowledge named like a skill
  EXPECT_EQ(g.skills()[*g.skills().find("mathematics-knowledge")].category, "knowledge");
  EXPECT_EQ(g.skills()[*g.skills().find("mathematics-knowledge")].name, "Mathematics (knowledge)");
  EXPECT_EQ(g.skills()[*g.skills().find("reading-comprehension")].category, "basic skill");

  // 15-1299.09 Reading Comprehension: LV 4.00 of 7, IM 4.00 of 1-5.
  const RoleRequirement* reading = requirement(g, "15-1299.09", "reading-comprehension");
  ASSERT_NE(reading, nullptr);
  EXPECT_DOUBLE_EQ(reading->level, 2.86);
  EXPECT_DOUBLE_EQ(reading->importance, 0.75);
  // 11-1021.00 Administration and Management: LV 4.38, IM 4.25.
  const RoleRequirement* admin = requirement(g, "11-1021.00", "administration-and-management");
  ASSERT_NE(admin, nullptr);
  EXPECT_DOUBLE_EQ(admin->level, 3.13);
  EXPECT_DOUBLE_EQ(admin->importance, 0.813);
  // 11-1021.00 Fine Arts LV is Recommend Suppress = Y: no requirement.
  EXPECT_EQ(requirement(g, "11-1021.00", "fine-arts"), nullptr);
  // 11-1021.00 Installation LV 0.00 (Not Relevant) and IM 1.00: nothing required.
  EXPECT_EQ(requirement(g, "11-1021.00", "installation"), nullptr);
}

TEST(OnetImport, MissingBlocksAreReportedNotFatal) {
  for (const OnetBlockReport& b : mini().summary.blocks) {
    if (b.block.weight == 0.0) {
      EXPECT_FALSE(b.present) << b.block.id;  // switched off by its learned weight: not computed
    } else if (b.block.id == "work-styles") {
      EXPECT_FALSE(b.present);
    } else {
      EXPECT_TRUE(b.present) << b.block.id;
      EXPECT_EQ(b.occupations, 25u) << b.block.id;  // imputed ratings count as data
    }
  }
}

TEST(OnetImport, TransitionsGoToTheMostSimilarOccupationsWithPlausibleRates) {
  const RoleGraph& g = mini().graph;
  EXPECT_EQ(g.transitions().size(), 25u * 20u);
  for (std::size_t r = 0; r < g.role_count(); ++r) {
    double sum = 0.0;
    double previous = 1.0;
    for (std::size_t t : g.moves_from(r)) {
      const Transition& tr = g.transition(t);
      EXPECT_NE(tr.to, r);
      EXPECT_GE(tr.rate, 0.0);
      EXPECT_LE(tr.rate, 0.15);
      EXPECT_LE(tr.rate, previous);  // most similar first
      previous = tr.rate;
      sum += tr.rate;
      const int change = g.role(tr.to).level - g.role(r).level;
      if (tr.rationale.find("; requires ") != std::string::npos) {
        // Needs a degree or licence first (MovesNeedingADegreeAreFlaggedNotUsualPromotions).
        EXPECT_NE(tr.kind, MoveKind::kPromotion);
      } else if (change > 0) {
        EXPECT_EQ(tr.kind, MoveKind::kPromotion);
        EXPECT_GE(tr.min_years, 1.0);
      } else if (change < 0) {
        EXPECT_EQ(tr.kind, MoveKind::kStepBack);
        EXPECT_EQ(tr.min_years, 0.5);
      } else {
        EXPECT_EQ(tr.kind, g.role(tr.to).track == g.role(r).track ? MoveKind::kLateral : MoveKind::kSwitch);
        EXPECT_EQ(tr.min_years, 1.0);
      }
      EXPECT_NE(tr.rationale.find("similarity"), std::string::npos);
    }
    EXPECT_LE(sum, 1.0);
  }
}

TEST(OnetImport, SoftwareRolesAreMoreAlikeThanCooks) {
  // Computer Systems Analysts should lead to other computer occupations
  // before it leads to restaurant cooks or nurses.
  const RoleGraph& g = mini().graph;
  const auto moves = g.moves_from(role_index(g, "15-1211.00"));
  ASSERT_FALSE(moves.empty());
  EXPECT_EQ(g.role(g.transition(moves[0]).to).code.substr(0, 2), "15");
  const std::size_t cook = role_index(g, "35-2014.00");
  for (std::size_t i = 0; i < 5; ++i) EXPECT_NE(g.transition(moves[i]).to, cook);
}

TEST(OnetImport, CompactTextLoadsBackAsTheSameGraph) {
  const RoleGraph& g = mini().graph;
  const std::string text = compact_graph_text(g);
  EXPECT_EQ(text, compact_graph_text(mini().graph));
  auto loaded = parse_graph(text, "onet-mini.json");
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  ASSERT_EQ(loaded->role_count(), g.role_count());
  ASSERT_EQ(loaded->transitions().size(), g.transitions().size());
  EXPECT_TRUE(loaded->requirements().isApprox(g.requirements()));
  EXPECT_TRUE(loaded->importance().isApprox(g.importance()));
  EXPECT_EQ(loaded->role(3).aliases, g.role(3).aliases);
  EXPECT_EQ(loaded->transition(5).rate, g.transition(5).rate);
  EXPECT_EQ(loaded->attribution(), g.attribution());
  EXPECT_EQ(loaded->metadata().at("onet_version"), "30.1");
  EXPECT_EQ(loaded->scoring().move, g.scoring().move);
}

TEST(OnetImport, AttributionNamesTheReleasesAndTheModification) {
  EXPECT_NE(mini().graph.attribution().find("O*NET 30.1 Database"), std::string::npos);
  EXPECT_EQ(mini().graph.attribution().find("modified"), std::string::npos);
  auto older = import_onet(test_data("onet-mini"), {.ratings_version = "29.3"});
  ASSERT_TRUE(older.ok());
  const std::string& text = older->graph.attribution();
  EXPECT_NE(text.find("O*NET 30.1 Database"), std::string::npos);
  EXPECT_NE(text.find("O*NET 29.3 Database"), std::string::npos);
  EXPECT_NE(text.find("careerpath has modified all or some of this information"), std::string::npos);
  EXPECT_EQ(older->graph.metadata().at("ratings_version"), "29.3");
}

TEST(OnetImport, BlockWeightsAreChecked) {
  auto unknown = import_onet(test_data("onet-mini"), {.block_weights = {{"title", 1.0}}});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().to_string(), "unknown similarity block 'title'; did you mean 'titles'?");
  auto negative = import_onet(test_data("onet-mini"), {.block_weights = {{"titles", -1.0}}});
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().to_string(), "the weight of block 'titles' must be a number from 0 to 100, got -1");
}

// A copy of onet-mini with `file` rewritten by `edit`, for the bad-input tests.
std::string broken_copy(const std::string& name, const std::string& file,
                        const std::function<std::string(std::string)>& edit) {
  const fs::path dir = fs::temp_directory_path() / ("careerpath-onet-bad-" + name);
  fs::remove_all(dir);
  fs::copy(test_data("onet-mini"), dir);
  const fs::path path = dir / file;
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  in.close();
  std::ofstream(path, std::ios::binary | std::ios::trunc) << edit(text.str());
  return dir.string();
}

std::string replace_first(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("fixture lacks '" + from + "'");
  return text.replace(at, from.size(), to);
}

std::string import_error(const std::string& dir) {
  auto result = import_onet(dir);
  return result.ok() ? "(no error)" : result.error().to_string();
}

TEST(OnetImportErrors, MissingColumn) {
  const std::string dir = broken_copy("column", "Skills.txt", [](std::string t) {
    return replace_first(std::move(t), "\tData Value\t", "\tValue\t");
  });
  const std::string error = import_error(dir);
  EXPECT_NE(error.find("Skills.txt:1: missing column 'Data Value' (the header has"), std::string::npos) << error;
}

TEST(OnetImportErrors, MalformedNumber) {
  const std::string dir = broken_copy("number", "Knowledge.txt", [](std::string t) {
    return replace_first(std::move(t), "Administration and Management\tLV\t4.38", "Administration and Management\tLV\t4,38");
  });
  EXPECT_EQ(import_error(dir), dir + "/Knowledge.txt:3: column 'Data Value': '4,38' is not a number");
}

TEST(OnetImportErrors, LevelOutOfRange) {
  const std::string dir = broken_copy("range", "Knowledge.txt", [](std::string t) {
    return replace_first(std::move(t), "Administration and Management\tLV\t4.38", "Administration and Management\tLV\t43.8");
  });
  EXPECT_EQ(import_error(dir), dir + "/Knowledge.txt:3: column 'Data Value': 43.8 is outside the range 0 to 7");
}

TEST(OnetImportErrors, UnknownOccupationCode) {
  const std::string dir = broken_copy("code", "Tasks to DWAs.txt", [](std::string t) {
    return replace_first(std::move(t), "\r\n11-1021.00\t", "\r\n99-9999.00\t");
  });
  EXPECT_EQ(import_error(dir),
            dir + "/Tasks to DWAs.txt:2: column 'O*NET-SOC Code': unknown occupation code '99-9999.00' (not in Occupation Data.txt)");
}

TEST(OnetImportErrors, UnknownWorkActivity) {
  const std::string dir = broken_copy("dwa", "Tasks to DWAs.txt", [](std::string t) {
    return replace_first(std::move(t), "\t4.A.2.b.1.I09", "\t4.Z.9.z.9.I99");
  });
  const std::string error = import_error(dir);
  EXPECT_EQ(error.rfind(dir + "/Tasks to DWAs.txt:2: column 'DWA ID': unknown detailed work activity '4.Z.9.z.9.I99", 0), 0u)
      << error;
  EXPECT_NE(error.find("(not in DWA Reference.txt)"), std::string::npos);
}

TEST(OnetImportErrors, MalformedCodeAndJobZone) {
  const std::string code = broken_copy("malformed", "Job Zones.txt", [](std::string t) {
    return replace_first(std::move(t), "\r\n11-1021.00\t", "\r\n11-1021\t");
  });
  EXPECT_EQ(import_error(code),
            code + "/Job Zones.txt:2: column 'O*NET-SOC Code': '11-1021' is not an O*NET-SOC code (NN-NNNN.NN)");
  const std::string zone = broken_copy("zone", "Job Zones.txt", [](std::string t) {
    return replace_first(std::move(t), "\r\n11-1021.00\t4\t", "\r\n11-1021.00\t6\t");
  });
  EXPECT_EQ(import_error(zone), zone + "/Job Zones.txt:2: column 'Job Zone': 6 is outside the range 1 to 5");
}

TEST(OnetImportErrors, NotAnOnetFolder) {
  EXPECT_EQ(import_error(test_data("graphs")),
            test_data("graphs") + ": not an O*NET text folder: 'Occupation Data.txt' is missing");
}

TEST(OnetImportErrors, EmptyRatingsFile) {
  const std::string dir = broken_copy("empty", "Skills.txt", [](const std::string&) { return std::string(); });
  EXPECT_EQ(import_error(dir), dir + "/Skills.txt: empty file: expected a tab-separated header line");
}

}  // namespace
}  // namespace careerpath
