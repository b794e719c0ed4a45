#include "careerpath/advise/mentor.hpp"
#include "careerpath/advise/scorer.hpp"

#include <gtest/gtest.h>

#include "careerpath/io/team_io.hpp"
#include "test_support.hpp"

namespace careerpath {
namespace {

using testing::role_index;
using testing::small_graph;

// Three people on tests/data/graphs/small.json (skills coding, planning,
// people on 0-5), and a team that needs someone to grow into `lead`.
//
//   ana  junior  coding 3  planning 1  people 1   goal senior
//   ben  senior  coding 5  planning 2  people 2   goal lead
//   cat  pm      coding 1  planning 4  people 3   no goal: lead is the only
//                                                 role above pm (level 3)
//
// Shortfalls toward each target (senior: coding 4, planning 2, people 2;
// lead: coding 3, planning 3, people 4):
//
//          coding  planning  people
//   ana      1        1        1
//   ben      0        1        2
//   cat      2        0        1
//
// Holding well (level >= 4): coding only ben, planning only cat, people no one.
const char* kTeam = R"({"format": "careerpath.team/1", "id": "t", "goals": ["lead"], "members": [
  {"id": "ana", "current_role": "junior", "years_in_role": 2,
   "skills": {"coding": 3, "planning": 1, "people": 1}, "goals": ["senior"]},
  {"id": "ben", "current_role": "senior", "years_in_role": 2.5,
   "skills": {"coding": 5, "planning": 2, "people": 2}, "goals": ["lead"]},
  {"id": "cat", "current_role": "pm", "years_in_role": 3.5,
   "skills": {"coding": 1, "planning": 4, "people": 3}}]})";

constexpr std::size_t kAna = 0, kBen = 1, kCat = 2;
constexpr std::size_t kCoding = 0, kPlanning = 1, kPeople = 2;

Team small_team() {
  auto team = team_from_json(nlohmann::json::parse(kTeam), small_graph(), "inline");
  if (!team) throw std::runtime_error(team.error().to_string());
  return std::move(team).value();
}

std::vector<std::size_t> focus_of(const MemberPlan& plan) {
  std::vector<std::size_t> skills;
  for (const FocusSkill& f : plan.focus) skills.push_back(f.skill);
  return skills;
}

TEST(Mentor, PlansEachMemberTowardTheirOwnOrASuggestedGoal) {
  const RoleGraph& g = small_graph();
  const TeamReport report = mentor_team(g, small_team());
  ASSERT_EQ(report.members.size(), 3u);
  EXPECT_EQ(report.members[kAna].goal, role_index(g, "senior"));
  EXPECT_EQ(report.members[kAna].goal_source, GoalSource::kOwn);
  ASSERT_FALSE(report.members[kAna].routes.empty());
  EXPECT_EQ(report.members[kAna].routes[0].steps.size(), 1u);
  EXPECT_EQ(report.members[kCat].goal, role_index(g, "lead"));
  EXPECT_EQ(report.members[kCat].goal_source, GoalSource::kSuggested);
  EXPECT_EQ(report.members[kCat].routes[0].steps[0].to, role_index(g, "lead"));
  // Next steps are usual moves from the current role: junior -> senior, analyst.
  ASSERT_EQ(report.members[kAna].next_steps.size(), 2u);
  for (const Recommendation& r : report.members[kAna].next_steps) EXPECT_TRUE(r.transition.has_value());
}

TEST(Mentor, HeatmapHoldsShortfallsTowardEachTarget) {
  const TeamReport report = mentor_team(small_graph(), small_team());
  Eigen::MatrixXd expected(3, 3);
  expected << 1, 1, 1,  //
      0, 1, 2,          //
      2, 0, 1;
  EXPECT_TRUE(report.gaps.isApprox(expected, 1e-12)) << report.gaps;
  // Column totals people 4, coding 3, planning 2.
  EXPECT_EQ(report.heatmap_skills, (std::vector<std::size_t>{kPeople, kCoding, kPlanning}));
}

TEST(Mentor, SharedGapsAreSkillsTwoOrMoreMembersLack) {
  const TeamReport report = mentor_team(small_graph(), small_team());
  ASSERT_EQ(report.training.size(), 3u);
  EXPECT_EQ(report.training[0].skill, kPeople);  // all three short
  EXPECT_EQ(report.training[0].members, (std::vector<std::size_t>{kBen, kAna, kCat}));  // ben 2, then a tie by id
  EXPECT_DOUBLE_EQ(report.training[0].total_shortfall, 4.0);
  EXPECT_EQ(report.training[1].skill, kCoding);  // two short, 3 levels in all
  EXPECT_EQ(report.training[1].members, (std::vector<std::size_t>{kCat, kAna}));
  EXPECT_EQ(report.training[2].skill, kPlanning);  // two short, 2 levels in all
  EXPECT_DOUBLE_EQ(report.training[2].total_shortfall, 2.0);

  MentorOptions one;
  one.training_candidates = 1;
  EXPECT_EQ(mentor_team(small_graph(), small_team(), one).training.size(), 1u);
}

