// A team a mentor looks after: its members (profiles bound to one role graph)
// and the roles the team needs to grow people into.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "careerpath/model/profile.hpp"
#include "careerpath/util/error.hpp"

namespace careerpath {

struct Team {
  std::string id{};
  std::string name{};
  std::string mentor{};                // who leads the team's development; free text
  std::vector<Profile> members{};      // in file order; member ids are unique
  std::vector<std::size_t> goals{};    // role indices the team needs to grow people into
  std::vector<Error> notes{};          // how names were read, from the team and its member files
};

}  // namespace careerpath
