#include "careerpath/report/time_words.hpp"

#include <cmath>

#include "careerpath/report/table.hpp"

namespace careerpath::report {

std::string years_range(const YearsRange& y) {
  if (!std::isfinite(y.median)) return "never (no usual move)";
  return fixed(y.median, 1) + " y (" + fixed(y.p10, 1) + "-" + fixed(y.p90, 1) + ")";
}

nlohmann::json years_json(const YearsRange& y) {
  if (!std::isfinite(y.median)) return nullptr;
  return {{"p10", y.p10}, {"median", y.median}, {"p90", y.p90}};
}

std::string route_years_words(const CareerPath& path) {
  std::string out = "about " + fixed(path.years.median, 1) + " years (" + fixed(path.years.p10, 1) + "-" +
                    fixed(path.years.p90, 1) + ") if you pursue it";
  if (path.beyond_career_stage) out += ": beyond a career stage, shown for completeness, not advice";
  return out;
}

}  // namespace careerpath::report
