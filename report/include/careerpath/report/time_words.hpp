// How times from the time model (advise/time_model.hpp) are written, in
// tables and JSON, so that every output showing years says the same thing
// and means the same thing: the time for a person who pursues the route.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "careerpath/advise/paths.hpp"
#include "careerpath/advise/time_model.hpp"

namespace careerpath::report {

// What every figure in years means, for footers and JSON documents.
inline constexpr const char* kYearsMeaning =
    "years if you pursue this route: the minimum time still to serve, the time to close the skill gap at your "
    "learning rate, and the time to land each move once ready; the median with the 10th-90th percentile range";

// "1.6 y (1.0-2.6)": the median and the 10th-90th percentile range.
[[nodiscard]] std::string years_range(const YearsRange& years);

// {"p10": .., "median": .., "p90": ..}; null for a time that is infinite.
[[nodiscard]] nlohmann::json years_json(const YearsRange& years);

// "about 1.6 years (1.0-2.6) if you pursue it" or, past a career stage,
// "about 18.0 years (...): beyond a career stage, not advice".
[[nodiscard]] std::string route_years_words(const CareerPath& path);

}  // namespace careerpath::report