TEST(Mentor, SinglePointsOfFailureHaveOneHolderAndTheClosestBackup) {
  const TeamReport report = mentor_team(small_graph(), small_team());
  EXPECT_DOUBLE_EQ(report.strong_level, 4.0);
  ASSERT_EQ(report.single_points.size(), 2u);
  EXPECT_EQ(report.single_points[0].skill, kCoding);
  EXPECT_EQ(report.single_points[0].holder, kBen);
  EXPECT_DOUBLE_EQ(report.single_points[0].level, 5.0);
  EXPECT_EQ(report.single_points[0].backup, kAna);  // coding 3 beats cat's 1
  EXPECT_DOUBLE_EQ(report.single_points[0].backup_level, 3.0);
  EXPECT_EQ(report.single_points[1].skill, kPlanning);
  EXPECT_EQ(report.single_points[1].holder, kCat);
  EXPECT_EQ(report.single_points[1].backup, kBen);

  // Nobody holds people well, and two holders are no single point.
  MentorOptions lenient;
  lenient.strong_fraction = 0.6;  // level 3: coding ana+ben, planning cat, people cat
  const TeamReport more = mentor_team(small_graph(), small_team(), lenient);
  ASSERT_EQ(more.single_points.size(), 2u);
  EXPECT_EQ(more.single_points[0].skill, kPlanning);
  EXPECT_EQ(more.single_points[1].skill, kPeople);
}

TEST(Mentor, FocusSkillsWeighOwnGapsByTeamNeed) {
  const TeamReport report = mentor_team(small_graph(), small_team());
  // ana toward senior: own coding 1, planning 0.5, people 0.5; every skill is
  // doubled (coding and planning are single points held by others, people is
  // lacked by all for the team goal), so the people/planning tie goes by id.
  EXPECT_EQ(focus_of(report.members[kAna]), (std::vector<std::size_t>{kCoding, kPeople, kPlanning}));
  EXPECT_DOUBLE_EQ(report.members[kAna].focus[0].own, 1.0);
  EXPECT_DOUBLE_EQ(report.members[kAna].focus[0].score, 2.0);
  EXPECT_TRUE(report.members[kAna].focus[0].single_point);
  // ben toward lead: people 1 x 2 = 2, planning 0.5 x 1; coding he already has.
  EXPECT_EQ(focus_of(report.members[kBen]), (std::vector<std::size_t>{kPeople, kPlanning}));
  EXPECT_DOUBLE_EQ(report.members[kBen].focus[0].team_goal_need, 1.0);  // all three below lead's people 4
  EXPECT_DOUBLE_EQ(report.members[kBen].focus[0].need, 4.0);
  // cat toward lead: coding 0.5 x 2 = 1 (ben's single point), people 1 x 1.
  EXPECT_EQ(focus_of(report.members[kCat]), (std::vector<std::size_t>{kCoding, kPeople}));
  // Team need: coding and planning are single points, people 1 x 3/3 below lead.
  EXPECT_DOUBLE_EQ(report.team_need(kPeople), 1.0);

  // Without team weight, focus follows the member's own gaps only.
  MentorOptions alone;
  alone.team_weight = 0.0;
  const TeamReport own = mentor_team(small_graph(), small_team(), alone);
  EXPECT_DOUBLE_EQ(own.members[kAna].focus[1].score, 0.5);
}

TEST(Mentor, TeamGoalNeedIsImportanceTimesTheShareOfMembersBelow) {
  // lead needs planning 3 at importance 0.5: ana (1) and ben (2) are below,
  // cat (4) is not, so the need is 0.5 x 2/3. ben's planning is not his
  // holder's single point (cat holds it), so his score is own x (1 + 1).
  const TeamReport report = mentor_team(small_graph(), small_team());
  const FocusSkill& planning = report.members[kBen].focus[1];
  EXPECT_NEAR(planning.team_goal_need, 0.5 * 2.0 / 3.0, 1e-12);
  EXPECT_DOUBLE_EQ(planning.team_need, 1.0);
}

TEST(Mentor, PairsAStrongMemberWithOneWorkingOnTheSkill) {
  const TeamReport report = mentor_team(small_graph(), small_team());
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> pairs;
  for (const Pairing& p : report.pairings) pairs.emplace_back(p.mentor, p.mentee, p.skill);
  // ana works on coding (ben 5) and planning (cat 4); ben on planning (cat);
  // cat on coding (ben). Nobody holds people well. The single points' backups
  // (ana for coding, ben for planning) are already paired with their holders.
  const decltype(pairs) expected = {
      {kBen, kAna, kCoding}, {kCat, kAna, kPlanning}, {kCat, kBen, kPlanning}, {kBen, kCat, kCoding}};
  EXPECT_EQ(pairs, expected);
  EXPECT_DOUBLE_EQ(report.pairings[0].mentor_level, 5.0);
  EXPECT_DOUBLE_EQ(report.pairings[0].mentee_level, 3.0);
  for (const Pairing& p : report.pairings) EXPECT_EQ(p.reason, PairingReason::kFocusSkill);
}

