#include "onet/tables.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/input_file.hpp"

namespace careerpath::onet {
std::string file_in(const std::string& directory, std::string_view name) {
  return (std::filesystem::path(directory) / name).string();
}

bool file_exists(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

// NN-NNNN.NN, as in 15-1252.00.
bool is_onet_code(std::string_view code) {
  if (code.size() != 10 || code[2] != '-' || code[7] != '.') return false;
  for (std::size_t i : {0, 1, 3, 4, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(code[i]))) return false;
  }
  return true;
}

Occupations::Occupations(std::vector<Occupation> all) : all_(std::move(all)) {
  for (std::size_t i = 0; i < all_.size(); ++i) index_.emplace(all_[i].code, i);
  role_of_.assign(all_.size(), std::nullopt);
}

std::optional<std::size_t> Occupations::find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  if (it == index_.end()) return std::nullopt;
  return it->second;
}

void Occupations::set_roles(std::vector<std::size_t> roles) {
  roles_ = std::move(roles);
  role_of_.assign(all_.size(), std::nullopt);
  for (std::size_t r = 0; r < roles_.size(); ++r) role_of_[roles_[r]] = r;
}

std::optional<std::size_t> Occupations::role_of(std::size_t occupation) const { return role_of_[occupation]; }

std::size_t Occupations::occupation_at(const TsvTable& table, std::size_t row, std::size_t code_column) const {
  const std::string_view code = table.text(row, code_column);
  if (!is_onet_code(code)) table.fail(row, code_column, "'" + std::string(code) + "' is not an O*NET-SOC code (NN-NNNN.NN)");
  auto index = find(code);
  if (!index) table.fail(row, code_column, "unknown occupation code '" + std::string(code) + "' (not in Occupation Data.txt)");
  return *index;
}

void Occupations::for_each_role_row(const TsvTable& table,
                                    const std::function<void(std::size_t row, std::size_t role)>& visit) const {
  const std::size_t code = table.column(kCodeColumn);
  for (std::size_t row = 0; row < table.row_count(); ++row) {
    if (auto role = role_of(occupation_at(table, row, code))) visit(row, *role);
  }
}

Occupations read_occupations(const std::string& directory) {
  const TsvTable data =
      value_or_throw(TsvTable::read(file_in(directory, "Occupation Data.txt"), {kCodeColumn, "Title", "Description"}));
  const std::size_t code = data.column(kCodeColumn);
  const std::size_t title = data.column("Title");
  const std::size_t description = data.column("Description");
  std::vector<Occupation> all;
  std::unordered_map<std::string, int> first_line;
  for (std::size_t row = 0; row < data.row_count(); ++row) {
    Occupation o;
    o.code = std::string(data.text(row, code));
    if (!is_onet_code(o.code)) data.fail(row, code, "'" + o.code + "' is not an O*NET-SOC code (NN-NNNN.NN)");
    if (auto [it, inserted] = first_line.emplace(o.code, data.line(row)); !inserted) {
      data.fail(row, code, "occupation '" + o.code + "' is listed twice (first on line " + std::to_string(it->second) + ")");
    }
    o.title = std::string(data.text(row, title));
    if (!data.is_missing(row, description)) o.description = std::string(data.cell(row, description));
    all.push_back(std::move(o));
  }
  if (all.empty()) throw InputError(Error{.file = data.file(), .message = "no occupations listed"});
  std::sort(all.begin(), all.end(), [](const Occupation& a, const Occupation& b) { return a.code < b.code; });
  Occupations occupations(std::move(all));

  const TsvTable zones = value_or_throw(TsvTable::read(file_in(directory, "Job Zones.txt"), {kCodeColumn, "Job Zone"}));
  const std::size_t zone_code = zones.column(kCodeColumn);
  const std::size_t zone = zones.column("Job Zone");
  std::vector<Occupation> with_zones = occupations.all();
  for (std::size_t row = 0; row < zones.row_count(); ++row) {
    const std::size_t o = occupations.occupation_at(zones, row, zone_code);
    const double value = zones.number_in(row, zone, 1, 5);
    if (value != static_cast<int>(value)) zones.fail(row, zone, "a Job Zone is a whole number from 1 to 5");
    with_zones[o].zone = static_cast<int>(value);
  }
  return Occupations(std::move(with_zones));
}

std::string read_release(const std::string& directory) {
  auto text = read_input_text(file_in(directory, "Read Me.txt"));
  if (!text) return "";
  // "O*NET 30.1 Database": the token after "O*NET ".
  constexpr std::string_view kPrefix = "O*NET ";
  const std::size_t at = text->find(kPrefix);
  if (at == std::string::npos) return "";
  std::size_t end = at + kPrefix.size();
  while (end < text->size() && (std::isdigit(static_cast<unsigned char>((*text)[end])) || (*text)[end] == '.')) ++end;
  return text->substr(at + kPrefix.size(), end - at - kPrefix.size());
}

ElementRatings read_element_ratings(const TsvTable& table, const Occupations& occupations, std::string_view scale,
                                    double lo, double hi) {
  const std::size_t element_id = table.column("Element ID");
  const std::size_t element_name = table.column("Element Name");
  const std::size_t scale_id = table.column("Scale ID");
  const std::size_t value = table.column("Data Value");
  const std::optional<std::size_t> suppress = table.find_column("Recommend Suppress");
  const std::optional<std::size_t> not_relevant = table.find_column("Not Relevant");

  // Elements in first-seen order over all rows (every scale), so that two
  // scales of one file share their element order.
  ElementRatings ratings;
  std::unordered_map<std::string, std::size_t> element_index;
  std::vector<std::size_t> element_of(table.row_count());
  for (std::size_t row = 0; row < table.row_count(); ++row) {
    const std::string id(table.text(row, element_id));
    auto [it, inserted] = element_index.emplace(id, ratings.ids.size());
    if (inserted) {
      ratings.ids.push_back(id);
      ratings.names.emplace_back(table.text(row, element_name));
    } else if (table.cell(row, element_name) != ratings.names[it->second]) {
      table.fail(row, element_name, "element " + id + " is named '" + ratings.names[it->second] + "' elsewhere");
    }
    element_of[row] = it->second;
  }
  const auto roles = static_cast<Eigen::Index>(occupations.role_count());
  const auto elements = static_cast<Eigen::Index>(ratings.ids.size());
  ratings.values = Eigen::MatrixXd::Zero(roles, elements);
  ratings.known = Eigen::MatrixXd::Zero(roles, elements);
  occupations.for_each_role_row(table, [&](std::size_t row, std::size_t role) {
    if (table.text(row, scale_id) != scale) return;
    const double v = table.number_in(row, value, lo, hi);
    if (suppress && table.flag(row, *suppress)) return;
    const auto r = static_cast<Eigen::Index>(role);
    const auto e = static_cast<Eigen::Index>(element_of[row]);
    if (ratings.known(r, e) != 0.0) table.fail(row, element_id, "a second " + std::string(scale) + " rating of this element for this occupation");
    ratings.values(r, e) = (not_relevant && table.flag(row, *not_relevant)) ? 0.0 : v;
    ratings.known(r, e) = 1.0;
  });
  return ratings;
}

}  // namespace careerpath::onet
