#include "onet/preparation.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <map>

#include "careerpath/util/number_format.hpp"

namespace careerpath::onet {
namespace {

// Years of schooling after high school that each required level of
// education (RL category 1-12) usually takes: certificate 1, associate's 2,
// bachelor's 4, master's 6, first professional degree (MD, JD) 8, doctoral
// 9, post-doctoral training 12.
constexpr std::array<double, 13> kStudyYears = {0, 0, 0, 1, 1, 2, 4, 5, 6, 7, 8, 9, 12};
constexpr int kBachelors = 6;

double study_years(int category) {
  return category >= 0 && category < static_cast<int>(kStudyYears.size()) ? kStudyYears[static_cast<std::size_t>(category)] : 0.0;
}

// "Bachelor's Degree" from "Bachelor's Degree", "High School Diploma" from
// "High School Diploma - or the equivalent (...)".
std::string short_name(std::string_view text) {
  std::size_t end = std::min(text.find(" - "), text.find(" ("));
  return std::string(text.substr(0, end == std::string_view::npos ? text.size() : end));
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// "a bachelor's degree", "an associate's degree", "post-doctoral training".
std::string with_article(const std::string& name) {
  const bool countable = name.find("degree") != std::string::npos || name.find("certificate") != std::string::npos ||
                         name.find("diploma") != std::string::npos;
  if (!countable || name.empty()) return name;
  return (std::string_view("aeiou").find(name[0]) == std::string_view::npos ? "a " : "an ") + name;
}

// Where O*NET has no education ratings for an occupation, the education its
// Job Zone names (Job Zone Reference.txt): zones 1-2 high school, 3 an
// associate's degree or vocational training, 4 a bachelor's degree, 5
// graduate school (a master's degree).
constexpr std::array<int, 6> kZoneEducation = {0, 2, 2, 5, 6, 8};

// Category names of one scale from the categories file, by number.
std::map<int, std::string> category_names(const std::string& directory, std::string_view scale) {
  std::map<int, std::string> names;
  const std::string path = file_in(directory, "Education, Training, and Experience Categories.txt");
  if (!file_exists(path)) return names;
  const TsvTable table = value_or_throw(TsvTable::read(path, {"Scale ID", "Category", "Category Description"}));
  const std::size_t scale_id = table.column("Scale ID");
  const std::size_t category = table.column("Category");
  const std::size_t description = table.column("Category Description");
  for (std::size_t row = 0; row < table.row_count(); ++row) {
    if (table.text(row, scale_id) != scale) continue;
    names[static_cast<int>(table.number_in(row, category, 1, 99))] = std::string(table.cell(row, description));
  }
  return names;
}

// The category that at least half of the respondents' answers reach, from
// the lowest up (the median), and the share who named it.
std::pair<int, double> median_category(const std::map<int, double>& shares) {
  double total = 0.0;
  for (const auto& [category, share] : shares) total += share;
  double running = 0.0;
  for (const auto& [category, share] : shares) {
    running += share;
    if (running >= total / 2.0 && total > 0.0) return {category, share};
  }
  return {0, 0.0};
}

bool says_licence_required(std::string_view description) {
  const std::string text = lower(std::string(description));
  return text.find("licensing or registration required") != std::string::npos ||
         text.find("license required") != std::string::npos || text.find("licensure required") != std::string::npos;
}

}  // namespace

std::vector<Preparation> read_preparation(const std::string& directory, const Occupations& occupations) {
  std::vector<Preparation> out(occupations.role_count());
  for (std::size_t r = 0; r < out.size(); ++r) out[r].licence = says_licence_required(occupations.role(r).description);
  const std::string path = file_in(directory, "Education, Training, and Experience.txt");
  if (!file_exists(path)) return out;
  const TsvTable table = value_or_throw(TsvTable::read(path, {kCodeColumn, "Scale ID", "Category", "Data Value"}));
  const std::size_t scale = table.column("Scale ID");
  const std::size_t category = table.column("Category");
  const std::size_t value = table.column("Data Value");
  std::vector<std::map<int, double>> education(out.size());
  std::vector<std::map<int, double>> experience(out.size());
  occupations.for_each_role_row(table, [&](std::size_t row, std::size_t role) {
    const std::string_view s = table.text(row, scale);
    if (s != "RL" && s != "RW") return;
    const int c = static_cast<int>(table.number_in(row, category, 1, 12));
    const double share = table.number_in(row, value, 0, 100);
    (s == "RL" ? education : experience)[role][c] += share;
  });
  const std::map<int, std::string> education_names = category_names(directory, "RL");
  const std::map<int, std::string> experience_names = category_names(directory, "RW");
  for (std::size_t r = 0; r < out.size(); ++r) {
    std::tie(out[r].education, out[r].education_share) = median_category(education[r]);
    out[r].from_job_zone = out[r].education == 0;
    if (out[r].from_job_zone) out[r].education = kZoneEducation[static_cast<std::size_t>(std::clamp(occupations.role(r).zone, 0, 5))];
    out[r].experience = median_category(experience[r]).first;
    if (auto it = education_names.find(out[r].education); it != education_names.end()) {
      out[r].education_name = lower(short_name(it->second));
    }
    if (auto it = experience_names.find(out[r].experience); it != experience_names.end()) {
      out[r].experience_name = lower(it->second);
    }
  }
  return out;
}

MoveBarrier move_barrier(const Preparation& from, const std::string& from_title, const Preparation& to,
                         const std::string& to_title) {
  MoveBarrier b;
  // A degree from a bachelor's up that the source occupation does not
  // usually ask for is one its people are unlikely to hold; a first
  // professional degree and a doctorate are different degrees.
  if (to.education >= kBachelors && from.education > 0 &&
      (study_years(to.education) > study_years(from.education) ||
       (to.education >= 10 && from.education >= 10 && to.education != from.education))) {
    b.degree = true;
    b.study_years = std::max(1.0, study_years(to.education) - study_years(from.education));
    const std::string evidence = to.from_job_zone ? "the education of its Job Zone; O*NET has no survey of " + to_title
                                                  : "at least half of " + to_title + " report needing this or more";
    b.text = "requires " + with_article(to.education_name) + " (" + evidence + "), about " +
             format_number(b.study_years) + (b.study_years == 1.0 ? " year" : " years") + " of study beyond the " +
             from.education_name + " usual for " + from_title;
  }
  if (to.licence && !from.licence) {
    b.licence = true;
    b.text += std::string(b.text.empty() ? "requires" : ", and") + " a licence or registration (O*NET: " + to_title + ")";
  }
  return b;
}

}  // namespace careerpath::onet
