#include "onet/blocks.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "careerpath/onet/import.hpp"
#include "careerpath/util/text_match.hpp"

namespace careerpath {

// Weights apply to standardised similarities (feature_similarity.hpp), so
// they compare directly. They were learned by tools/train_onet_weights.py
// (pairwise logistic regression on the development half of O*NET's related
// occupations, seed 18; cross-validated P@10 0.835, nDCG@10 0.787; see
// docs/onet.md) and are constants here: the importer never reads a truth
// file. Weight 0: the block adds nothing beside the others (tasks and
// activities are inside the text block), but stays available to --block.
std::vector<OnetBlock> default_onet_blocks() {
  return {
      {.id = "skills",
       .files = "Skills.txt",
       .numbers = "Level (LV) of the 35 skills, each centred on its mean over occupations; cosine",
       .weight = 0.0},
      {.id = "knowledge",
       .files = "Knowledge.txt",
       .numbers = "Level (LV) of the 33 knowledge areas, centred; cosine",
       .weight = 0.128},
      {.id = "knowledge-importance",
       .files = "Knowledge.txt",
       .numbers = "Importance (IM, 1-5) of the 33 knowledge areas, not centred; cosine",
       .weight = 5.333},
      {.id = "knowledge-profile",
       .files = "Knowledge.txt",
       .numbers = "Level (LV) of the 33 knowledge areas; correlation of the two occupations' profiles",
       .weight = 0.49},
      {.id = "activities",
       .files = "Tasks to DWAs.txt",
       .numbers = "TF-IDF over the detailed work activities (DWA) of the occupation's tasks and their "
                  "intermediate activities (IWA, the DWA id's prefix); cosine",
       .weight = 0.0},
      {.id = "tasks",
       .files = "Task Statements.txt",
       .numbers = "TF-IDF over the words of the task statements; cosine",
       .weight = 0.0},
      {.id = "titles",
       .files = "Occupation Data.txt, Sample of Reported Titles.txt, Alternate Titles.txt",
       .numbers = "TF-IDF over the words of the title and every reported and alternate title, and over "
                  "the whole titles; cosine",
       .weight = 0.795},
      {.id = "technology",
       .files = "Technology Skills.txt",
       .numbers = "TF-IDF over the technologies used (examples and their UNSPSC commodities); cosine",
       .weight = 0.062},
      {.id = "interests",
       .files = "Interests.txt",
       .numbers = "RIASEC occupational interest scores (OI), centred; cosine",
       .weight = 0.312},
      {.id = "interest-profile",
       .files = "Interests.txt",
       .numbers = "RIASEC occupational interest scores (OI); correlation of the two occupations' profiles",
       .weight = 1.031},
      {.id = "text",
       .files = "Task Statements.txt, Tasks to DWAs.txt, DWA Reference.txt, and the titles",
       .numbers = "TF-IDF over the words of the task statements, of the detailed work activities' titles and of "
                  "the occupation's titles, reduced to 100 latent dimensions (leading eigenvectors of the "
                  "occupations' Gram matrix); cosine",
       .weight = 1.662},
      {.id = "work-styles",
       .files = "Work Styles.txt",
       .numbers = "work-style impact ratings (WI), centred; cosine",
       .weight = 0.187},
      {.id = "classification",
       .files = "(the O*NET-SOC codes)",
       .numbers = "1 within one SOC broad occupation (15-125x), 0.5 within one minor group (15-12xx), "
                  "0.25 within one major group (15-xxxx), else 0",
       .weight = 0.0},
      {.id = "job-zone",
       .files = "Job Zones.txt",
       .numbers = "1 - |Job Zone change| / 2: 1 at the same zone, 0 one zone apart, negative further",
       .weight = 0.0},
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

using RatingsSimilarity = SimilarityMatrix (*)(const Eigen::MatrixXd&, const Eigen::MatrixXd&);

BlockSimilarity from_ratings(const ElementRatings& ratings, RatingsSimilarity similarity) {
  return {.present = true, .occupations = rows_with_data(ratings.known), .similarity = similarity(ratings.values, ratings.known)};
}

// Ratings of a table with an Element ID / Scale ID layout; absent file: not present.
BlockSimilarity element_block(const BlockInputs& in, std::string_view file, std::string_view scale, double lo,
                              double hi, RatingsSimilarity similarity = centred_cosine_similarity) {
  const std::string path = file_in(in.directory, file);
  if (!file_exists(path)) return {};
  const TsvTable table =
      value_or_throw(TsvTable::read(path, {kCodeColumn, "Element ID", "Element Name", "Scale ID", "Data Value"}));
  return from_ratings(read_element_ratings(table, *in.occupations, scale, lo, hi), similarity);
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

// Latent dimensions of the text block: enough to keep the task, activity and
// title vocabulary's main themes, few enough to merge their synonyms.
constexpr std::size_t kTextDimensions = 100;

// Words of the task statements, of the titles of the detailed work
// activities (DWA Reference.txt, via Tasks to DWAs.txt) and of the titles,
// one bag per role, reduced by latent-semantic analysis.
BlockSimilarity text_block(const BlockInputs& in) {
  TermDictionary terms;
  TermBags bags(in.occupations->role_count());
  auto add_words = [&](std::size_t role, std::string_view text) {
    for (const std::string& word : title_words(text)) bags[role].push_back(terms.intern(word));
  };
  bool any_file = false;
  const std::string tasks = file_in(in.directory, "Task Statements.txt");
  if (file_exists(tasks)) {
    any_file = true;
    const TsvTable table = value_or_throw(TsvTable::read(tasks, {kCodeColumn, "Task"}));
    const std::size_t column = table.column("Task");
    in.occupations->for_each_role_row(table, [&](std::size_t row, std::size_t role) { add_words(role, table.text(row, column)); });
  }
  const std::string reference = file_in(in.directory, "DWA Reference.txt");
  const std::string links = file_in(in.directory, "Tasks to DWAs.txt");
  if (file_exists(reference) && file_exists(links)) {
    any_file = true;
    const TsvTable titles = value_or_throw(TsvTable::read(reference, {"DWA ID", "DWA Title"}));
    std::unordered_map<std::string, std::string> title_of;  // lookup only
    for (std::size_t row = 0; row < titles.row_count(); ++row) {
      title_of.emplace(titles.text(row, titles.column("DWA ID")), titles.text(row, titles.column("DWA Title")));
    }
    const TsvTable table = value_or_throw(TsvTable::read(links, {kCodeColumn, "DWA ID"}));
    const std::size_t column = table.column("DWA ID");
    in.occupations->for_each_role_row(table, [&](std::size_t row, std::size_t role) {
      const std::string_view dwa = table.text(row, column);
      const auto it = title_of.find(std::string(dwa));
      if (it == title_of.end()) table.fail(row, column, "unknown detailed work activity '" + std::string(dwa) + "' (not in DWA Reference.txt)");
      add_words(role, it->second);
    });
  }
  if (!any_file) return {};
  for (std::size_t role = 0; role < bags.size(); ++role) {
    for (const std::string& title : (*in.titles)[role]) add_words(role, title);
  }
  const Eigen::SparseMatrix<double, Eigen::RowMajor> rows = tfidf_rows(bags, terms.size());
  const Eigen::SparseMatrix<double, Eigen::ColMajor> columns = rows.transpose();
  const SimilarityMatrix gram(rows * columns);
  return {.present = true,
          .occupations = bags_with_data(bags),
          .similarity = latent_semantic_similarity(gram, kTextDimensions)};
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
  if (id == "knowledge-importance") return from_ratings(*in.knowledge_importance, cosine_similarity);
  if (id == "knowledge-profile") return from_ratings(*in.knowledge_levels, correlation_similarity);
  if (id == "interest-profile") return element_block(in, "Interests.txt", "OI", 1, 7, correlation_similarity);
  if (id == "text") return text_block(in);
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
