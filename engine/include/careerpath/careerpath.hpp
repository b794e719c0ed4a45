// The careerpath engine's entry header: everything a program needs to load a
// role graph and a person, and to ask the engine's questions.
//
//   #include <careerpath/careerpath.hpp>
//
//   careerpath::RoleGraph graph = careerpath::value_or_throw(careerpath::load_builtin_graph("tech"));
//   careerpath::Profile priya = careerpath::value_or_throw(careerpath::load_profile("priya.json", graph));
//   careerpath::Recommender recommender(graph);
//   for (const careerpath::Recommendation& r : recommender.recommend(priya, {})) { ... }
//
// Link the CMake target careerpath::engine (find_package(careerpath)); the
// exact JSON documents the command line prints are in careerpath::report
// (<careerpath/report/...>). Errors are values (util/error.hpp): every loader
// returns a Result whose Error carries a kind (not found, bad input,
// unsupported, internal) and a message naming the file or field.
//
// The layers, bottom to top (docs/architecture.md): util, model (skill space,
// role graph, profile, team, scenario, name resolution), io (loading JSON and
// the built-in graphs), advise (fit, gap, recommend, routes, mentor),
// simulate (Monte Carlo and Markov), batch (many people at once), onet
// (import and evaluation).
#pragma once

#include "careerpath/version.hpp"

#include "careerpath/util/error.hpp"
#include "careerpath/util/limits.hpp"
#include "careerpath/util/unknown_name.hpp"

#include "careerpath/model/graph_stats.hpp"
#include "careerpath/model/profile.hpp"
#include "careerpath/model/resolver.hpp"
#include "careerpath/model/role_graph.hpp"
#include "careerpath/model/scenario.hpp"
#include "careerpath/model/skill_space.hpp"
#include "careerpath/model/team.hpp"
#include "careerpath/model/title_search.hpp"

#include "careerpath/io/builtin_graphs.hpp"
#include "careerpath/io/graph_io.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/io/scenario_io.hpp"
#include "careerpath/io/team_io.hpp"

#include "careerpath/advise/gap.hpp"
#include "careerpath/advise/mentor.hpp"
#include "careerpath/advise/paths.hpp"
#include "careerpath/advise/recommender.hpp"
#include "careerpath/advise/scorer.hpp"
#include "careerpath/advise/skill_payoff.hpp"
#include "careerpath/advise/time_model.hpp"

#include "careerpath/simulate/markov.hpp"
#include "careerpath/simulate/simulator.hpp"

#include "careerpath/batch/batch.hpp"
#include "careerpath/batch/batch_scorer.hpp"
#include "careerpath/batch/fit_kernel.hpp"

#include "careerpath/onet/eval.hpp"
#include "careerpath/onet/import.hpp"
