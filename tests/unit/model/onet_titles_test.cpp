// Common job titles on the built-in O*NET graph: each must resolve to an
// occupation a practitioner accepts for it (tests/data/onet-titles/
// common-titles.tsv: 63 titles across tech, health, trades, office, finance
// and education), or, where the file says the title is genuinely ambiguous,
// be refused with an accepted occupation as the first candidate. Never
// taken as an occupation nobody would pick.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/model/resolver.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

struct ExpectedTitle {
  std::string title;
  std::string field;
  std::vector<std::string> accepted;  // codes; "25-1*" accepts a prefix
  bool may_be_ambiguous = false;
};

std::vector<ExpectedTitle> common_titles() {
  std::ifstream in(testing::test_data("onet-titles/common-titles.tsv"));
  std::vector<ExpectedTitle> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.starts_with('#')) continue;
    std::istringstream fields(line);
    ExpectedTitle row;
    std::string accepted;
    std::string ambiguous;
    std::getline(fields, row.title, '\t');
    std::getline(fields, row.field, '\t');
    std::getline(fields, accepted, '\t');
    std::getline(fields, ambiguous, '\t');
    std::istringstream codes(accepted);
    for (std::string code; std::getline(codes, code, ',');) row.accepted.push_back(code);
    row.may_be_ambiguous = ambiguous == "yes";
    rows.push_back(std::move(row));
  }
  return rows;
}

bool accepted(const ExpectedTitle& row, const std::string& code) {
  return std::any_of(row.accepted.begin(), row.accepted.end(), [&](const std::string& a) {
    return a.ends_with('*') ? code.starts_with(a.substr(0, a.size() - 1)) : code == a;
  });
}

const RoleGraph* onet_graph() {
  static const std::optional<RoleGraph> graph = [] {
    auto g = load_graph("onet");
    return g ? std::optional<RoleGraph>(std::move(g).value()) : std::nullopt;
  }();
  return graph ? &*graph : nullptr;
}

TEST(OnetTitles, CommonTitlesResolveToWhatAPractitionerWouldPick) {
  const RoleGraph* g = onet_graph();
  if (!g) GTEST_SKIP() << "onet is not built in";
  const std::vector<ExpectedTitle> rows = common_titles();
  ASSERT_GE(rows.size(), 40u);
  std::size_t taken_right = 0;
  std::size_t fair_refusals = 0;
  for (const ExpectedTitle& row : rows) {
    const Resolution r = resolve_role(*g, row.title);
    if (r.accepted()) {
      const std::string& code = g->role(*r.chosen()).code;
      // Taking a title confidently as the wrong occupation is the one
      // outcome never allowed.
      EXPECT_TRUE(accepted(row, code)) << "'" << row.title << "' taken as " << g->role(*r.chosen()).title << " (" << code << ")";
      taken_right += accepted(row, code) ? 1 : 0;
    } else if (row.may_be_ambiguous && !r.candidates.empty() && accepted(row, g->role(r.candidates.front().index).code)) {
      ++fair_refusals;
    } else {
      std::cout << "[ not resolved ] " << row.title << ": " << resolution_error(*g, r) << "\n";
    }
  }
  const double share = static_cast<double>(taken_right) / static_cast<double>(rows.size());
  const double with_refusals = static_cast<double>(taken_right + fair_refusals) / static_cast<double>(rows.size());
  std::cout << "[ titles ] taken correctly " << taken_right << " of " << rows.size() << " (" << share
            << "); with fair refusals of ambiguous titles " << with_refusals << "\n";
  // 51 of 63 (0.81) and 57 (0.90) when written (docs/onet.md); before this
  // resolver and the imputed occupations, 35 (0.56) and 40 (0.63).
  EXPECT_GE(share, 0.8);
  EXPECT_GE(with_refusals, 0.88);
}

// The titles issue 13 found resolving to the wrong occupation.
TEST(OnetTitles, TheReportedMisreadingsAreGone) {
  const RoleGraph* g = onet_graph();
  if (!g) GTEST_SKIP() << "onet is not built in";
  auto chosen_code = [&](const char* title) {
    const Resolution r = resolve_role(*g, title);
    return r.accepted() ? g->role(*r.chosen()).code : std::string("(refused)");
  };
  EXPECT_EQ(chosen_code("Software Developer"), "15-1252.00");
  EXPECT_EQ(chosen_code("software engineer"), "15-1252.00");
  EXPECT_EQ(chosen_code("Data Scientist"), "15-2051.00");
  EXPECT_EQ(chosen_code("Carpenter"), "47-2031.00");  // the title Carpenters, not an alias of Cabinetmakers
  EXPECT_EQ(chosen_code("Nurse"), "29-1141.00");      // Registered Nurses, not its specialties
  EXPECT_EQ(chosen_code("Project Manager"), "13-1082.00");
  EXPECT_EQ(chosen_code("developer"), "15-1252.00");  // not Photographic Process Workers
  for (const char* title : {"Product Owner", "Program Manager"}) {
    const Resolution r = resolve_role(*g, title);
    EXPECT_FALSE(r.accepted()) << title << " taken as " << g->role(*r.chosen()).title;
    EXPECT_GE(r.candidates.size(), 2u) << title;
  }
  const Resolution program = resolve_role(*g, "Program Manager");
  EXPECT_NE(g->role(program.candidates.front().index).code, "27-2012.03");  // not Media Programming Directors first
}

}  // namespace
}  // namespace careerpath
