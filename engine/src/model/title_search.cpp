#include "careerpath/model/title_search.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "careerpath/util/limits.hpp"
#include "util/feature_similarity.hpp"

namespace careerpath {
namespace {

std::vector<std::string> unique_words(std::string_view text) {
  std::vector<std::string> words = title_words(text);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

}  // namespace

std::vector<TitleMatch> search_titles(const RoleGraph& graph, std::string_view query, std::size_t limit) {
  if (query.size() > limits::kMaxNameBytes) return {};  // no title is that long
  const std::vector<std::string> query_words = unique_words(query);
  if (query_words.empty() || limit == 0) return {};

  struct Name {
    std::size_t role = 0;
    const std::string* text = nullptr;
    std::vector<std::string> words{};
  };
  std::vector<Name> names;
  std::unordered_map<std::string, double> document_frequency;  // lookup only
  for (std::size_t r = 0; r < graph.role_count(); ++r) {
    const Role& role = graph.role(r);
    auto add = [&](const std::string& text) {
      Name name{.role = r, .text = &text, .words = unique_words(text)};
      for (const std::string& w : name.words) document_frequency[w] += 1.0;
      names.push_back(std::move(name));
    };
    add(role.title);
    for (const std::string& alias : role.aliases) add(alias);
  }
  const double total = static_cast<double>(names.size());
  // A word no name has gets the largest weight: the query asks for it and
  // nothing offers it.
  auto idf = [&](const std::string& word) {
    auto it = document_frequency.find(word);
    return std::log(1.0 + total / (it == document_frequency.end() ? 1.0 : it->second));
  };
  double query_norm = 0.0;
  for (const std::string& w : query_words) query_norm += idf(w) * idf(w);
  query_norm = std::sqrt(query_norm);

  std::vector<TitleMatch> best(graph.role_count());
  for (const Name& name : names) {
    double shared = 0.0;
    double norm = 0.0;
    for (const std::string& w : name.words) {
      const double weight = idf(w);
      norm += weight * weight;
      if (std::binary_search(query_words.begin(), query_words.end(), w)) shared += weight * weight;
    }
    if (shared <= 0.0) continue;
    const double score = shared / (query_norm * std::sqrt(norm));
    TitleMatch& slot = best[name.role];
    if (score > slot.score) slot = {.role = name.role, .score = score, .name = *name.text};
  }
  std::erase_if(best, [](const TitleMatch& m) { return m.score <= 0.0; });
  const std::size_t keep = std::min(limit, best.size());
  std::partial_sort(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(keep), best.end(),
                    [&](const TitleMatch& a, const TitleMatch& b) {
                      if (a.score != b.score) return a.score > b.score;
                      return graph.role(a.role).id < graph.role(b.role).id;
                    });
  best.resize(keep);
  return best;
}

}  // namespace careerpath
