#include "careerpath/model/resolver.hpp"

#include <algorithm>
#include <cctype>

#include "careerpath/model/title_search.hpp"
#include "careerpath/util/limits.hpp"
#include "careerpath/util/text_match.hpp"
#include "careerpath/util/unknown_name.hpp"
#include "util/feature_similarity.hpp"

namespace careerpath {
namespace {

constexpr std::size_t kMaxCandidates = 5;
// A word match is taken when the name it matched has every word of the
// query, its cosine reaches kConfidentWords and it leads the next candidate
// by kClearLead. A name sharing only some of the query's words ("Owner" for
// "Product Owner") is a guess, not an answer, however rare the shared word.
constexpr double kConfidentWords = 0.75;
constexpr double kClearLead = 0.05;

// A typo's closeness: 1 for the same text, falling with the edit distance;
// std::nullopt where closest_matches would not suggest it.
std::optional<double> spelling_score(std::string_view query, std::string_view name) {
  const std::optional<std::size_t> d = spelling_distance(query, name);
  if (!d) return std::nullopt;
  return 1.0 - static_cast<double>(*d) / static_cast<double>(std::max<std::size_t>({query.size(), name.size(), 1}));
}

// Adds a candidate, or keeps the better of two matches of the same index
// (a typo of an id beats a loose word match of the same role's title).
void add_candidate(std::vector<Candidate>& list, Candidate c) {
  const auto it = std::find_if(list.begin(), list.end(), [&](const Candidate& x) { return x.index == c.index; });
  if (it == list.end()) {
    list.push_back(std::move(c));
  } else if (c.score > it->score) {
    *it = std::move(c);
  }
}

// Best first, at most kMaxCandidates, and none far behind the best: next to
// a near-exact spelling, a name sharing one word is noise.
void sort_and_trim(std::vector<Candidate>& list) {
  constexpr double kWithinBest = 0.6;
  std::stable_sort(list.begin(), list.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  if (!list.empty()) {
    const double floor = list.front().score * kWithinBest;
    std::erase_if(list, [&](const Candidate& c) { return c.score < floor; });
  }
  if (list.size() > kMaxCandidates) list.resize(kMaxCandidates);
}

std::vector<std::string> word_set(std::string_view text) {
  std::vector<std::string> words = title_words(text);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// Whether `name` has every word of `query` (after title_words' folding).
bool has_every_word(std::string_view query, std::string_view name) {
  const std::vector<std::string> wanted = word_set(query);
  const std::vector<std::string> offered = word_set(name);
  return std::includes(offered.begin(), offered.end(), wanted.begin(), wanted.end());
}

// The judgement, in one place. Exact candidates (id, name, alias) come
// first when there are any; otherwise words and spellings, best first.
Confidence judge(const std::string& query, const std::vector<Candidate>& candidates) {
  if (candidates.empty()) return Confidence::kNone;
  const Candidate& best = candidates.front();
  const bool exact = best.kind != MatchKind::kWords && best.kind != MatchKind::kSpelling;
  if (exact) {
    if (candidates.size() == 1) return Confidence::kExact;
    // A role's own title outranks the same words used as another's alias.
    return best.kind < candidates[1].kind ? Confidence::kLikely : Confidence::kAmbiguous;
  }
  if (best.kind == MatchKind::kSpelling) return Confidence::kNone;
  if (best.score < kConfidentWords) return Confidence::kWeak;
  const bool clear = candidates.size() == 1 || candidates[1].kind == MatchKind::kSpelling ||
                     best.score - candidates[1].score >= kClearLead;
  return clear && has_every_word(query, best.matched) ? Confidence::kLikely : Confidence::kAmbiguous;
}

// Roles whose id, title or alias is the query ignoring case, in the graph's
// order (id, title, aliases in their listed order).
std::vector<Candidate> roles_by_name(const RoleGraph& graph, std::string_view name) {
  const std::string folded = fold_case(name);
  std::vector<Candidate> out;
  for (std::size_t r : graph.roles_named(name)) {
    const Role& role = graph.role(r);
    if (fold_case(role.id) == folded) {
      out.push_back({.index = r, .score = 1.0, .kind = MatchKind::kId, .matched = role.id});
    } else if (fold_case(role.title) == folded) {
      out.push_back({.index = r, .score = 1.0, .kind = MatchKind::kName, .matched = role.title});
    } else {
      const auto alias = std::find_if(role.aliases.begin(), role.aliases.end(),
                                      [&](const std::string& a) { return fold_case(a) == folded; });
      out.push_back({.index = r, .score = 1.0, .kind = MatchKind::kAlias, .matched = *alias});
    }
  }
  return out;
}

// Closest spellings among role ids and titles (aliases are many on O*NET
// and are found by words instead).
void add_role_spellings(const RoleGraph& graph, std::string_view name, std::vector<Candidate>& out) {
  for (std::size_t r = 0; r < graph.role_count(); ++r) {
    const Role& role = graph.role(r);
    for (const std::string* text : {&role.id, &role.title}) {
      if (auto s = spelling_score(name, *text)) {
        add_candidate(out, {.index = r, .score = *s, .kind = MatchKind::kSpelling, .matched = *text});
      }
    }
  }
}

// 'Title' (id), or 'id' when the id itself is what was (mis)spelt.
Suggestion suggestion(const Candidate& c, const std::string& id, const std::string& name) {
  if (c.kind == MatchKind::kSpelling && c.matched == id) return {.name = id};
  return {.name = name, .code = id};
}

std::vector<Suggestion> role_suggestions(const RoleGraph& graph, const std::vector<Candidate>& candidates, std::size_t from) {
  std::vector<Suggestion> out;
  for (std::size_t i = from; i < candidates.size(); ++i) {
    const Role& role = graph.role(candidates[i].index);
    out.push_back(suggestion(candidates[i], role.id, role.title));
  }
  return out;
}

std::vector<Suggestion> skill_suggestions(const SkillSpace& space, const std::vector<Candidate>& candidates) {
  std::vector<Suggestion> out;
  for (const Candidate& c : candidates) out.push_back(suggestion(c, space[c.index].id, space[c.index].name));
  return out;
}

// No id or title is that long, and comparing a runaway name with every
// candidate would cost name x candidates: it is refused before any search.
bool too_long(std::string_view name) { return name.size() > limits::kMaxNameBytes; }

std::string refusal(std::string_view what, const Resolution& r, const std::vector<Suggestion>& suggestions,
                    std::string_view if_none) {
  if (too_long(r.query)) {
    return "a " + std::string(what) + " name of " + std::to_string(r.query.size()) + " bytes is longer than the limit of " +
           std::to_string(limits::kMaxNameBytes);
  }
  if (r.confidence == Confidence::kAmbiguous) {
    return std::string(what) + " '" + r.query + "' is ambiguous: it could be " + listed_suggestions(suggestions) +
           "; name one by its id";
  }
  return unknown_name_with_codes(what, r.query, suggestions, if_none);
}

}  // namespace

Resolution resolve_role(const RoleGraph& graph, std::string_view name) {
  Resolution r{.query = std::string(name)};
  if (too_long(name)) return r;
  if (auto id = graph.find_role(name)) {
    r.confidence = Confidence::kExact;
    r.candidates.push_back({.index = *id, .score = 1.0, .kind = MatchKind::kId, .matched = graph.role(*id).id});
    return r;
  }
  r.candidates = roles_by_name(graph, name);
  if (r.candidates.empty()) {
    // Not a name the graph lists: titles sharing its words, weighted by
    // rarity ("Technical Program Manager" finds "IT Program Manager").
    for (const TitleMatch& m : search_titles(graph, name, kMaxCandidates)) {
      r.candidates.push_back({.index = m.role, .score = m.score, .kind = MatchKind::kWords, .matched = m.name});
    }
    const bool confident_words = !r.candidates.empty() && r.candidates.front().score >= kConfidentWords;
    if (!confident_words) {
      // Typos: a close spelling ranks by its own score among the word matches.
      add_role_spellings(graph, name, r.candidates);
      sort_and_trim(r.candidates);
    }
  }
  if (r.candidates.size() > kMaxCandidates) r.candidates.resize(kMaxCandidates);
  r.confidence = judge(r.query, r.candidates);
  return r;
}

Resolution resolve_skill(const SkillSpace& space, std::string_view name) {
  Resolution r{.query = std::string(name)};
  if (too_long(name)) return r;
  if (auto id = space.find(name)) {
    r.confidence = Confidence::kExact;
    r.candidates.push_back({.index = *id, .score = 1.0, .kind = MatchKind::kId, .matched = space[*id].id});
    return r;
  }
  const std::string slug = slug_of(name);
  for (std::size_t s = 0; s < space.size() && !slug.empty(); ++s) {
    const Skill& skill = space[s];
    if (slug == skill.id) {
      r.candidates.push_back({.index = s, .score = 1.0, .kind = MatchKind::kId, .matched = skill.id});
    } else if (slug == slug_of(skill.name)) {
      r.candidates.push_back({.index = s, .score = 1.0, .kind = MatchKind::kName, .matched = skill.name});
    }
  }
  if (r.candidates.empty()) {
    // Suggestions only: names sharing words, then close spellings.
    const std::vector<std::string> query_words = word_set(name);
    for (std::size_t s = 0; s < space.size() && !query_words.empty(); ++s) {
      const std::vector<std::string> words = word_set(space[s].name);
      std::size_t shared = 0;
      for (const std::string& w : words) shared += std::binary_search(query_words.begin(), query_words.end(), w) ? 1 : 0;
      if (shared == 0) continue;
      const double score = static_cast<double>(shared) / static_cast<double>(std::max(words.size(), query_words.size()));
      r.candidates.push_back({.index = s, .score = score, .kind = MatchKind::kWords, .matched = space[s].name});
    }
    for (std::size_t s = 0; s < space.size(); ++s) {
      for (const std::string* text : {&space[s].id, &space[s].name}) {
        if (auto score = spelling_score(name, *text)) {
          r.candidates.push_back({.index = s, .score = *score, .kind = MatchKind::kSpelling, .matched = *text});
        }
      }
    }
    std::vector<Candidate> unique;
    for (Candidate& c : r.candidates) add_candidate(unique, std::move(c));
    r.candidates = std::move(unique);
    sort_and_trim(r.candidates);
    // Never taken: a level given to the wrong skill would change every answer.
    r.confidence = r.candidates.empty() ? Confidence::kNone : Confidence::kWeak;
    return r;
  }
  r.confidence = judge(r.query, r.candidates);
  return r;
}

std::string resolution_note(const RoleGraph& graph, const Resolution& r) {
  if (r.confidence != Confidence::kLikely) return "";
  const Candidate& best = r.candidates.front();
  const Role& role = graph.role(best.index);
  const std::string others = listed_suggestions(role_suggestions(graph, r.candidates, 1));
  std::string note = "'" + r.query + "'";
  if (best.kind == MatchKind::kWords) {
    note += " is not a listed title; taken as " + role.title + " (" + role.id + ")";
    if (best.matched != role.title) note += " by its alias '" + best.matched + "'";
    return others.empty() ? note : note + "; other candidates: " + others;
  }
  return note + " taken as " + role.title + " (" + role.id + "), whose title it is; also an alias of " + others;
}

std::string resolution_error(const RoleGraph& graph, const Resolution& r) {
  return refusal("role", r, role_suggestions(graph, r.candidates, 0), " (careerpath roles lists them)");
}

std::string resolution_error(const SkillSpace& space, const Resolution& r) {
  return refusal("skill", r, skill_suggestions(space, r.candidates), " (careerpath skills lists them)");
}

}  // namespace careerpath
