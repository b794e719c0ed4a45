#include "mentor/mentor_document.hpp"

#include "careerpath/report/explain.hpp"
#include "careerpath/report/time_words.hpp"
#include "text/graph_notes.hpp"
#include "args/profile_arg.hpp"

namespace careerpath::cli {
namespace {

using Eigen::Index;

Block heading(BlockKind kind, std::string text) { return {.kind = kind, .text = std::move(text)}; }
Block paragraph(std::string text) { return {.kind = BlockKind::kParagraph, .text = std::move(text)}; }
Block table(std::vector<TextTable::Column> columns, std::vector<std::vector<std::string>> rows) {
  return {.kind = BlockKind::kTable, .columns = std::move(columns), .rows = std::move(rows)};
}

std::string names(const Team& team, const std::vector<std::size_t>& members) {
  std::string out;
  for (std::size_t m : members) out += (out.empty() ? "" : ", ") + member_name(team.members[m]);
  return out;
}

std::string or_dash(const std::string& text) { return text.empty() ? "-" : text; }

std::string goal_paragraph(const MentorView& view, const MemberPlan& plan, const Profile& member) {
  const RoleGraph& g = view.graph;
  std::string out = member.goals.empty() ? "No goals of their own. " : "";
  for (const UnreachableGoal& u : plan.unreachable_goals) out += "No route to " + role_label(g, u.role) + ": " + u.reason + ". ";
  if (!plan.goal && !plan.target) {
    return out + "No goal with a route and no next step were found under the member's preferences (roles to avoid, "
                 "step backs).";
  }
  if (!plan.goal) return out + "No goal with a route was found; the gaps below are toward the top next step.";
  out += "Goal: " + role_label(g, *plan.goal) + ", " + goal_source_text(plan.goal_source) + ".";
  if (plan.goal_source == GoalSource::kSuggested) {
    out += member.goals.empty()
               ? " (The best-ranked role above the current level that has a route, ranked with the team's goals.)"
               : " (No own goal has a route, so this is the best-ranked role above the current level that does, "
                 "ranked with the team's goals.)";
  }
  if (!plan.routes.empty()) {
    const CareerPath& best = plan.routes.front();
    out += " Best route: " + route_text(g, best) + ", " + route_years_words(best) + ".";
  }
  return out;
}

void add_routes(const MentorView& view, const MemberPlan& plan, std::vector<Block>& doc) {
  const RoleGraph& g = view.graph;
  if (plan.routes.empty()) return;
  std::vector<std::vector<std::string>> rows;
  const CareerPath& best = plan.routes.front();
  for (std::size_t i = 0; i < best.steps.size(); ++i) {
    const PathStep& s = best.steps[i];
    rows.push_back({std::to_string(i + 1), role_label(g, s.to), std::string(to_string(s.kind)), years_range(s.years),
                    or_dash(describe_gaps(g, s.skills_to_build))});
  }
  doc.push_back(heading(BlockKind::kSubheading, "Best route"));
  doc.push_back(table({{"#", Align::kRight}, {"move to"}, {"kind"}, {"years (p10-p90)", Align::kRight}, {"skills to build"}},
                      std::move(rows)));
  if (plan.routes.size() < 2) return;
  Block alternatives{.kind = BlockKind::kList};
  for (std::size_t i = 1; i < plan.routes.size(); ++i) {
    alternatives.items.push_back("Alternative " + std::to_string(i) + ": " + route_text(g, plan.routes[i]) + ", " +
                                 route_years_words(plan.routes[i]));
  }
  doc.push_back(std::move(alternatives));
}

void add_next_steps(const MentorView& view, const MemberPlan& plan, std::vector<Block>& doc) {
  const RoleGraph& g = view.graph;
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < plan.next_steps.size(); ++i) {
    const Recommendation& r = plan.next_steps[i];
    std::string move = "-";
    if (r.transition) {
      const Transition& t = g.transition(*r.transition);
      move = std::string(to_string(t.kind)) + ", " + percent(t.rate) + "/y";
    }
    rows.push_back({std::to_string(i + 1), role_label(g, r.role), fixed(r.score, 2), percent(r.components.fit), move,
                    or_dash(describe_gaps(g, r.top_gaps))});
  }
  doc.push_back(heading(BlockKind::kSubheading, "Next steps"));
  if (rows.empty()) {
    doc.push_back(paragraph("No role to recommend."));
    return;
  }
  doc.push_back(table({{"#", Align::kRight}, {"role"}, {"score", Align::kRight}, {"fit", Align::kRight}, {"usual move"},
                       {"skills to build"}},
                      std::move(rows)));
}

void add_focus(const MentorView& view, const MemberPlan& plan, std::vector<Block>& doc) {
  const RoleGraph& g = view.graph;
  doc.push_back(heading(BlockKind::kSubheading, "Skills to work on next"));
  if (plan.focus.empty()) {
    doc.push_back(paragraph(plan.target ? "None: the member already meets what the next step and the goal require."
                                        : "None: there is no next step or goal to measure against."));
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const FocusSkill& f : plan.focus) {
    rows.push_back({g.skills()[f.skill].name, level_text(f.have), level_text(f.need), g.role(f.role).id,
                    focus_team_note(f)});
  }
  doc.push_back(table({{"skill"}, {"has", Align::kRight}, {"needs", Align::kRight}, {"for"}, {"team need"}}, std::move(rows)));
}

Block heatmap(const MentorView& view) {
  const RoleGraph& g = view.graph;
  Block block{.kind = BlockKind::kHeatmap,
              .text = "Skill gaps: levels each member is short of their goal"};
  block.columns.push_back({"skill"});
  for (const Profile& p : view.team.members) block.columns.push_back({p.id, Align::kRight});
  block.columns.push_back({"total", Align::kRight});
  for (std::size_t s : view.report.heatmap_skills) {
    std::vector<std::string> row{g.skills()[s].name};
    for (std::size_t m = 0; m < view.team.members.size(); ++m) {
      const double gap = view.report.gaps(static_cast<Index>(m), static_cast<Index>(s));
      row.push_back(gap > 0.0 ? level_text(gap) : "-");
    }
    row.push_back(level_text(view.report.gaps.col(static_cast<Index>(s)).sum()));
    block.rows.push_back(std::move(row));
  }
  return block;
}

void add_team_sections(const MentorView& view, std::vector<Block>& doc) {
  const RoleGraph& g = view.graph;
  const Team& team = view.team;
  doc.push_back(heading(BlockKind::kSection, "Team"));
  if (view.report.heatmap_skills.empty()) {
    doc.push_back(paragraph("No member has a skill gap toward their goal."));
  } else {
    doc.push_back(heatmap(view));
  }

  for (const Succession& s : view.report.succession) {
    doc.push_back(heading(BlockKind::kSubheading, "Succession for " + role_label(g, s.role) +
                                                      " (the members whose skills fit it best)"));
    std::vector<std::vector<std::string>> people;
    for (const SuccessionCandidate& c : s.closest) {
      people.push_back({member_name(team.members[c.member]), role_label(g, team.members[c.member].current_role),
                        fixed(100.0 * c.fit, 0) + "%", or_dash(describe_gaps(g, c.lacking))});
    }
    std::string held = s.incumbents.empty() ? "" : "Already in the role: " + names(team, s.incumbents) + ". ";
    if (people.empty()) {
      doc.push_back(paragraph(held + "No other member to grow into it."));
      continue;
    }
    if (!held.empty()) doc.push_back(paragraph(held));
    doc.push_back(table({{"member"}, {"now"}, {"fit", Align::kRight}, {"lacks most"}}, std::move(people)));
  }

  doc.push_back(heading(BlockKind::kSubheading, "Group training candidates (skills two or more members lack)"));
  std::vector<std::vector<std::string>> rows;
  for (const SharedGap& gap : view.report.training) {
    rows.push_back({g.skills()[gap.skill].name, std::to_string(gap.members.size()), level_text(gap.total_shortfall),
                    names(team, gap.members)});
  }
  doc.push_back(rows.empty() ? paragraph("None: no skill is lacked by two or more members.")
                             : table({{"skill"}, {"members", Align::kRight}, {"levels short", Align::kRight}, {"who"}},
                                     std::move(rows)));

  doc.push_back(heading(BlockKind::kSubheading, "Single points of failure (skills only one member holds well)"));
  rows.clear();
  for (const SinglePointOfFailure& s : view.report.single_points) {
    rows.push_back({g.skills()[s.skill].name, member_name(team.members[s.holder]), level_text(s.level),
                    s.backup ? member_name(team.members[*s.backup]) + " (" + level_text(s.backup_level) + ")" : "-"});
  }
  doc.push_back(rows.empty() ? paragraph("None: every skill the team relies on is held well by two or more members, "
                                         "or by none.")
                             : table({{"skill"}, {"held well by"}, {"level", Align::kRight}, {"closest backup"}},
                                     std::move(rows)));

  doc.push_back(heading(BlockKind::kSubheading, "Suggested pairings"));
  rows.clear();
  for (const Pairing& p : view.report.pairings) {
    rows.push_back({member_name(team.members[p.mentor]), member_name(team.members[p.mentee]), g.skills()[p.skill].name,
                    level_text(p.mentor_level) + " -> " + level_text(p.mentee_level),
                    p.reason == PairingReason::kFocusSkill ? "mentee works on it next" : "spreads a single point of failure"});
  }
  doc.push_back(rows.empty() ? paragraph("None: no member holds well a skill another is working on.")
                             : table({{"mentor"}, {"mentee"}, {"skill"}, {"levels"}, {"why"}}, std::move(rows)));
}

void add_method(const MentorView& view, std::vector<Block>& doc) {
  doc.push_back(heading(BlockKind::kSection, "How to read this"));
  doc.push_back(paragraph(method_note(view)));
  const std::string note = attribution_footer(view.graph);
  if (!note.empty()) doc.push_back(paragraph(note.substr(1, note.size() - 2)));
}

}  // namespace

