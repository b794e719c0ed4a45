// Interventions written on the command line for quick what-ifs
// (docs/simulate.md, "What-ifs on the command line"):
//
//   --train SKILL+LEVELS[,SKILL+LEVELS...][@WHEN][~DURATION]
//   --mentor FACTOR[@WHEN][~DURATION]
//   --rate FROM->TO*FACTOR[@WHEN][~DURATION]     FROM or TO may be * (any role)
//   --freeze ROLE[@WHEN][~DURATION]
//   --open ROLE+COUNT[@WHEN]
//   --to ROLE|TRACK|everyone[:N] | N            who the last --train/--mentor/--rate reaches
//   --cost C                                    per person, for the last --train/--mentor
//
// WHEN and DURATION are months (6, 6m) or years (1.5y) from the start.
// Names are resolved like everywhere else on the command line (id, title or
// alias); a bad one is a UsageError naming the flag and the value.
#pragma once

#include <string>
#include <vector>

#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"

namespace careerpath::cli {

enum class WhatIfFlag { kTrain, kMentor, kRate, kFreeze, kOpen, kTo, kCost };

// One flag as it appeared, in command-line order.
struct WhatIfArg {
  WhatIfFlag flag = WhatIfFlag::kTrain;
  std::string value{};
};

// The interventions the flags describe, in order, each named after its
// flags ("--train system-design+2@6m --to program-manager:10"). Levels are on
// the graph's scale (normalised in the result). Throws UsageError.
[[nodiscard]] std::vector<Intervention> parse_what_ifs(const RoleGraph& graph, const std::vector<WhatIfArg>& args);

}  // namespace careerpath::cli
