// The `batch --format full` line: recommend's JSON document for one person,
// written straight into a string. Byte for byte what
//
//   recommendations_to_json(recommender, person, recommendations, options).dump()
//
// prints (report_json.hpp; tests/unit/report/recommend_line_test.cpp holds the two
// together), without building and freeing an nlohmann document per line: the
// keys in the order nlohmann's std::map keeps them (sorted by bytes), its
// number and string forms (json_writer.hpp). A field added to the document
// must be added here too.
#pragma once

#include <string>
#include <vector>

#include "careerpath/model/profile.hpp"
#include "careerpath/advise/recommender.hpp"
#include "careerpath/report/explain.hpp"

namespace careerpath::report {

// Appends the line (no newline) to `out`; `reasons` is scratch space, kept
// by the caller so that its storage is reused from line to line.
void append_recommend_line(const Recommender& recommender, const Profile& person,
                           const std::vector<Recommendation>& recommendations, const RecommendOptions& options,
                           Reasons& reasons, std::string& out);

}  // namespace careerpath::report
