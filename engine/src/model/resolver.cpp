#include "careerpath/model/resolver.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <iterator>
#include <tuple>

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

// Words that say how senior someone is, not what they do: "Senior Data
// Scientist" is a Data Scientist. They are dropped when the whole name is
// not a title.
bool is_seniority_word(const std::string& word) {
  static constexpr std::array<std::string_view, 11> kWords = {"senior", "sr", "junior", "jr",  "staff", "lead",
                                                               "principal", "entry", "i", "ii", "iii"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// The name without its seniority words ("Senior Data Scientist" -> "Data
// Scientist"); empty when it has none or nothing else.
std::string without_seniority(std::string_view name) {
  std::string out;
  bool dropped = false;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (is_seniority_word(fold_case(word))) {
      dropped = true;
    } else {
      out += (out.empty() ? "" : " ") + word;
    }
    word.clear();
  };
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return dropped ? out : "";
}

// Whether `name` has every word of `query` (after title_words' folding),
// seniority words aside.
bool has_every_word(std::string_view query, std::string_view name) {
  std::vector<std::string> wanted = word_set(query);
  std::erase_if(wanted, is_seniority_word);
  const std::vector<std::string> offered = word_set(name);
  return std::includes(offered.begin(), offered.end(), wanted.begin(), wanted.end());
}

// The words of a role's title without O*NET's exclusion clause: "Elementary
// School Teachers, Except Special Education" is about elementary school
// teachers, not special education.
std::vector<std::string> title_key(std::string_view title) {
  return word_set(title.substr(0, title.find(", Except")));
}

// Two title words are the same word, or one a form of the other sharing a
// stem of at least six letters ("manager", "management"; "program",
// "programming").
bool same_word(const std::string& a, const std::string& b) {
  if (a == b) return true;
  constexpr std::size_t kStem = 6;
  const std::size_t shorter = std::min(a.size(), b.size());
  if (shorter < kStem) return false;
  const auto [ia, ib] = std::mismatch(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(shorter), b.begin());
  const auto common = static_cast<std::size_t>(ia - a.begin());
  return common >= kStem && 4 * common >= 3 * shorter;
}

std::size_t shared_words(const std::vector<std::string>& query_words, const std::vector<std::string>& words) {
  return static_cast<std::size_t>(std::count_if(query_words.begin(), query_words.end(), [&](const std::string& q) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return same_word(q, w); });
  }));
}

// How well a role's own title fits the query's words: the shared words over
// the geometric mean of the two word counts (1: the same words).
double title_fit(const std::vector<std::string>& query_words, const Role& role) {
  const std::vector<std::string> words = title_key(role.title);
  if (words.empty() || query_words.empty()) return 0.0;
  return static_cast<double>(shared_words(query_words, words)) /
         std::sqrt(static_cast<double>(words.size() * query_words.size()));
}

// Whether a role's own title has every word of the query.
bool title_covers(const std::vector<std::string>& query_words, const Role& role) {
  return !query_words.empty() && shared_words(query_words, title_key(role.title)) == query_words.size();
}

// "Secondary School Teachers, Except Special and Career/Technical Education"
// is the general occupation beside "Special Education Teachers, Secondary
// School": the other's title has a word of its exclusion clause.
bool excluded_by(const Role& other, const Role& general) {
  const std::size_t at = general.title.find(", Except");
  if (at == std::string::npos) return false;
  const std::vector<std::string> excluded = word_set(std::string_view(general.title).substr(at + 8));
  return shared_words(excluded, title_key(other.title)) > 0;
}

// O*NET-SOC codes say which occupations are general and which specific:
// 29-1141.01 Acute Care Nurses is a specialty of 29-1141.00 Registered
// Nurses, and a detailed code ending in 9 (13-2099.01) lies under an "All
// Other" residual. A title both share means the general one.
bool is_specialty_of(const Role& specific, const Role& general) {
  const std::string& a = specific.code;
  const std::string& b = general.code;
  return a.size() == 10 && b.size() == 10 && a.compare(0, 7, b, 0, 7) == 0 && b.ends_with(".00") && a != b;
}
bool is_residual(const Role& role) { return role.code.size() == 10 && role.code[6] == '9'; }

// Orders candidates of one kind by how well the role's own title fits the
// query, general before specific, residual last, then in the graph's order.
void order_by_title_fit(const RoleGraph& graph, std::string_view query, std::vector<Candidate>& candidates) {
  const std::vector<std::string> words = word_set(query);
  auto rank = [&](const Candidate& c) {
    const Role& role = graph.role(c.index);
    return std::tuple(static_cast<int>(c.kind), is_residual(role), -title_fit(words, role), role.code.ends_with(".00") ? 0 : 1);
  };
  std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.kind == MatchKind::kWords || a.kind == MatchKind::kSpelling || b.kind == MatchKind::kWords ||
        b.kind == MatchKind::kSpelling) {
      return false;  // word and spelling matches keep their own order (by score)
    }
    return rank(a) < rank(b);
  });
}

// Among names several roles share, whether the first is clearly the one
// meant: its own title has every word of the query and the next one's does
// not, or it alone shares a word with the query, or every other is a
// specialty, a residual or an exception beside it.
bool clearly_first(const RoleGraph& graph, std::string_view query, const std::vector<Candidate>& candidates) {
  const Role& best = graph.role(candidates.front().index);
  const std::vector<std::string> words = word_set(query);
  if (title_covers(words, best) && !title_covers(words, graph.role(candidates[1].index))) return true;
  const auto others = std::next(candidates.begin());
  if (title_fit(words, best) > 0.0 &&
      std::all_of(others, candidates.end(), [&](const Candidate& c) { return title_fit(words, graph.role(c.index)) == 0.0; })) {
    return true;
  }
  return std::all_of(others, candidates.end(), [&](const Candidate& c) {
    const Role& other = graph.role(c.index);
    return c.kind > candidates.front().kind || is_specialty_of(other, best) || (is_residual(other) && !is_residual(best)) ||
           excluded_by(other, best);
  });
}

