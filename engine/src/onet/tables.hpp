// Reading the O*NET text files the importer uses, by column name, into
// occupations and per-role matrices. Private to onet_*.cpp.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <Eigen/Core>

#include "onet/tsv_table.hpp"

namespace careerpath::onet {

inline constexpr std::string_view kCodeColumn = "O*NET-SOC Code";

struct Occupation {
  std::string code{};
  std::string title{};
  std::string description{};
  int zone = 0;  // Job Zone 1-5; 0 when the occupation has none
};

// Every occupation of Occupation Data.txt, and which of them are roles.
class Occupations {
 public:
  explicit Occupations(std::vector<Occupation> all);

  [[nodiscard]] const std::vector<Occupation>& all() const noexcept { return all_; }
  [[nodiscard]] std::optional<std::size_t> find(std::string_view code) const;
  // Fixes the roles: indices into all(), in code order.
  void set_roles(std::vector<std::size_t> roles);
  [[nodiscard]] std::size_t role_count() const noexcept { return roles_.size(); }
  [[nodiscard]] const Occupation& role(std::size_t r) const { return all_[roles_[r]]; }
  [[nodiscard]] std::optional<std::size_t> role_of(std::size_t occupation) const;

  // The occupation named in `row`'s code column; an unknown or malformed
  // code is an error naming the line.
  [[nodiscard]] std::size_t occupation_at(const TsvTable& table, std::size_t row, std::size_t code_column) const;
  // Visits every row whose occupation is a role, with the role's index.
  void for_each_role_row(const TsvTable& table, const std::function<void(std::size_t row, std::size_t role)>& visit) const;

 private:
  std::vector<Occupation> all_{};
  std::unordered_map<std::string, std::size_t> index_{};  // lookup only
  std::vector<std::size_t> roles_{};
  std::vector<std::optional<std::size_t>> role_of_{};
};

[[nodiscard]] bool is_onet_code(std::string_view code);

// Reads Occupation Data.txt and Job Zones.txt.
[[nodiscard]] Occupations read_occupations(const std::string& directory);

// The O*NET release named in Read Me.txt ("30.1"), or "" when absent.
[[nodiscard]] std::string read_release(const std::string& directory);

// Ratings of content-model elements on one scale (Skills LV, Interests OI,
// ...), one row per role. Elements are in the order they first appear.
struct ElementRatings {
  std::vector<std::string> ids{};
  std::vector<std::string> names{};
  Eigen::MatrixXd values{};  // roles x elements
  Eigen::MatrixXd known{};   // 1 where rated, 0 where missing or suppressed
};

// Reads the rows of `scale` from a table with O*NET-SOC Code, Element ID,
// Element Name, Scale ID and Data Value columns. Rows with Recommend
// Suppress = Y are left out (O*NET flags their estimate as unreliable); a
// level marked Not Relevant = Y counts as 0.
[[nodiscard]] ElementRatings read_element_ratings(const TsvTable& table, const Occupations& occupations,
                                                  std::string_view scale, double lo, double hi);

[[nodiscard]] std::string file_in(const std::string& directory, std::string_view name);
[[nodiscard]] bool file_exists(const std::string& path);

}  // namespace careerpath::onet
