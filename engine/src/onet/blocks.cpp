#include "onet/blocks.hpp"

#include <algorithm>
#include <cmath>

#include "careerpath/onet/import.hpp"
#include "careerpath/util/text_match.hpp"

namespace careerpath {

// Weights apply to standardised similarities (feature_similarity.hpp), so
// they compare directly. They were chosen by coordinate search on the
// development half of O*NET's related occupations (docs/onet.md); the large
// ones are what O*NET itself names: what people do (tasks), know (knowledge)
// and are called (titles), plus their interests.
std::vector<OnetBlock> default_onet_blocks() {
  return {
      {.id = "skills",
       .files = "Skills.txt",
       .numbers = "Level (LV) of the 35 skills, each centred on its mean over occupations; cosine",
       .weight = 0.25},
      {.id = "knowledge",
       .files = "Knowledge.txt",
       .numbers = "Level (LV) of the 33 knowledge areas, centred; cosine",
       .weight = 3.0},
      {.id = "activities",
       .files = "Tasks to DWAs.txt",
       .numbers = "TF-IDF over the detailed work activities (DWA) of the occupation's tasks and their "
                  "intermediate activities (IWA, the DWA id's prefix); cosine",
       .weight = 0.25},
      {.id = "tasks",
       .files = "Task Statements.txt",
       .numbers = "TF-IDF over the words of the task statements; cosine",
       .weight = 3.0},
      {.id = "titles",
       .files = "Occupation Data.txt, Sample of Reported Titles.txt, Alternate Titles.txt",
       .numbers = "TF-IDF over the words of the title and every reported and alternate title, and over "
                  "the whole titles; cosine",
       .weight = 2.0},
      {.id = "technology",
       .files = "Technology Skills.txt",
       .numbers = "TF-IDF over the technologies used (examples and their UNSPSC commodities); cosine",
       .weight = 0.25},
      {.id = "interests",
       .files = "Interests.txt",
       .numbers = "RIASEC occupational interest scores (OI), centred; cosine",
       .weight = 2.0},
      {.id = "work-styles",
       .files = "Work Styles.txt",
       .numbers = "work-style impact ratings (WI), centred; cosine",
       .weight = 0.25},
      {.id = "classification",
       .files = "(the O*NET-SOC codes)",
       .numbers = "1 within one SOC broad occupation (15-125x), 0.5 within one minor group (15-12xx), "
                  "0.25 within one major group (15-xxxx), else 0",
       .weight = 0.25},
      {.id = "job-zone",
       .files = "Job Zones.txt",
       .numbers = "1 - |Job Zone change| / 2: 1 at the same zone, 0 one zone apart, negative further",
       .weight = 0.25},
  };
}

namespace onet {
namespace {

std::size_t rows_with_data(const Eigen::MatrixXd& known) {
  return static_cast<std::size_t>((known.rowwise().sum().array() > 0.0).count());
}

std::size_t bags_with_data(const TermBags& bags) {
  return static_cast<std::size_t>(std::count_if(bags.begin(), bags.end(), [](const auto& b) { return !b.empty(); }));
}

BlockSimilarity from_bags(const TermBags& bags, const TermDictionary& terms) {
  return {.present = true, .occupations = bags_with_data(bags), .similarity = tfidf_cosine_similarity(bags, terms.size())};
}

BlockSimilarity from_ratings(const ElementRatings& ratings) {
  return {.present = true,
          .occupations = rows_with_data(ratings.known),
          .similarity = centred_cosine_similarity(ratings.values, ratings.known)};
}

// Ratings of a table with an Element ID / Scale ID layout; absent file: not present.
BlockSimilarity element_block(const BlockInputs& in, std::string_view file, std::string_view scale, double lo,
                              double hi) {
  const std::string path = file_in(in.directory, file);
  if (!file_exists(path)) return {};
  const TsvTable table =
      value_or_throw(TsvTable::read(path, {kCodeColumn, "Element ID", "Element Name", "Scale ID", "Data Value"}));
  return from_ratings(read_element_ratings(table, *in.occupations, scale, lo, hi));
}

// One bag per role built from one column of a file.
template <class AddTerms>
BlockSimilarity bag_block(const BlockInputs& in, std::string_view file, std::initializer_list<std::string_view> columns,
                          AddTerms add_terms) {
  const std::string path = file_in(in.directory, file);
  if (!file_exists(path)) return {};
  const TsvTable table = value_or_throw(TsvTable::read(path, columns));
  TermDictionary terms;
  TermBags bags(in.occupations->role_count());
  in.occupations->for_each_role_row(table, [&](std::size_t row, std::size_t role) {
    add_terms(table, row, [&](std::string_view term) { bags[role].push_back(terms.intern(term)); });
  });
  return from_bags(bags, terms);
}

BlockSimilarity activities_block(const BlockInputs& in) {
  return bag_block(in, "Tasks to DWAs.txt", {kCodeColumn, "DWA ID"}, [](const TsvTable& t, std::size_t row, auto add) {
    const std::string_view dwa = t.text(row, t.column("DWA ID"));
    add(dwa);
    // 4.A.2.a.4.I09.D03 lies under the intermediate activity 4.A.2.a.4.I09.
    if (const std::size_t dot = dwa.rfind('.'); dot != std::string_view::npos) add(dwa.substr(0, dot));
  });
}

BlockSimilarity tasks_block(const BlockInputs& in) {
  return bag_block(in, "Task Statements.txt", {kCodeColumn, "Task"}, [](const TsvTable& t, std::size_t row, auto add) {
    for (const std::string& word : title_words(t.text(row, t.column("Task")))) add(word);
  });
}

BlockSimilarity technology_block(const BlockInputs& in) {
  return bag_block(in, "Technology Skills.txt", {kCodeColumn, "Example", "Commodity Code"},
                   [](const TsvTable& t, std::size_t row, auto add) {
                     add("example:" + fold_case(t.text(row, t.column("Example"))));
                     add("commodity:" + std::string(t.text(row, t.column("Commodity Code"))));
                   });
}

BlockSimilarity titles_block(const BlockInputs& in) {
  TermDictionary terms;
  TermBags bags(in.occupations->role_count());
  for (std::size_t role = 0; role < bags.size(); ++role) {
    for (const std::string& title : (*in.titles)[role]) {
      for (const std::string& word : title_words(title)) bags[role].push_back(terms.intern(word));
      bags[role].push_back(terms.intern("title:" + fold_case(title)));
    }
  }
  return from_bags(bags, terms);
}

// SOC 2018 hierarchy in the code: 15-1252.00 is in major group 15, minor
// group 15-12, broad occupation 15-125.
BlockSimilarity classification_block(const BlockInputs& in) {
  const Occupations& occ = *in.occupations;
  const auto n = static_cast<Eigen::Index>(occ.role_count());
  SimilarityMatrix s(n, n);
  for (Eigen::Index a = 0; a < n; ++a) {
    const std::string& ca = occ.role(static_cast<std::size_t>(a)).code;
    for (Eigen::Index b = 0; b < n; ++b) {
      const std::string& cb = occ.role(static_cast<std::size_t>(b)).code;
      auto same = [&](std::size_t chars) { return ca.compare(0, chars, cb, 0, chars) == 0; };
      s(a, b) = same(6) ? 1.0 : same(4) ? 0.5 : same(2) ? 0.25 : 0.0;
    }
  }
  return {.present = true, .occupations = occ.role_count(), .similarity = std::move(s)};
}

BlockSimilarity job_zone_block(const BlockInputs& in) {
  const Occupations& occ = *in.occupations;
  const auto n = static_cast<Eigen::Index>(occ.role_count());
  Eigen::VectorXd zone(n);
  for (Eigen::Index r = 0; r < n; ++r) zone(r) = occ.role(static_cast<std::size_t>(r)).zone;
  SimilarityMatrix s = (zone.replicate(1, n) - zone.transpose().replicate(n, 1)).cwiseAbs();
  s = (1.0 - s.array() / 2.0).matrix();
  return {.present = true, .occupations = occ.role_count(), .similarity = std::move(s)};
}

}  // namespace

BlockSimilarity compute_block(const std::string& id, const BlockInputs& in) {
  if (id == "skills") return from_ratings(*in.skill_levels);
  if (id == "knowledge") return from_ratings(*in.knowledge_levels);
  if (id == "activities") return activities_block(in);
  if (id == "tasks") return tasks_block(in);
  if (id == "titles") return titles_block(in);
  if (id == "technology") return technology_block(in);
  if (id == "interests") return element_block(in, "Interests.txt", "OI", 1, 7);
  if (id == "work-styles") return element_block(in, "Work Styles.txt", "WI", -3, 3);
  if (id == "classification") return classification_block(in);
  if (id == "job-zone") return job_zone_block(in);
  // chosen_blocks() has already rejected unknown ids, so this is a broken invariant.
  throw InputError(Error{.kind = ErrorKind::kInternal, .message = "unknown similarity block '" + id + "'"});
}

}  // namespace onet
}  // namespace careerpath