// The judgement, in one place. Exact candidates (id, name, alias) come
// first when there are any; otherwise words and spellings, best first.
Confidence judge(const RoleGraph* graph, const std::string& query, const std::vector<Candidate>& candidates) {
  if (candidates.empty()) return Confidence::kNone;
  const Candidate& best = candidates.front();
  const bool exact = best.kind != MatchKind::kWords && best.kind != MatchKind::kSpelling;
  if (exact) {
    if (candidates.size() == 1) return Confidence::kExact;
    // A role's own title outranks the same words used as another's alias.
    if (best.kind < candidates[1].kind) return Confidence::kLikely;
    return graph != nullptr && clearly_first(*graph, query, candidates) ? Confidence::kLikely : Confidence::kAmbiguous;
  }
  if (best.kind == MatchKind::kSpelling) return Confidence::kNone;
  if (best.score < kConfidentWords) return Confidence::kWeak;
  const bool clear = candidates.size() == 1 || candidates[1].kind == MatchKind::kSpelling ||
                     best.score - candidates[1].score >= kClearLead;
  return clear && has_every_word(query, best.matched) ? Confidence::kLikely : Confidence::kAmbiguous;
}

// Roles whose own title has exactly the query's words, ignoring case, plural
// and O*NET's exclusion clause ("Carpenter" is the title Carpenters).
void add_title_word_matches(const RoleGraph& graph, std::string_view name, std::vector<Candidate>& out) {
  const std::vector<std::string> words = word_set(name);
  if (words.empty()) return;
  for (std::size_t r = 0; r < graph.role_count(); ++r) {
    const Role& role = graph.role(r);
    if (title_key(role.title) != words) continue;
    const auto it = std::find_if(out.begin(), out.end(), [&](const Candidate& c) { return c.index == r; });
    if (it == out.end()) {
      out.push_back({.index = r, .score = 1.0, .kind = MatchKind::kName, .matched = role.title});
    } else if (it->kind == MatchKind::kAlias) {
      *it = {.index = r, .score = 1.0, .kind = MatchKind::kName, .matched = role.title};
    }
  }
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
  add_title_word_matches(graph, name, r.candidates);
  order_by_title_fit(graph, name, r.candidates);
  if (const std::string plain = without_seniority(name); r.candidates.empty() && !plain.empty()) {
    // "Senior Data Scientist": the title without its seniority words, found
    // as a title or alias, is a word match of the whole name.
    std::vector<Candidate> found = roles_by_name(graph, plain);
    add_title_word_matches(graph, plain, found);
    order_by_title_fit(graph, plain, found);
    if (!found.empty() && (found.size() == 1 || judge(&graph, plain, found) == Confidence::kLikely)) {
      r.candidates.push_back({.index = found.front().index, .score = 1.0, .kind = MatchKind::kWords, .matched = found.front().matched});
    }
  }
  if (r.candidates.empty()) {
    // Not a name the graph lists: titles sharing its words, weighted by
    // rarity ("Technical Program Manager" finds "IT Program Manager").
    for (const TitleMatch& m : search_titles(graph, name, kMaxCandidates)) {
      r.candidates.push_back({.index = m.role, .score = m.score, .kind = MatchKind::kWords, .matched = m.name});
    }
    // A role whose own title has every word of the query ("Teaching
    // Assistants, Postsecondary" for "Teaching Assistant") comes before one
    // that only has an alias with them ("Assistant Teaching Professor").
    const std::vector<std::string> words = word_set(name);
    std::stable_sort(r.candidates.begin(), r.candidates.end(), [&](const Candidate& a, const Candidate& b) {
      const bool ca = title_covers(words, graph.role(a.index));
      const bool cb = title_covers(words, graph.role(b.index));
      if (ca != cb) return ca;
      return ca && title_fit(words, graph.role(a.index)) > title_fit(words, graph.role(b.index));
    });
    const bool confident_words = !r.candidates.empty() && r.candidates.front().score >= kConfidentWords;
    if (!confident_words) {
      // Typos: a close spelling ranks by its own score among the word matches.
      add_role_spellings(graph, name, r.candidates);
      sort_and_trim(r.candidates);
    }
  }
  if (r.candidates.size() > kMaxCandidates) r.candidates.resize(kMaxCandidates);
  r.confidence = judge(&graph, r.query, r.candidates);
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
  r.confidence = judge(nullptr, r.query, r.candidates);
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
  if (best.kind == MatchKind::kAlias) {
    return "'" + r.query + "' is a title of several roles; taken as " + role.title + " (" + role.id +
           "), the general occupation whose own title fits it best; other candidates: " + others;
  }
  note += " taken as " + role.title + " (" + role.id + "), whose title it is";
  return others.empty() ? note : note + "; also an alias of " + others;
}

std::string resolution_error(const RoleGraph& graph, const Resolution& r) {
  return refusal("role", r, role_suggestions(graph, r.candidates, 0), " (careerpath roles lists them)");
}

std::string resolution_error(const SkillSpace& space, const Resolution& r) {
  return refusal("skill", r, skill_suggestions(space, r.candidates), " (careerpath skills lists them)");
}

}  // namespace careerpath
