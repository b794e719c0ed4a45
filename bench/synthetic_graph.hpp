// An O*NET-sized role graph built in memory for benchmarks: about 900 roles
// over 100 skills, 20 tracks, levels 1-6, each role requiring about 60% of
// the skills (O*NET rates every skill for every occupation; importers keep
// the relevant ones) and 5 usual moves out of each role. Deterministic for a
// given seed. bench/peers/gen_inputs.py writes a graph of the same recipe to
// a file for the end-to-end runs.
#pragma once

#include <random>
#include <string>

#include "careerpath/batch/fit_kernel.hpp"
#include "careerpath/model/role_graph.hpp"

namespace careerpath::bench {

struct SyntheticShape {
  std::size_t roles = 900;
  std::size_t skills = 100;
  std::size_t tracks = 20;
  std::size_t moves_per_role = 5;
  double required_share = 0.6;
  unsigned seed = 42;
};

inline RoleGraph synthetic_graph(const SyntheticShape& shape = {}) {
  std::mt19937_64 rng(shape.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  RoleGraphData data;
  data.name = "synthetic";
  data.title = "Synthetic O*NET-sized graph";
  for (std::size_t t = 0; t < shape.tracks; ++t) {
    data.tracks.push_back({.id = "track-" + std::to_string(t), .name = "Track " + std::to_string(t)});
  }
  std::vector<Skill> skills;
  for (std::size_t s = 0; s < shape.skills; ++s) {
    skills.push_back({.id = "skill-" + std::to_string(s), .name = "Skill " + std::to_string(s), .category = "technical"});
  }
  data.skills = SkillSpace(std::move(skills), Scale{});
  for (std::size_t r = 0; r < shape.roles; ++r) {
    const int level = 1 + static_cast<int>(r % 6);
    data.roles.push_back({.id = "role-" + std::to_string(r),
                          .title = "Role " + std::to_string(r),
                          .track = r % shape.tracks,
                          .level = level});
    std::vector<RoleRequirement> requirements;
    for (std::size_t s = 0; s < shape.skills; ++s) {
      if (unit(rng) > shape.required_share) continue;
      // Levels on the 0-5 scale in half steps, rising with seniority.
      const double level_needed = std::min(5.0, std::round((0.5 + unit(rng) * 2.5 + 0.3 * level) * 2.0) / 2.0);
      requirements.push_back({.skill = s, .level = level_needed, .importance = std::round(unit(rng) * 20.0) / 20.0});
    }
    data.requirements.push_back(std::move(requirements));
  }
  for (std::size_t r = 0; r < shape.roles; ++r) {
    for (std::size_t m = 0; m < shape.moves_per_role; ++m) {
      std::size_t to = (r + 1 + static_cast<std::size_t>(unit(rng) * static_cast<double>(shape.roles - 1))) % shape.roles;
      if (to == r) to = (r + 1) % shape.roles;
      bool duplicate = false;
      for (const Transition& t : data.transitions) duplicate = duplicate || (t.from == r && t.to == to);
      if (duplicate) continue;
      const int change = data.roles[to].level - data.roles[r].level;
      const MoveKind kind = change > 0 ? MoveKind::kPromotion : change < 0 ? MoveKind::kStepBack : MoveKind::kLateral;
      data.transitions.push_back(
          {.from = r, .to = to, .kind = kind, .rate = 0.02 + 0.15 * unit(rng), .min_years = std::round(unit(rng) * 8.0) / 2.0});
    }
  }
  return RoleGraph(std::move(data));
}

// `count` people as rows of normalised skill levels: each holds about a
// quarter of the skills, in half steps on the 0-5 scale.
inline FloatRows synthetic_people(Eigen::Index count, Eigen::Index skills, unsigned seed = 7) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  FloatRows people = FloatRows::Zero(count, skills);
  for (Eigen::Index p = 0; p < count; ++p) {
    for (Eigen::Index j = 0; j < skills; ++j) {
      if (unit(rng) < 0.25f) people(p, j) = std::round(unit(rng) * 10.0f) / 10.0f;
    }
  }
  return people;
}

}  // namespace careerpath::bench
