#include "careerpath/advise/mentor.hpp"

#include <algorithm>
#include <numeric>

#include "careerpath/advise/scorer.hpp"

namespace careerpath {
namespace {

using Eigen::Index;

// Levels are compared on the normalised scale; this absorbs the rounding of
// (level - min) / span so that a stated 4 counts as 4.
constexpr double kEpsilon = 1e-9;

Index ix(std::size_t i) { return static_cast<Index>(i); }

// Members' skills, one row each, normalised to [0, 1].
Eigen::MatrixXd skill_matrix(const RoleGraph& graph, const Team& team) {
  Eigen::MatrixXd levels(ix(team.members.size()), ix(graph.skill_count()));
  for (std::size_t m = 0; m < team.members.size(); ++m) levels.row(ix(m)) = team.members[m].skills.transpose();
  return levels;
}

// Shortfall in levels (graph scale) of `skills` against a role, on the skills
// the role weighs (importance above 0). Rounded to 1e-9 levels so that equal
// gaps stated in a file compare equal after the trip through [0, 1], and ties
// fall to the documented tie-breaks rather than to rounding noise.
Eigen::VectorXd shortfall_to(const RoleGraph& graph, const Eigen::VectorXd& skills, std::size_t role) {
  const auto need = graph.requirements().row(ix(role)).transpose().array();
  const auto weighed = (graph.importance().row(ix(role)).transpose().array() > 0.0).cast<double>();
  const Eigen::ArrayXd levels = (need - skills.array()).max(0.0) * weighed * graph.skills().scale().span();
  return ((levels * 1e9).round() / 1e9).matrix();
}

Eigen::VectorXd importance_of(const RoleGraph& graph, std::size_t role) {
  return graph.importance().row(ix(role)).transpose();
}

// Alternatives whose median is beyond a career stage are not advice: only the
// best route is kept whatever its length (flagged as such).
std::vector<CareerPath> advice_only(std::vector<CareerPath> routes) {
  if (routes.size() > 1) {
    routes.erase(std::remove_if(routes.begin() + 1, routes.end(), [](const CareerPath& p) { return p.beyond_career_stage; }),
                 routes.end());
  }
  return routes;
}

void choose_goal(const RoleGraph& graph, const Recommender& recommender, const Team& team, const Profile& person,
                 const MentorOptions& options, MemberPlan& plan) {
  const PathOptions path_options{.k = std::max<std::size_t>(1, options.routes)};
  for (std::size_t goal : person.goals) {
    auto routes = plan_paths(graph, person, goal, path_options);
    if (!routes) {
      plan.unreachable_goals.push_back({.role = goal, .reason = routes.error().message});
      continue;
    }
    plan.goal = goal;
    plan.goal_source = GoalSource::kOwn;
    plan.routes = advice_only(std::move(routes).value());
    return;
  }
  // No own goal with a route: rank roles as if the member shared the team's
  // goals, and take the best one above the current level that has a route.
  Profile hopeful = person;
  hopeful.goals = team.goals;
  std::erase(hopeful.goals, person.current_role);
  const int level = graph.role(person.current_role).level;
  std::size_t tried = 0;
  for (const Recommendation& r : recommender.recommend(hopeful, {.top = graph.role_count(), .gaps_per_role = 0})) {
    if (graph.role(r.role).level <= level) continue;
    if (std::find(person.goals.begin(), person.goals.end(), r.role) != person.goals.end()) continue;
    if (tried++ == options.goal_candidates) break;
    auto routes = plan_paths(graph, person, r.role, path_options);
    if (!routes) continue;
    plan.goal = r.role;
    plan.goal_source = GoalSource::kSuggested;
    plan.routes = advice_only(std::move(routes).value());
    return;
  }
}

MemberPlan plan_member(const RoleGraph& graph, const Recommender& recommender, const Team& team, const Profile& person,
                       const MentorOptions& options) {
  MemberPlan plan;
  plan.next_steps = recommender.recommend(person, {.top = options.next_steps, .direct_moves_only = true});
  if (plan.next_steps.empty()) plan.next_steps = recommender.recommend(person, {.top = options.next_steps});
  choose_goal(graph, recommender, team, person, options, plan);
  if (plan.goal) {
    plan.target = plan.goal;
  } else if (!plan.next_steps.empty()) {
    plan.target = plan.next_steps.front().role;
  }
  return plan;
}

// Per skill: whether any member's current role or target, or a team goal,
// weighs it. Only such skills can be single points of failure.
std::vector<bool> skills_relied_on(const RoleGraph& graph, const Team& team, const std::vector<MemberPlan>& plans) {
  std::vector<bool> relied(graph.skill_count(), false);
  auto mark = [&](std::size_t role) {
    for (std::size_t s = 0; s < graph.skill_count(); ++s) relied[s] = relied[s] || graph.importance()(ix(role), ix(s)) > 0.0;
  };
  for (std::size_t m = 0; m < team.members.size(); ++m) {
    mark(team.members[m].current_role);
    if (plans[m].target) mark(*plans[m].target);
  }
  for (std::size_t g : team.goals) mark(g);
  return relied;
}

// The team-goal part of team need: max over team goals of importance times
// the share of members below the goal's required level.
Eigen::VectorXd team_goal_need(const RoleGraph& graph, const Team& team, const Eigen::MatrixXd& levels) {
  Eigen::VectorXd need = Eigen::VectorXd::Zero(ix(graph.skill_count()));
  const double members = static_cast<double>(team.members.size());
  for (std::size_t g : team.goals) {
    const Eigen::RowVectorXd required = graph.requirements().row(ix(g));
    const Eigen::MatrixXd short_of = (levels.array() < (required.array() - kEpsilon).replicate(levels.rows(), 1)).cast<double>();
    const Eigen::RowVectorXd below = short_of.colwise().sum() / members;
    need = need.cwiseMax(importance_of(graph, g).cwiseProduct(below.transpose()));
  }
  return need;
}

std::vector<FocusSkill> focus_skills(const RoleGraph& graph, const TeamReport& report, std::size_t m,
                                     const Profile& person, const Eigen::VectorXd& goal_need,
                                     const MentorOptions& options) {
  const MemberPlan& plan = report.members[m];
  if (!plan.target) return {};
  const std::size_t next = plan.routes.empty() ? *plan.target : plan.routes.front().steps.front().to;
  const Scale& scale = graph.skills().scale();

  Eigen::VectorXd own = importance_of(graph, next).cwiseProduct(shortfall_to(graph, person.skills, next));
  Eigen::VectorXd need = graph.requirements().row(ix(next)).transpose();
  std::vector<std::size_t> need_role(graph.skill_count(), next);
  if (plan.goal && *plan.goal != next) {
    const std::size_t goal = *plan.goal;
    own += options.goal_weight * importance_of(graph, goal).cwiseProduct(shortfall_to(graph, person.skills, goal));
    for (std::size_t s = 0; s < graph.skill_count(); ++s) {
      if (graph.requirements()(ix(goal), ix(s)) > need(ix(s))) {
        need(ix(s)) = graph.requirements()(ix(goal), ix(s));
        need_role[s] = goal;
      }
    }
  }

  std::vector<FocusSkill> focus;
  for (std::size_t s = 0; s < graph.skill_count(); ++s) {
    const Index j = ix(s);
    if (own(j) <= kEpsilon) continue;
    FocusSkill f;
    f.skill = s;
    f.role = need_role[s];
    f.have = scale.denormalise(person.skills(j));
    f.need = scale.denormalise(need(j));
    f.own = own(j);
    f.team_goal_need = goal_need(j);
    for (const SinglePointOfFailure& spof : report.single_points) {
      f.single_point = f.single_point || (spof.skill == s && spof.holder != m);
    }
    f.team_need = std::max(f.team_goal_need, f.single_point ? 1.0 : 0.0);
    f.score = f.own * (1.0 + options.team_weight * f.team_need);
    focus.push_back(f);
  }
  const SkillSpace& space = graph.skills();
  std::sort(focus.begin(), focus.end(), [&](const FocusSkill& a, const FocusSkill& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.own != b.own) return a.own > b.own;
    return space[a.skill].id < space[b.skill].id;
  });
  if (focus.size() > options.focus_skills) focus.resize(options.focus_skills);
  return focus;
}

std::vector<SinglePointOfFailure> single_points(const RoleGraph& graph, const Team& team, const Eigen::MatrixXd& levels,
                                                const std::vector<bool>& relied, double strong) {
  std::vector<SinglePointOfFailure> found;
  const Scale& scale = graph.skills().scale();
  for (std::size_t s = 0; s < graph.skill_count(); ++s) {
    const auto column = levels.col(ix(s));
    if (!relied[s] || (column.array() >= strong - kEpsilon).count() != 1) continue;
    Index holder = 0;
    column.maxCoeff(&holder);
    SinglePointOfFailure spof{.skill = s, .holder = static_cast<std::size_t>(holder), .level = scale.denormalise(column(holder))};
    for (std::size_t m = 0; m < team.members.size(); ++m) {
      if (m == spof.holder || column(ix(m)) <= 0.0) continue;
      const bool better = !spof.backup || column(ix(m)) > column(ix(*spof.backup)) ||
                          (column(ix(m)) == column(ix(*spof.backup)) && team.members[m].id < team.members[*spof.backup].id);
      if (better) spof.backup = m;
    }
    if (spof.backup) spof.backup_level = scale.denormalise(column(ix(*spof.backup)));
    found.push_back(spof);
  }
  return found;
}

std::vector<SharedGap> shared_gaps(const RoleGraph& graph, const Team& team, const Eigen::MatrixXd& gaps,
                                   std::size_t limit) {
  std::vector<SharedGap> shared;
  for (std::size_t s = 0; s < graph.skill_count(); ++s) {
    SharedGap gap{.skill = s};
    for (std::size_t m = 0; m < team.members.size(); ++m) {
      if (gaps(ix(m), ix(s)) > kEpsilon) gap.members.push_back(m);
    }
    if (gap.members.size() < 2) continue;
    std::sort(gap.members.begin(), gap.members.end(), [&](std::size_t a, std::size_t b) {
      if (gaps(ix(a), ix(s)) != gaps(ix(b), ix(s))) return gaps(ix(a), ix(s)) > gaps(ix(b), ix(s));
      return team.members[a].id < team.members[b].id;
    });
    gap.total_shortfall = gaps.col(ix(s)).sum();
    shared.push_back(std::move(gap));
  }
  const SkillSpace& space = graph.skills();
  std::sort(shared.begin(), shared.end(), [&](const SharedGap& a, const SharedGap& b) {
    if (a.members.size() != b.members.size()) return a.members.size() > b.members.size();
    if (a.total_shortfall != b.total_shortfall) return a.total_shortfall > b.total_shortfall;
    return space[a.skill].id < space[b.skill].id;
  });
  if (shared.size() > limit) shared.resize(limit);
  return shared;
}

std::vector<Pairing> pairings(const RoleGraph& graph, const Team& team, const TeamReport& report,
                              const Eigen::MatrixXd& levels, double strong) {
  const Scale& scale = graph.skills().scale();
  const double one_level = 1.0 / scale.span();
  std::vector<std::size_t> load(team.members.size(), 0);  // pairings each member already mentors
  std::vector<Pairing> found;
  auto add = [&](std::size_t mentor, std::size_t mentee, std::size_t skill, PairingReason reason) {
    for (const Pairing& p : found) {
      if (p.mentor == mentor && p.mentee == mentee && p.skill == skill) return;
    }
    ++load[mentor];
    found.push_back({.mentor = mentor, .mentee = mentee, .skill = skill,
                     .mentor_level = scale.denormalise(levels(ix(mentor), ix(skill))),
                     .mentee_level = scale.denormalise(levels(ix(mentee), ix(skill))), .reason = reason});
  };
  for (std::size_t mentee = 0; mentee < team.members.size(); ++mentee) {
    for (const FocusSkill& f : report.members[mentee].focus) {
      const Index j = ix(f.skill);
      std::optional<std::size_t> best;
      for (std::size_t c = 0; c < team.members.size(); ++c) {
        const double level = levels(ix(c), j);
        if (c == mentee || level < strong - kEpsilon || level - levels(ix(mentee), j) < one_level - kEpsilon) continue;
        if (!best) {
          best = c;
          continue;
        }
        const double best_level = levels(ix(*best), j);
        if (level != best_level) {
          if (level > best_level) best = c;
        } else if (load[c] != load[*best]) {
          if (load[c] < load[*best]) best = c;
        } else if (team.members[c].id < team.members[*best].id) {
          best = c;
        }
      }
      if (best) add(*best, mentee, f.skill, PairingReason::kFocusSkill);
    }
  }
  for (const SinglePointOfFailure& spof : report.single_points) {
    if (spof.backup) add(spof.holder, *spof.backup, spof.skill, PairingReason::kSpreadKnowledge);
  }
  return found;
}

}  // namespace

