// The one resolver that turns names into roles and skills, for every front
// end (command-line arguments, profiles, teams, scenarios, goals, the API).
//
// A role may be named by its id, its title or one of its aliases, in any
// case; a job title the graph does not list is looked up by its words
// (title_search.hpp). A skill may be named by its id or its name, in any case,
// with spaces, '_' or '&' for the id's '-' ("System design", "system_design").
//
// Every lookup returns all candidates, best first, with a score in (0, 1]
// and how each matched, and one judgement of the whole:
//
//   kExact      the id, or a name exactly one role (skill) has: taken.
//   kLikely     the best candidate is clearly ahead (a title where the others
//               only share it as an alias, or a close word match well ahead
//               of the next): taken, and the caller shows resolution_note().
//   kAmbiguous  several candidates are about as good: refused, and
//               resolution_error() lists them best first with their ids.
//   kWeak       only loose matches: refused the same way.
//   kNone       nothing alike: refused, with the closest spellings if any.
//
// Skills are only ever taken on an exact match (kExact): a level given to
// the wrong skill would silently change every answer.
//
// How candidates are scored is private to resolver.cpp and title_search.cpp;
// the judgement is made in one place (judge() in resolver.cpp) from those
// scores, so that better title scoring (for O*NET's reported titles, say)
// changes what is taken without touching any caller.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/skill_space.hpp"

namespace careerpath {

enum class MatchKind {
  kId,       // the id itself
  kName,     // a role's title or a skill's name, ignoring case
  kAlias,    // one of a role's aliases, ignoring case
  kWords,    // shares words with a title, alias or name
  kSpelling  // a close spelling of an id, title or name (a typo)
};

enum class Confidence { kExact, kLikely, kAmbiguous, kWeak, kNone };

struct Candidate {
  std::size_t index = 0;      // role or skill index
  double score = 0.0;         // in (0, 1]; 1 for an id or an exact name
  MatchKind kind = MatchKind::kId;
  std::string matched{};      // the id, title, alias or name that matched
};

struct Resolution {
  std::string query{};
  Confidence confidence = Confidence::kNone;
  std::vector<Candidate> candidates{};  // best first; at most a handful

  // Whether the first candidate is taken (kExact or kLikely).
  [[nodiscard]] bool accepted() const noexcept {
    return confidence == Confidence::kExact || confidence == Confidence::kLikely;
  }
  // The chosen index; std::nullopt unless accepted().
  [[nodiscard]] std::optional<std::size_t> chosen() const {
    if (!accepted()) return std::nullopt;
    return candidates.front().index;
  }
};

[[nodiscard]] Resolution resolve_role(const RoleGraph& graph, std::string_view name);
[[nodiscard]] Resolution resolve_skill(const SkillSpace& space, std::string_view name);

// For a role taken as kLikely: "'PM lead' taken as Senior Product Manager
// (senior-product-manager) by its alias 'Lead Product Manager'; other
// candidates: ...". Empty for kExact.
[[nodiscard]] std::string resolution_note(const RoleGraph& graph, const Resolution& r);

// For a refused name: "unknown role 'x'; did you mean ...?", or "role 'PM' is
// ambiguous: ...; name it by id". Candidates are listed best first as
// 'Title' (id). Precondition: !r.accepted().
[[nodiscard]] std::string resolution_error(const RoleGraph& graph, const Resolution& r);
[[nodiscard]] std::string resolution_error(const SkillSpace& space, const Resolution& r);

}  // namespace careerpath
