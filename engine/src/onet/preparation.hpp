// What an occupation usually asks of a newcomer, from O*NET's Education,
// Training, and Experience ratings (required level of education, related
// work experience) and its description ("Licensing or registration
// required."), and what a move between two occupations therefore needs.
// Private to onet_*.cpp.
#pragma once

#include <string>
#include <vector>

#include "onet/tables.hpp"

namespace careerpath::onet {

struct Preparation {
  int education = 0;          // RL category most workers' required level reaches (1-12); 0 unknown
  double education_share = 0.0;  // percent of respondents who named that category
  bool from_job_zone = false;    // no education ratings: the education its Job Zone names
  std::string education_name{};  // "Bachelor's Degree"
  int experience = 0;            // RW category (1-11); 0 unknown
  std::string experience_name{};  // "over 2 years, up to and including 4 years"
  bool licence = false;           // O*NET's description says licensing or registration is required
};

// Per role; a missing file leaves every role unknown.
[[nodiscard]] std::vector<Preparation> read_preparation(const std::string& directory, const Occupations& occupations);

// What moving from one occupation to another needs beyond the usual
// experience: a degree the first does not usually require (a bachelor's
// degree or above), and its years of study, or a licence.
struct MoveBarrier {
  bool degree = false;
  bool licence = false;
  double study_years = 0.0;  // about how many more years of study the degree takes
  std::string text{};        // "requires a Doctoral Degree (usual for ...), about 5 years of study beyond ..."
};

[[nodiscard]] MoveBarrier move_barrier(const Preparation& from, const std::string& from_title, const Preparation& to,
                                       const std::string& to_title);

}  // namespace careerpath::onet