std::vector<Succession> succession(const RoleGraph& graph, const Team& team, const MentorOptions& options) {
  std::vector<Succession> out;
  for (std::size_t goal : team.goals) {
    Succession s{.role = goal};
    std::vector<SuccessionCandidate> all;
    for (std::size_t m = 0; m < team.members.size(); ++m) {
      const Profile& p = team.members[m];
      if (p.current_role == goal) {
        s.incumbents.push_back(m);
        continue;
      }
      all.push_back({m, skill_fit(graph, p.skills, goal), top_gaps(graph, p.skills, goal, options.successor_gaps)});
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.fit > b.fit; });
    if (all.size() > options.successors) all.resize(options.successors);
    s.closest = std::move(all);
    out.push_back(std::move(s));
  }
  return out;
}

TeamReport mentor_team(const RoleGraph& graph, const Team& team, const MentorOptions& options) {
  TeamReport report;
  const Scale& scale = graph.skills().scale();
  const double strong = options.strong_fraction;
  report.strong_level = scale.denormalise(strong);
  report.team_need = Eigen::VectorXd::Zero(static_cast<Index>(graph.skill_count()));
  report.gaps = Eigen::MatrixXd::Zero(0, static_cast<Index>(graph.skill_count()));
  if (team.members.empty()) return report;  // loaders never give one, but callers may build a Team by hand
  const Recommender recommender(graph);
  for (const Profile& person : team.members) report.members.push_back(plan_member(graph, recommender, team, person, options));

  const Eigen::MatrixXd levels = skill_matrix(graph, team);
  report.gaps = Eigen::MatrixXd::Zero(levels.rows(), levels.cols());
  for (std::size_t m = 0; m < team.members.size(); ++m) {
    if (auto target = report.members[m].target) report.gaps.row(ix(m)) = shortfall_to(graph, team.members[m].skills, *target).transpose();
  }
  const Eigen::VectorXd column_total = report.gaps.colwise().sum().transpose();
  for (std::size_t s = 0; s < graph.skill_count(); ++s) {
    if (column_total(ix(s)) > kEpsilon) report.heatmap_skills.push_back(s);
  }
  std::sort(report.heatmap_skills.begin(), report.heatmap_skills.end(), [&](std::size_t a, std::size_t b) {
    if (column_total(ix(a)) != column_total(ix(b))) return column_total(ix(a)) > column_total(ix(b));
    return graph.skills()[a].id < graph.skills()[b].id;
  });

  report.single_points = single_points(graph, team, levels, skills_relied_on(graph, team, report.members), strong);
  const Eigen::VectorXd goal_need = team_goal_need(graph, team, levels);
  report.team_need = goal_need;
  for (const SinglePointOfFailure& spof : report.single_points) report.team_need(ix(spof.skill)) = 1.0;
  for (std::size_t m = 0; m < team.members.size(); ++m) {
    report.members[m].focus = focus_skills(graph, report, m, team.members[m], goal_need, options);
  }
  report.training = shared_gaps(graph, team, report.gaps, options.training_candidates);
  report.pairings = pairings(graph, team, report, levels, strong);
  report.succession = succession(graph, team, options);
  return report;
}

}  // namespace careerpath
