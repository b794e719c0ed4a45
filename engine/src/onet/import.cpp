#include "careerpath/onet/import.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <optional>
#include <unordered_set>

#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/util/text_match.hpp"
#include "careerpath/util/unknown_name.hpp"
#include "onet/blocks.hpp"
#include "onet/impute.hpp"
#include "onet/tables.hpp"
#include "onet/transitions.hpp"

namespace careerpath {
namespace {

using onet::ElementRatings;
using onet::Occupations;
using onet::kCodeColumn;

constexpr double kOnetLevelMax = 7.0;   // LV scale 0-7
constexpr double kGraphLevelMax = 5.0;  // the graph's scale 0-5

// The 23 major groups of the 2018 SOC (the first two digits of a code).
std::string major_group_name(std::string_view code) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 23> kGroups = {{
      {"11", "Management"},
      {"13", "Business and Financial Operations"},
      {"15", "Computer and Mathematical"},
      {"17", "Architecture and Engineering"},
      {"19", "Life, Physical, and Social Science"},
      {"21", "Community and Social Service"},
      {"23", "Legal"},
      {"25", "Educational Instruction and Library"},
      {"27", "Arts, Design, Entertainment, Sports, and Media"},
      {"29", "Healthcare Practitioners and Technical"},
      {"31", "Healthcare Support"},
      {"33", "Protective Service"},
      {"35", "Food Preparation and Serving Related"},
      {"37", "Building and Grounds Cleaning and Maintenance"},
      {"39", "Personal Care and Service"},
      {"41", "Sales and Related"},
      {"43", "Office and Administrative Support"},
      {"45", "Farming, Fishing, and Forestry"},
      {"47", "Construction and Extraction"},
      {"49", "Installation, Maintenance, and Repair"},
      {"51", "Production"},
      {"53", "Transportation and Material Moving"},
      {"55", "Military Specific"},
  }};
  const std::string_view group = code.substr(0, 2);
  for (const auto& [id, name] : kGroups) {
    if (id == group) return std::string(name);
  }
  return "SOC major group " + std::string(group);
}

// Roles: the occupations with a Job Zone, which O*NET gives to its
// data-level occupations. One without Skills or Knowledge ratings still
// becomes a role, with imputed ratings (impute.hpp); one without a Job Zone
// is left out (O*NET rates none of them, and the graph needs a level).
void choose_roles(Occupations& occupations, const TsvTable& skills, const TsvTable& knowledge,
                  OnetImportSummary& summary) {
  std::vector<int> rated(occupations.all().size(), 0);
  for (const TsvTable* table : {&skills, &knowledge}) {
    const std::size_t code = table->column(kCodeColumn);
    std::vector<char> seen(rated.size(), 0);
    for (std::size_t row = 0; row < table->row_count(); ++row) seen[occupations.occupation_at(*table, row, code)] = 1;
    for (std::size_t o = 0; o < rated.size(); ++o) rated[o] += seen[o];
  }
  std::vector<std::size_t> roles;
  std::size_t fully_rated = 0;
  for (std::size_t o = 0; o < rated.size(); ++o) {
    if (occupations.all()[o].zone != 0) {
      roles.push_back(o);
      fully_rated += rated[o] == 2 ? 1 : 0;
    } else if (rated[o] == 0) {
      ++summary.without_ratings;
    } else {
      ++summary.without_job_zone;
    }
  }
  summary.occupations = rated.size();
  summary.roles = roles.size();
  if (fully_rated == 0) {
    throw InputError(Error{.file = skills.file(), .message = "no occupation has both Skills and Knowledge ratings and a Job Zone"});
  }
  occupations.set_roles(std::move(roles));
}

// Per role: its title, then reported titles (what people call themselves),
// then alternate titles and their short forms; case-insensitively unique.
std::vector<std::vector<std::string>> read_titles(const std::string& directory, const Occupations& occupations) {
  std::vector<std::vector<std::string>> titles(occupations.role_count());
  std::vector<std::unordered_set<std::string>> seen(occupations.role_count());
  auto add = [&](std::size_t role, std::string_view title) {
    if (title.empty() || title == "n/a") return;
    if (seen[role].insert(fold_case(title)).second) titles[role].emplace_back(title);
  };
  for (std::size_t r = 0; r < titles.size(); ++r) add(r, occupations.role(r).title);
  const std::string reported = onet::file_in(directory, "Sample of Reported Titles.txt");
  if (onet::file_exists(reported)) {
    const auto table = value_or_throw(TsvTable::read(reported, {kCodeColumn, "Reported Job Title"}));
    const std::size_t column = table.column("Reported Job Title");
    occupations.for_each_role_row(table, [&](std::size_t row, std::size_t role) { add(role, table.text(row, column)); });
  }
  const std::string alternate = onet::file_in(directory, "Alternate Titles.txt");
  if (onet::file_exists(alternate)) {
    const auto table = value_or_throw(TsvTable::read(alternate, {kCodeColumn, "Alternate Title"}));
    const std::size_t column = table.column("Alternate Title");
    const std::optional<std::size_t> short_title = table.find_column("Short Title");
    occupations.for_each_role_row(table, [&](std::size_t row, std::size_t role) {
      add(role, table.text(row, column));
      if (short_title) add(role, table.cell(row, *short_title));
    });
  }
  return titles;
}

std::map<std::string, std::string> read_element_descriptions(const std::string& directory) {
  std::map<std::string, std::string> descriptions;
  const std::string path = onet::file_in(directory, "Content Model Reference.txt");
  if (!onet::file_exists(path)) return descriptions;
  const auto table = value_or_throw(TsvTable::read(path, {"Element ID", "Description"}));
  const std::size_t id = table.column("Element ID");
  const std::size_t description = table.column("Description");
  for (std::size_t row = 0; row < table.row_count(); ++row) {
    descriptions.emplace(std::string(table.text(row, id)), std::string(table.cell(row, description)));
  }
  return descriptions;
}

std::string element_category(std::string_view element_id) {
  if (element_id.starts_with("2.A")) return "basic skill";
  if (element_id.starts_with("2.B")) return "cross-functional skill";
  if (element_id.starts_with("2.C")) return "knowledge";
  return "other";
}

// Skills first, then knowledge areas; a knowledge area named like a skill
// ("Mathematics") becomes "mathematics-knowledge", "Mathematics (knowledge)".
std::vector<Skill> skill_list(const ElementRatings& skills, const ElementRatings& knowledge,
                              const std::map<std::string, std::string>& descriptions) {
  std::vector<Skill> list;
  std::unordered_set<std::string> ids;
  for (const ElementRatings* ratings : {&skills, &knowledge}) {
    for (std::size_t e = 0; e < ratings->ids.size(); ++e) {
      Skill skill{.id = slug_of(ratings->names[e]),
                  .name = ratings->names[e],
                  .category = element_category(ratings->ids[e]),
                  .description = ""};
      if (!ids.insert(skill.id).second) {
        skill.id += "-knowledge";
        skill.name += " (knowledge)";
        ids.insert(skill.id);
      }
      if (auto it = descriptions.find(ratings->ids[e]); it != descriptions.end()) skill.description = it->second;
      list.push_back(std::move(skill));
    }
  }
  return list;
}

// Rounds to `decimals` places so that the file prints short numbers (0.29,
// not 0.28999999999999998).
double round_to(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

// Requirements of role `r`: level LV 0-7 -> 0-5, importance IM 1-5 -> 0-1;
// elements rated neither important nor above level 0 are left out.
std::vector<RoleRequirement> requirements_of(std::size_t r, const ElementRatings& levels,
                                             const ElementRatings& importance, std::size_t first_skill) {
  std::vector<RoleRequirement> list;
  const auto row = static_cast<Eigen::Index>(r);
  for (Eigen::Index e = 0; e < levels.values.cols(); ++e) {
    if (levels.known(row, e) == 0.0 || importance.known(row, e) == 0.0) continue;
    const double level = round_to(levels.values(row, e) * kGraphLevelMax / kOnetLevelMax, 2);
    const double weight = round_to((importance.values(row, e) - 1.0) / 4.0, 3);
    if (level <= 0.0 && weight <= 0.0) continue;
    list.push_back({.skill = first_skill + static_cast<std::size_t>(e), .level = level, .importance = weight});
  }
  return list;
}

std::string attribution_text(const std::string& version, const std::string& ratings_version) {
  std::string text = "This product includes information from the O*NET " + version +
                     " Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). "
                     "Used under the CC BY 4.0 license. O*NET\u00ae is a trademark of USDOL/ETA.";
  if (ratings_version.empty() || ratings_version == version) return text;
  return text + " Skills and Knowledge ratings: This product includes information from the O*NET " + ratings_version +
         " Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under "
         "the CC BY 4.0 license. O*NET\u00ae is a trademark of USDOL/ETA. careerpath has modified all or some of this "
         "information. USDOL/ETA has not approved, endorsed, or tested these modifications.";
}

// The source of a role whose ratings are imputed: what is not O*NET's, and how
// it was made. Starts with "imputed" so that outputs can mark such roles.
std::string imputed_source(bool has_skills, bool has_knowledge) {
  const std::string what = !has_skills && !has_knowledge ? "skills and knowledge"
                           : !has_skills                ? "skills"
                                                        : "knowledge";
  return "imputed " + what + ": O*NET has no " + what + " ratings for this occupation in the ratings used; the levels are "
         "the similarity-weighted mean of the " + std::to_string(onet::kImputeNeighbours) +
         " rated occupations most alike in tasks, work activities, titles, technology, interests and work styles "
         "(docs/onet.md)";
}

constexpr double kMaxBlockWeight = 100.0;

std::vector<OnetBlock> chosen_blocks(const OnetImportOptions& options) {
  std::vector<OnetBlock> blocks = default_onet_blocks();
  for (const auto& entry : options.block_weights) {
    const std::string& id = entry.first;  // not a structured binding: clang 14 cannot capture one
    const double weight = entry.second;
    auto it = std::find_if(blocks.begin(), blocks.end(), [&](const OnetBlock& b) { return b.id == id; });
    if (it == blocks.end()) {
      std::vector<std::string> known;
      for (const OnetBlock& b : blocks) known.push_back(b.id);
      throw InputError(Error{.message = unknown_name_message("similarity block", id, closest_matches(id, known))});
    }
    // Above the bound, similarity sums overflow into infinite rates, which
    // would be written as null and make the graph unloadable.
    if (!std::isfinite(weight) || weight < 0.0 || weight > kMaxBlockWeight) {
      throw InputError(Error{.message = "the weight of block '" + id + "' must be a number from 0 to " +
                                        format_number(kMaxBlockWeight) + ", got " + format_number(weight)});
    }
    it->weight = weight;
  }
  return blocks;
}

OnetImport run_import(const std::string& directory, const OnetImportOptions& options) {
  if (!onet::file_exists(onet::file_in(directory, "Occupation Data.txt"))) {
    throw InputError(Error{.file = directory, .message = "not an O*NET text folder: 'Occupation Data.txt' is missing"});
  }
  OnetImportSummary summary;
  summary.version = onet::read_release(directory);
  if (summary.version.empty()) summary.version = "(unknown release)";
  const std::vector<OnetBlock> blocks = chosen_blocks(options);

  Occupations occupations = onet::read_occupations(directory);
  auto read_ratings = [&](std::string_view file) {
    return value_or_throw(TsvTable::read(onet::file_in(directory, file),
                                     {kCodeColumn, "Element ID", "Element Name", "Scale ID", "Data Value"}));
  };
  const TsvTable skills_table = read_ratings("Skills.txt");
  const TsvTable knowledge_table = read_ratings("Knowledge.txt");
  choose_roles(occupations, skills_table, knowledge_table, summary);

  ElementRatings skill_levels = read_element_ratings(skills_table, occupations, "LV", 0, kOnetLevelMax);
  ElementRatings skill_importance = read_element_ratings(skills_table, occupations, "IM", 1, 5);
  ElementRatings knowledge_levels = read_element_ratings(knowledge_table, occupations, "LV", 0, kOnetLevelMax);
  ElementRatings knowledge_importance = read_element_ratings(knowledge_table, occupations, "IM", 1, 5);
  const std::vector<std::vector<std::string>> titles = read_titles(directory, occupations);

  // Combined similarity: the weighted mean of the blocks that have data.
  // The blocks that do not read the ratings come first: their mean is the
  // evidence from which missing ratings are imputed.
  const onet::BlockInputs inputs{.directory = directory,
                                 .occupations = &occupations,
                                 .skill_levels = &skill_levels,
                                 .knowledge_levels = &knowledge_levels,
                                 .knowledge_importance = &knowledge_importance,
                                 .titles = &titles};
  const auto n = static_cast<Eigen::Index>(occupations.role_count());
  auto reads_ratings = [](const OnetBlock& b) { return b.id == "skills" || b.id.starts_with("knowledge"); };
  std::vector<std::optional<SimilarityMatrix>> computed(blocks.size());
  for (std::size_t b = 0; b < blocks.size(); ++b) summary.blocks.push_back({.block = blocks[b]});
  auto compute = [&](std::size_t b) {
    if (blocks[b].weight <= 0.0 && !options.keep_block_similarities) return;
    onet::BlockSimilarity block = onet::compute_block(blocks[b].id, inputs);
    summary.blocks[b].present = block.present;
    summary.blocks[b].occupations = block.occupations;
    if (!block.present) return;
    standardise_off_diagonal(block.similarity);
    computed[b] = std::move(block.similarity);
  };
  SimilarityMatrix evidence = SimilarityMatrix::Zero(n, n);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (reads_ratings(blocks[b])) continue;
    compute(b);
    if (computed[b] && blocks[b].weight > 0.0) evidence += blocks[b].weight * *computed[b];
  }
  const std::vector<char> rated_skills = onet::rated_rows(skill_levels);
  const std::vector<char> rated_knowledge = onet::rated_rows(knowledge_levels);
  onet::impute_rows({&skill_levels, &skill_importance}, rated_skills, evidence);
  onet::impute_rows({&knowledge_levels, &knowledge_importance}, rated_knowledge, evidence);
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (reads_ratings(blocks[b])) compute(b);
  }

