// Finding roles by the words of a job title, for titles a graph does not
// list exactly ("Technical Program Manager" is not an O*NET title, but
// "IT Program Manager" and "Engineering Program Manager" are). Each role's
// title and aliases are compared with the query as sets of words weighted by
// inverse document frequency over all names of the graph, so that a shared
// rare word ("scrum") counts far more than a common one ("manager").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "careerpath/model/role_graph.hpp"

namespace careerpath {

struct TitleMatch {
  std::size_t role = 0;
  double score = 0.0;  // cosine of the IDF-weighted word sets, in (0, 1]
  std::string name{};  // the role's title or alias that matched best
};

// The best `limit` roles by their best-matching name, best first, ties by
// role id; roles sharing no word with the query are left out.
[[nodiscard]] std::vector<TitleMatch> search_titles(const RoleGraph& graph, std::string_view query,
                                                    std::size_t limit = 5);

}  // namespace careerpath
