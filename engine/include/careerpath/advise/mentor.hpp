// A mentor's view of a team: a plan for every member and the team's shared
// gaps, single points of failure and suggested pairings.
//
// Per member:
//  next steps   the recommender's top roles among the usual moves from the
//               current role (any role when there is no usual move)
//  goal         the first of the member's own goals that has a route; with
//               none, the most promising goal: the best-ranked role above the
//               current level that has a route, ranked as if the member's
//               goals were the team's goals (so roles that are, or lead to, a
//               team goal come first)
//  routes       plan_paths to the goal: the best route and alternatives
//  target       the role the member's gaps are measured against: the goal,
//               or the top next step when there is no goal
//  focus skills the skills to work on next, by
//
//      own(j)   = imp(next, j) x short(next, j) + w_goal x imp(goal, j) x short(goal, j)
//      score(j) = own(j) x (1 + w_team x team_need(j))
//
//               where `next` is the first step of the best route, short() is
//               the shortfall in levels and imp() the importance; the goal
//               term is left out when the next step is the goal. A skill the
//               member's own route does not need scores 0, so team need only
//               reorders skills that move the member forward.
//
// Team:
//  holds well   level >= strong_fraction of the scale (4 on 0-5: advanced,
//               leads others)
//  heatmap      members x skills: shortfall in levels toward each target
//  team_need(j) in [0, 1], the larger of
//                - max over team goals g of imp(g, j) x the share of members
//                  below g's required level on j
//                - 1 when j is a single point of failure (for everyone but its
//                  holder)
//  training     skills at least two members fall short on (candidates for a
//               group training): most members short first, then the larger
//               total shortfall, then skill id
//  single point a skill exactly one member holds well and that the team
//  of failure   relies on (required by a member's current role or target, or
//               by a team goal); the backup is the other member closest to it
//  pairings     for each member's focus skill, the teammate who holds it well
//               and at least one level above the member (highest level first,
//               then the one with fewer pairings so far, then id); and each
//               single point of failure's holder with its backup
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "careerpath/advise/gap.hpp"
#include "careerpath/advise/paths.hpp"
#include "careerpath/advise/recommender.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/team.hpp"

namespace careerpath {

struct MentorOptions {
  std::size_t next_steps = 3;
  std::size_t routes = 3;        // best route and alternatives per member
  std::size_t focus_skills = 3;
  std::size_t training_candidates = 5;
  double strong_fraction = 0.8;  // "holds well", as a fraction of the scale
  double goal_weight = 0.5;      // w_goal: the goal's gaps beside the next step's
  double team_weight = 1.0;      // w_team: how far team need raises a skill
  std::size_t goal_candidates = 12;  // roles tried for a suggested goal
  std::size_t successors = 3;        // closest members listed per team goal
  std::size_t successor_gaps = 3;    // skills listed as lacking per successor
};

enum class GoalSource { kNone, kOwn, kSuggested };

struct UnreachableGoal {
  std::size_t role = 0;
  std::string reason{};  // why plan_paths found no route
};

struct FocusSkill {
  std::size_t skill = 0;
  std::size_t role = 0;       // the role whose requirement sets `need`
  double have = 0.0;          // levels, on the graph's scale
  double need = 0.0;          // the level the next step or the goal requires
  double own = 0.0;           // own(j)
  double team_need = 0.0;     // team_need(j) for this member
  double team_goal_need = 0.0;  // the team-goal part of team_need
  bool single_point = false;  // the team relies on one other member for it
  double score = 0.0;
};

struct MemberPlan {
  std::vector<Recommendation> next_steps{};
  std::optional<std::size_t> goal{};
  GoalSource goal_source = GoalSource::kNone;
  std::vector<UnreachableGoal> unreachable_goals{};  // own goals with no route
  std::vector<CareerPath> routes{};                  // best first
  std::optional<std::size_t> target{};
  std::vector<FocusSkill> focus{};
};

struct SharedGap {
  std::size_t skill = 0;
  std::vector<std::size_t> members{};  // members short of it, largest shortfall first
  double total_shortfall = 0.0;        // levels
};

struct SinglePointOfFailure {
  std::size_t skill = 0;
  std::size_t holder = 0;
  double level = 0.0;
  std::optional<std::size_t> backup{};
  double backup_level = 0.0;
};

enum class PairingReason { kFocusSkill, kSpreadKnowledge };

struct Pairing {
  std::size_t mentor = 0;  // member index
  std::size_t mentee = 0;  // member index
  std::size_t skill = 0;
  double mentor_level = 0.0;
  double mentee_level = 0.0;
  PairingReason reason = PairingReason::kFocusSkill;
};

// Succession for a team goal: the members (not already in the role) whose
// skills fit it best, with what each lacks. Fit is the scorer's skill fit;
// ties by member order.
struct SuccessionCandidate {
  std::size_t member = 0;
  double fit = 0.0;
  std::vector<SkillGap> lacking{};  // largest weighted shortfall first
};

struct Succession {
  std::size_t role = 0;
  std::vector<std::size_t> incumbents{};  // members already in the role
  std::vector<SuccessionCandidate> closest{};
};

struct TeamReport {
  std::vector<MemberPlan> members{};  // parallel to Team::members
  double strong_level = 0.0;          // "holds well" threshold on the graph's scale
  Eigen::MatrixXd gaps{};             // members x skills, shortfall in levels toward each target
  std::vector<std::size_t> heatmap_skills{};  // skills with any shortfall, largest column total first
  Eigen::VectorXd team_need{};        // per skill, in [0, 1]
  std::vector<SharedGap> training{};
  std::vector<SinglePointOfFailure> single_points{};
  std::vector<Pairing> pairings{};
  std::vector<Succession> succession{};  // one per team goal, in the team's order
};

[[nodiscard]] TeamReport mentor_team(const RoleGraph& graph, const Team& team, const MentorOptions& options = {});

}  // namespace careerpath