  onet::WeightedSimilarity similarity{.total = SimilarityMatrix::Zero(n, n)};
  double weight_sum = 0.0;
  std::vector<OnetBlockSimilarity> kept;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (!computed[b]) continue;
    if (options.keep_block_similarities) kept.push_back({.id = blocks[b].id, .similarity = *computed[b]});
    if (blocks[b].weight <= 0.0) continue;
    similarity.total += blocks[b].weight * *computed[b];
    weight_sum += blocks[b].weight;
    similarity.blocks.push_back({.id = blocks[b].id, .weighted = blocks[b].weight * std::move(*computed[b])});
  }
  if (weight_sum <= 0.0) throw InputError(Error{.message = "every similarity block has weight 0 or no data"});
  similarity.total /= weight_sum;
  for (auto& b : similarity.blocks) b.weighted /= weight_sum;

  std::vector<char> rated_both(rated_skills.size(), 0);
  for (std::size_t r = 0; r < rated_both.size(); ++r) {
    rated_both[r] = rated_skills[r] != 0 && rated_knowledge[r] != 0;
    summary.imputed += rated_both[r] == 0 ? 1 : 0;
  }
  auto share_of = [&](std::string_view id) {
    const auto it = std::find_if(blocks.begin(), blocks.end(), [&](const OnetBlock& b) { return b.id == id; });
    return it->weight / weight_sum;
  };
  summary.imputation = onet::leave_one_out(
      {{.levels = &skill_levels, .importance = &skill_importance, .share = share_of("skills")},
       {.levels = &knowledge_levels, .importance = &knowledge_importance, .share = share_of("knowledge")}},
      rated_both, evidence, similarity.total, kGraphLevelMax / kOnetLevelMax);

  RoleGraphData data;
  data.name = "onet";
  data.title = "O*NET " + summary.version + " occupations";
  data.description = "Occupations of the O*NET " + summary.version +
                     " database as roles (level = Job Zone, track = SOC major group), skill requirements from "
                     "O*NET Skills and Knowledge ratings, and moves to the most similar occupations derived by "
                     "careerpath import onet (see docs/onet.md).";
  data.attribution = attribution_text(summary.version, options.ratings_version);
  data.metadata["onet_version"] = summary.version;
  data.metadata["ratings_version"] = options.ratings_version.empty() ? summary.version : options.ratings_version;
  data.metadata["built_by"] = "careerpath import onet";
  data.metadata["moves_per_role"] = std::to_string(options.moves_per_role);
  data.metadata["imputed_roles"] = std::to_string(summary.imputed);
  std::string weights;
  for (const OnetBlock& b : blocks) weights += (weights.empty() ? "" : ", ") + b.id + "=" + format_number(b.weight);
  data.metadata["block_weights"] = weights;
  data.sources.push_back({.id = "onet",
                          .title = "O*NET " + summary.version + " Database (USDOL/ETA)",
                          .url = "https://www.onetcenter.org/database.html",
                          .license = "CC BY 4.0"});

  std::vector<Skill> skills = skill_list(skill_levels, knowledge_levels, read_element_descriptions(directory));
  data.skills = SkillSpace(std::move(skills), Scale{.min = 0.0, .max = kGraphLevelMax});

  std::map<std::string, std::size_t> track_of_group;  // "15" -> track index
  for (std::size_t r = 0; r < occupations.role_count(); ++r) {
    const onet::Occupation& o = occupations.role(r);
    const std::string group = o.code.substr(0, 2);
    auto [it, inserted] = track_of_group.emplace(group, data.tracks.size());
    if (inserted) {
      const std::string name = major_group_name(o.code);
      data.tracks.push_back({.id = slug_of(name), .name = name, .description = "SOC major group " + group + "-0000"});
    }
    Role role{.id = o.code,
              .title = o.title,
              .track = it->second,
              .level = o.zone,
              .description = o.description,
              .aliases = std::vector<std::string>(titles[r].begin() + 1, titles[r].end()),
              .code = o.code,
              .source = rated_both[r] != 0 ? "" : imputed_source(rated_skills[r] != 0, rated_knowledge[r] != 0)};
    summary.aliases += role.aliases.size();
    data.roles.push_back(std::move(role));
    std::vector<RoleRequirement> requirements = requirements_of(r, skill_levels, skill_importance, 0);
    std::vector<RoleRequirement> knowledge = requirements_of(r, knowledge_levels, knowledge_importance, skill_levels.ids.size());
    requirements.insert(requirements.end(), knowledge.begin(), knowledge.end());
    data.requirements.push_back(std::move(requirements));
  }

  const std::vector<onet::Preparation> preparation = onet::read_preparation(directory, occupations);
  data.transitions = onet::derive_transitions(data.roles, similarity,
                                              {.moves_per_role = options.moves_per_role, .preparation = &preparation});
  summary.transitions = data.transitions.size();
  data.scoring = options.scoring;
  return OnetImport{.graph = RoleGraph(std::move(data)), .summary = std::move(summary), .block_similarities = std::move(kept)};
}

}  // namespace

