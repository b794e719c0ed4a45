// The lean `batch --format scores` line: for machines scoring a whole
// organisation, each person's ranked roles with the score and its components
// and the skills to build first, without the explanations and repeated
// graph-level fields of the full `recommend --json` document (a tenth of its
// size, and ten times cheaper to write). Strings are escaped as in
// recommend's document; numbers are printed in the shortest form that reads
// back as the same double, so they equal recommend's exactly:
//
//   {"id":"p1","current_role":"swe-2","recommendations":[{"role":"swe-3",
//    "score":0.61,"fit":0.8,"move":0.5,"goal":0,"preference":0,"seniority":0.5,
//    "skills_to_build":["system-design","mentoring"]}]}
#pragma once

#include <string>
#include <vector>

#include "careerpath/model/profile.hpp"
#include "careerpath/advise/recommender.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath::report {

void append_scores_line(const RoleGraph& graph, const Profile& person, const std::vector<Recommendation>& recommendations,
                        std::string& out);

}  // namespace careerpath::report