TEST(Mentor, SinglePointBackupsArePairedWhenNoFocusPairingCoversThem) {
  // dan holds coding well alone; eve (coding 2) is the backup but her own
  // focus (toward analyst) is planning, so the holder is paired to spread it.
  auto team = team_from_json(nlohmann::json::parse(R"({"format": "careerpath.team/1", "id": "t", "members": [
    {"id": "dan", "current_role": "senior", "years_in_role": 1, "skills": {"coding": 4.5, "planning": 2, "people": 2}},
    {"id": "eve", "current_role": "junior", "years_in_role": 1, "skills": {"coding": 2, "planning": 1}, "goals": ["analyst"]}]})"),
                             small_graph(), "inline");
  ASSERT_TRUE(team.ok()) << team.error().to_string();
  const TeamReport report = mentor_team(small_graph(), *team);
  ASSERT_EQ(report.single_points.size(), 1u);
  EXPECT_EQ(report.single_points[0].skill, kCoding);
  ASSERT_EQ(report.pairings.size(), 1u);
  EXPECT_EQ(report.pairings[0].mentor, 0u);
  EXPECT_EQ(report.pairings[0].mentee, 1u);
  EXPECT_EQ(report.pairings[0].reason, PairingReason::kSpreadKnowledge);
}

TEST(Mentor, SuccessionListsTheClosestMembersForEachTeamGoal) {
  const RoleGraph& g = small_graph();
  Team team = small_team();
  team.goals.push_back(role_index(g, "senior"));
  const TeamReport r = mentor_team(g, team);
  ASSERT_EQ(r.succession.size(), 2U);
  const Succession& lead = r.succession[0];
  EXPECT_EQ(lead.role, role_index(g, "lead"));
  EXPECT_TRUE(lead.incumbents.empty());
  ASSERT_EQ(lead.closest.size(), 3U);
  for (std::size_t i = 0; i < lead.closest.size(); ++i) {
    const SuccessionCandidate& c = lead.closest[i];
    EXPECT_DOUBLE_EQ(c.fit, skill_fit(g, team.members[c.member].skills, lead.role));
    if (i > 0) {
      EXPECT_GE(lead.closest[i - 1].fit, c.fit);
    }
    EXPECT_FALSE(c.lacking.empty());  // nobody meets lead's people 4
  }
  // ben is a senior already: an incumbent, not a successor.
  const Succession& senior = r.succession[1];
  EXPECT_EQ(senior.incumbents, std::vector<std::size_t>{kBen});
  ASSERT_EQ(senior.closest.size(), 2U);
  for (const SuccessionCandidate& c : senior.closest) EXPECT_NE(c.member, kBen);
}

TEST(Mentor, AnEmptyTeamGivesAnEmptyReport) {
  const TeamReport report = mentor_team(small_graph(), Team{.id = "nobody", .goals = {role_index(small_graph(), "lead")}});
  EXPECT_TRUE(report.members.empty());
  EXPECT_EQ(report.gaps.rows(), 0);
  EXPECT_TRUE(report.team_need.isZero());
  EXPECT_TRUE(report.training.empty() && report.single_points.empty() && report.pairings.empty());
}

TEST(Mentor, AMemberWithNowhereToGoHasNoTargetAndNoGaps) {
  // lead's only move is a step back, which zed does not accept; amy's first
  // goal is her current role, so it is reported and her second goal is used.
  auto team = load_team(testing::test_data("teams/edge-team.json"), small_graph());
  ASSERT_TRUE(team.ok()) << team.error().to_string();
  const TeamReport report = mentor_team(small_graph(), *team);
  const MemberPlan& zed = report.members[0];
  EXPECT_TRUE(zed.next_steps.empty());
  EXPECT_FALSE(zed.goal.has_value());
  EXPECT_FALSE(zed.target.has_value());
  EXPECT_TRUE(zed.focus.empty());
  EXPECT_TRUE(report.gaps.row(0).isZero());
  const MemberPlan& amy = report.members[1];
  ASSERT_EQ(amy.unreachable_goals.size(), 1u);
  EXPECT_EQ(amy.unreachable_goals[0].role, role_index(small_graph(), "junior"));
  EXPECT_EQ(amy.goal, role_index(small_graph(), "senior"));
  EXPECT_EQ(amy.goal_source, GoalSource::kOwn);
}

}  // namespace
}  // namespace careerpath