std::vector<Block> mentor_document(const MentorView& view) {
  const RoleGraph& g = view.graph;
  const Team& team = view.team;
  std::vector<Block> doc;
  doc.push_back(heading(BlockKind::kTitle, "Mentoring plan: " + team_title(team)));
  std::string intro = team.mentor.empty() ? "" : "Mentor: " + team.mentor + ". ";
  intro += std::to_string(team.members.size()) + (team.members.size() == 1 ? " member" : " members") + " on the '" +
           g.name() + "' role graph.";
  if (!team.goals.empty()) {
    std::string goals;
    for (std::size_t r : team.goals) goals += (goals.empty() ? "" : ", ") + role_label(g, r);
    intro += " The team needs people to grow into: " + goals + ".";
  }
  doc.push_back(paragraph(intro));
  add_team_sections(view, doc);

  doc.push_back(heading(BlockKind::kSection, "Members"));
  for (std::size_t m = 0; m < team.members.size(); ++m) {
    const MemberPlan& plan = view.report.members[m];
    doc.push_back({.kind = BlockKind::kMember, .text = person_line(g, team.members[m]), .member = m});
    doc.push_back(paragraph(goal_paragraph(view, plan, team.members[m])));
    if (!plan.routes.empty()) doc.push_back({.kind = BlockKind::kRoutePicture, .member = m});
    add_focus(view, plan, doc);
    add_routes(view, plan, doc);
    add_next_steps(view, plan, doc);
  }
  add_method(view, doc);
  return doc;
}

}  // namespace careerpath::cli