Result<OnetImport> import_onet(const std::string& directory, const OnetImportOptions& options) {
  return capture_input_errors([&] { return run_import(directory, options); });
}

std::string compact_graph_text(const RoleGraph& graph) {
  nlohmann::json document = graph_to_json(graph);
  for (nlohmann::json& role : document["roles"]) {
    for (auto& [skill, requirement] : role["requirements"].items()) {
      requirement = nlohmann::json::array({requirement["level"], requirement["importance"]});
    }
  }
  // Short members first, then the long lists one element per line, so the
  // file stays readable and diffs stay small.
  static constexpr std::array<std::string_view, 13> kOrder = {
      "format", "name",   "title",  "description", "attribution", "metadata",   "scale",
      "scoring", "sources", "tracks", "skills",     "roles",       "transitions"};
  std::string text = "{";
  bool first = true;
  for (std::string_view key : kOrder) {
    auto it = document.find(key);
    if (it == document.end()) continue;
    text += first ? "\n" : ",\n";
    first = false;
    text += nlohmann::json(key).dump() + ": ";
    if (!it->is_array() || it->empty()) {
      text += it->dump();
      continue;
    }
    text += "[\n";
    for (std::size_t i = 0; i < it->size(); ++i) text += (i ? ",\n  " : "  ") + (*it)[i].dump();
    text += "\n]";
  }
  return text + "\n}\n";
}

}  // namespace careerpath
