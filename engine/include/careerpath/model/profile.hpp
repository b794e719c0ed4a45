// A person: where they are, what they can do, and what they want. A Profile
// is bound to one RoleGraph: roles, skills and tracks are indices into it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "careerpath/util/error.hpp"

namespace careerpath {

// Whether a move to a lower level is acceptable (Abseil tip #94: an enum, not a bool).
enum class StepBack { kForbidden, kAllowed };

struct Preferences {
  std::vector<double> track_weight{};  // per track of the graph, in [-1, 1]; 0 is neutral
  std::vector<std::size_t> avoid{};    // role indices never to recommend or route through
  StepBack step_back = StepBack::kForbidden;
};

struct Profile {
  std::string id{};
  std::string name{};
  std::string summary{};
  std::size_t current_role = 0;
  double years_in_role = 0.0;
  Eigen::VectorXd skills{};          // normalised [0, 1], one entry per skill of the graph
  std::vector<std::size_t> goals{};  // role indices
  Preferences preferences{};
  double learning_rate = 1.0;  // multiplies skill growth in simulations
  std::vector<Error> notes{};  // how names in the profile were read (a title taken as the closest role)
};

}  // namespace careerpath
