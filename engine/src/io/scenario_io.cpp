#include "careerpath/io/scenario_io.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>
#include <set>

#include "careerpath/io/json_reader.hpp"
#include "careerpath/util/number_format.hpp"
#include "careerpath/io/profile_io.hpp"
#include "careerpath/io/team_io.hpp"
#include "careerpath/util/limits.hpp"
#include "careerpath/util/unknown_name.hpp"

namespace careerpath {
namespace {

namespace fs = std::filesystem;

constexpr double kMaxYears = 60.0;
constexpr auto kMaxRuns = static_cast<long long>(limits::kMaxRuns);
constexpr long long kMaxHeadcount = 1'000'000;  // per role and in total
constexpr double kMaxHiresPerYear = 10000.0;      // over all hiring plans
constexpr auto kMaxSeed = static_cast<long long>(limits::kMaxSeed);  // 2^53 - 1: exact in every JSON reader
constexpr double kMaxRateUncertainty = 10.0;        // a factor of 11 either way
constexpr std::size_t kMaxExtends = 16;             // scenarios in one "extends" chain

// Everything a reader needs besides the node: the graph and where the file is.
struct ReadContext {
  const RoleGraph& graph;
  std::optional<fs::path> base;  // folder of the scenario file; empty when file references are refused

  [[nodiscard]] double scale_span() const { return graph.skills().scale().span(); }
  // A level difference on the graph's scale, normalised.
  [[nodiscard]] double levels(const JsonNode& node, double lo, double hi, std::string_view what) const {
    return node.number_in(lo, hi, what) / scale_span();
  }
};

std::size_t read_track(const JsonNode& node, const RoleGraph& graph) {
  const std::string id = node.string();
  if (auto t = graph.find_track(id)) return *t;
  std::vector<std::string> ids;
  for (const Track& t : graph.tracks()) ids.push_back(t.id);
  node.fail(unknown_name_message("track", id, closest_matches(id, ids)));
}

std::size_t read_role_key(const JsonNode& node, const std::string& id, const RoleGraph& graph) {
  // Keys of role maps name roles too; reuse the role reader by wrapping the key.
  const nlohmann::json key = id;
  return read_role_ref(node.rebound(key), graph);
}

std::string resolve(const ReadContext& ctx, const JsonNode& node) {
  const std::string relative = node.non_empty_string();
  if (!ctx.base) node.fail("a file path is not accepted here; give the profile or team inline");
  const fs::path path = fs::path(relative).is_absolute() ? fs::path(relative) : *ctx.base / relative;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    node.fail("'" + relative + "' " + (fs::exists(path, ec) ? "is not a file" : "does not exist") + " (looked for " +
              path.lexically_normal().string() + ")");
  }
  return path.lexically_normal().string();
}

Profile read_person(const ReadContext& ctx, const JsonNode& node, std::vector<Error>& notes) {
  if (node.raw().is_string()) {
    Profile person = value_or_throw(load_profile(resolve(ctx, node), ctx.graph));  // names the profile file and the place in it
    notes.insert(notes.end(), person.notes.begin(), person.notes.end());
    return person;
  }
  if (!node.is_object()) node.fail("expected a profile file path or an inline profile object");
  return read_profile(node, ctx.graph, FormatField::kOptional);
}

void read_organisation(const ReadContext& ctx, const JsonNode& node, OrganisationSpec& org) {
  node.expect_only({"headcount", "skill_spread", "years_in_role"});
  org.headcount.assign(ctx.graph.role_count(), 0);
  long long total = 0;
  node.at("headcount").for_each_member([&](const std::string& id, const JsonNode& value) {
    const std::size_t role = read_role_key(value, id, ctx.graph);
    org.headcount[role] = value.integer_in(0, kMaxHeadcount, "headcount");
    total += org.headcount[role];
  });
  if (total == 0) node.at("headcount").fail("an organisation needs at least one person");
  if (total > kMaxHeadcount) node.at("headcount").fail("total headcount " + std::to_string(total) + " is above the limit of " + std::to_string(kMaxHeadcount));
  if (auto spread = node.find("skill_spread")) org.skill_spread = ctx.levels(*spread, 0.0, ctx.scale_span(), "skill_spread");
  if (auto tenure = node.find("years_in_role")) {
    tenure->expect_only({"min", "max"});
    org.tenure_min = tenure->at("min").number_in(0.0, kMaxYears, "years_in_role min");
    org.tenure_max = tenure->at("max").number_in(0.0, kMaxYears, "years_in_role max");
    if (org.tenure_max < org.tenure_min) tenure->at("max").fail("max is below min");
  }
}

// Returns the runs given inside the population, if any.
std::optional<long long> read_population(const ReadContext& ctx, const JsonNode& node, Population& pop,
                                        std::vector<Error>& notes) {
  if (!node.is_object()) node.fail("expected a population object");
  node.expect_only({"profile", "profiles", "team", "organisation", "runs"});
  int kinds = 0;
  for (std::string_view k : {"profile", "profiles", "team", "organisation"}) kinds += node.has(k) ? 1 : 0;
  if (kinds != 1) node.fail("give exactly one of \"profile\", \"profiles\", \"team\" or \"organisation\"");
  std::optional<long long> runs;
  if (auto r = node.find("runs")) runs = r->integer_in(1, kMaxRuns, "runs");

  if (auto org = node.find("organisation")) {
    if (runs) node.at("runs").fail("an organisation's runs go at the top level");
    pop.kind = Population::Kind::kOrganisation;
    read_organisation(ctx, *org, pop.organisation);
    return runs;
  }
  pop.kind = Population::Kind::kProfiles;
  if (auto one = node.find("profile")) pop.people.push_back(read_person(ctx, *one, notes));
  if (auto list = node.find("profiles")) {
    if (list->size() == 0) list->fail("a population needs at least one profile");
    for (const JsonNode& e : list->elements()) pop.people.push_back(read_person(ctx, e, notes));
  }
  if (auto team_node = node.find("team")) {
    Team team = value_or_throw(load_team(resolve(ctx, *team_node), ctx.graph));
    notes.insert(notes.end(), team.notes.begin(), team.notes.end());
    pop.team_id = team.id;
    pop.people = std::move(team.members);
    // The team's goals are everyone's goals.
    for (Profile& p : pop.people) {
      for (std::size_t g : team.goals) {
        if (std::find(p.goals.begin(), p.goals.end(), g) == p.goals.end()) p.goals.push_back(g);
      }
    }
  }
  std::set<std::string> ids;
  for (std::size_t i = 0; i < pop.people.size(); ++i) {
    if (!ids.insert(pop.people[i].id).second) node.fail("two people have the id '" + pop.people[i].id + "'");
  }
  return runs;
}

// A probability per year, or {"default": p, "tracks": {...}, "roles": {...}}:
// a role's own value wins over its track's, which wins over the default.
// What the object leaves out keeps its value in `out` (a parent's, when
// the scenario extends another).
std::vector<double> read_attrition(const ReadContext& ctx, const JsonNode& node, std::vector<double> out) {
  auto rate = [](const JsonNode& n) {
    const double p = n.number_in(0.0, 1.0, "attrition");
    if (p >= 1.0) n.fail("attrition must be below 1 (everyone would leave at once)");
    return p;
  };
  const RoleGraph& graph = ctx.graph;
  if (!node.is_object()) return std::vector<double>(graph.role_count(), rate(node));
  node.expect_only({"default", "tracks", "roles"});
  if (auto d = node.find("default")) std::fill(out.begin(), out.end(), rate(*d));
  if (auto tracks = node.find("tracks")) {
    tracks->for_each_member([&](const std::string& id, const JsonNode& value) {
      const nlohmann::json key = id;
      const std::size_t t = read_track(value.rebound(key), graph);
      const double p = rate(value);
      for (std::size_t r = 0; r < graph.role_count(); ++r) {
        if (graph.role(r).track == t) out[r] = p;
      }
    });
  }
  if (auto roles = node.find("roles")) {
    roles->for_each_member(
        [&](const std::string& id, const JsonNode& value) { out[read_role_key(value, id, graph)] = rate(value); });
  }
  return out;
}

// One hiring entry: for a role or for every role of a track, a fixed
// number a year or a policy. `initial` is the starting headcount per role
// (a target defaults to it).
std::vector<HiringPlan> read_hiring(const ReadContext& ctx, const JsonNode& h, const std::vector<long long>& initial) {
  h.expect_only({"role", "track", "per_year", "policy", "headcount", "time_to_fill", "skill_offset"});
  const Scale& scale = ctx.graph.skills().scale();
  if (h.has("role") == h.has("track")) h.fail("give exactly one of \"role\" or \"track\"");
  std::vector<std::size_t> roles;
  if (auto r = h.find("role")) roles.push_back(read_role_ref(*r, ctx.graph));
  if (auto t = h.find("track")) {
    const std::size_t track = read_track(*t, ctx.graph);
    for (std::size_t r = 0; r < ctx.graph.role_count(); ++r) {
      if (ctx.graph.role(r).track == track) roles.push_back(r);
    }
  }
  HiringPlan plan;
  const std::string policy = h.has("policy") ? h.at("policy").string() : "per_year";
  if (policy == "per_year") {
    h.expect_only({"role", "track", "per_year", "policy", "skill_offset"});
    plan.rule = FixedPerYear{h.at("per_year").number_in(0.0, kMaxHiresPerYear, "per_year")};
  } else if (policy == "backfill") {
    h.expect_only({"role", "track", "policy", "time_to_fill", "skill_offset"});
    plan.rule = Backfill{};
  } else if (policy == "target") {
    h.expect_only({"role", "track", "policy", "headcount", "time_to_fill", "skill_offset"});
    if (auto n = h.find("headcount")) {
      if (h.has("track")) n->fail("a track's target is each role's starting headcount; give targets per role instead");
      plan.rule = TargetHeadcount{n->integer_in(0, kMaxHeadcount, "target headcount")};
    }
  } else {
    h.at("policy").fail("unknown hiring policy '" + policy + "'; expected per_year, backfill or target");
  }
  if (auto o = h.find("skill_offset")) plan.skill_offset = ctx.levels(*o, -scale.span(), scale.span(), "skill_offset");
  if (auto f = h.find("time_to_fill")) plan.time_to_fill = f->number_in(0.0, kMaxYears, "time_to_fill");
  std::vector<HiringPlan> out;
  for (std::size_t r : roles) {
    HiringPlan p = plan;
    p.role = r;
    if (policy == "target" && !h.has("headcount")) p.rule = TargetHeadcount{initial[r]};
    out.push_back(p);
  }
  return out;
}

void read_dynamics(const ReadContext& ctx, const JsonNode& node, Dynamics& d, const std::vector<long long>& initial) {
  node.expect_only({"skill_growth", "stretch", "ceiling", "fit_exponent", "skill_effects", "attrition", "hiring",
                    "capacity", "rate_uncertainty"});
  const Scale& scale = ctx.graph.skills().scale();
  if (auto g = node.find("skill_growth")) d.growth_rate = g->number_in(0.0, 10.0, "skill_growth");
  if (auto s = node.find("stretch")) d.stretch = ctx.levels(*s, 0.0, scale.span(), "stretch");
  if (auto c = node.find("ceiling")) d.ceiling = scale.normalise(c->number_in(scale.min, scale.max, "ceiling"));
  if (auto k = node.find("fit_exponent")) d.fit_exponent = k->number_in(0.0, 10.0, "fit_exponent");
  if (auto e = node.find("skill_effects")) d.skill_effects = e->boolean() ? SkillEffects::kOn : SkillEffects::kOff;
  if (auto a = node.find("attrition")) d.attrition = read_attrition(ctx, *a, d.attrition);
  if (auto hiring = node.find("hiring")) {
    d.hiring.clear();  // a list replaces the one a scenario extends
    double total = 0.0;
    for (const JsonNode& h : hiring->elements()) {
      for (HiringPlan& plan : read_hiring(ctx, h, initial)) {
        if (const auto* fixed = std::get_if<FixedPerYear>(&plan.rule)) total += fixed->per_year;
        d.hiring.push_back(plan);
      }
    }
    // Every hire is a simulated person; keep a run's population bounded.
    if (total > kMaxHiresPerYear) {
      hiring->fail("hiring adds " + format_number(total) + " people a year, above the limit of " +
                   format_number(kMaxHiresPerYear));
    }
  }
  if (auto capacity = node.find("capacity")) {
    capacity->for_each_member([&](const std::string& id, const JsonNode& value) {
      d.capacity[read_role_key(value, id, ctx.graph)] = value.integer_in(0, kMaxHeadcount, "capacity");
    });
  }
  if (auto u = node.find("rate_uncertainty")) d.rate_uncertainty = u->number_in(0.0, kMaxRateUncertainty, "rate_uncertainty");
}

Selector read_selector(const ReadContext& ctx, const JsonNode& node, const Population& pop) {
  node.expect_only({"everyone", "role", "track", "people", "count"});
  int groups = 0;
  for (std::string_view k : {"everyone", "role", "track", "people"}) groups += node.has(k) ? 1 : 0;
  if (groups != 1) node.fail("give exactly one of \"everyone\", \"role\", \"track\" or \"people\"");
  Selector s;
  if (auto n = node.find("count")) s.limit = static_cast<std::size_t>(n->integer_in(1, kMaxHeadcount, "count"));
  if (auto e = node.find("everyone")) {
    if (!e->boolean()) e->fail("\"everyone\" can only be true");
    return s;
  }
  if (auto r = node.find("role")) {
    s.group = InRole{read_role_ref(*r, ctx.graph)};
    return s;
  }
  if (auto t = node.find("track")) {
    s.group = InTrack{read_track(*t, ctx.graph)};
    return s;
  }
  const JsonNode people = node.at("people");
  if (pop.kind != Population::Kind::kProfiles) people.fail("named people need a population of profiles or a team");
  NamedPeople named;
  std::vector<std::string> known;
  for (const Profile& p : pop.people) known.push_back(p.id);
  for (const JsonNode& e : people.elements()) {
    const std::string id = e.string();
    if (std::find(known.begin(), known.end(), id) == known.end()) {
      e.fail(unknown_name_message("person", id, closest_matches(id, known), " (no such id in the population)"));
    }
    named.ids.push_back(id);
  }
  s.group = std::move(named);
  return s;
}

double read_cost(const JsonNode& node) {
  auto c = node.find("cost");
  return c ? c->number_in(0.0, 1e12, "cost") : 0.0;
}

Intervention read_intervention(const ReadContext& ctx, const JsonNode& node, const Scenario& s) {
  if (!node.is_object()) node.fail("expected an intervention object");
  Intervention iv;
  const JsonNode type = node.at("type");
  const std::string kind = type.string();
  if (kind == "training") {
    node.expect_only({"type", "name", "at", "duration", "who", "skills", "cost"});
    Training t;
    const JsonNode skills = node.at("skills");
    skills.for_each_member([&](const std::string& id, const JsonNode& value) {
      const std::size_t skill = read_skill_ref(value, id, ctx.graph.skills());
      for (const SkillGain& given : t.gains) {
        if (given.skill == skill) value.fail("skill '" + ctx.graph.skills()[skill].id + "' is given twice");
      }
      const double gain = ctx.levels(value, 0.0, ctx.scale_span(), "skill gain");
      if (gain <= 0.0) value.fail("a training gain must be above 0");
      t.gains.push_back({skill, gain});
    });
    if (t.gains.empty()) skills.fail("a training needs at least one skill");
    t.cost_per_person = read_cost(node);
    iv.action = std::move(t);
  } else if (kind == "mentoring") {
    node.expect_only({"type", "name", "at", "duration", "who", "learning_multiplier", "cost"});
    Mentoring m;
    const JsonNode multiplier = node.at("learning_multiplier");
    m.learning_multiplier = multiplier.number_in(0.0, 10.0, "learning_multiplier");
    if (m.learning_multiplier <= 0.0) multiplier.fail("learning_multiplier must be above 0");
    m.cost_per_person = read_cost(node);
    iv.action = m;
  } else if (kind == "move_rate") {
    node.expect_only({"type", "name", "at", "duration", "who", "from", "to", "multiplier"});
    MoveRateChange c;
    if (auto f = node.find("from")) c.from = read_role_ref(*f, ctx.graph);
    if (auto t = node.find("to")) c.to = read_role_ref(*t, ctx.graph);
    if (!c.from && !c.to) node.fail("a move_rate change needs \"from\", \"to\" or both");
    if (c.from && c.to && !ctx.graph.find_transition(*c.from, *c.to)) {
      node.at("to").fail("the graph has no move from '" + ctx.graph.role(*c.from).id + "' to '" +
                         ctx.graph.role(*c.to).id + "'");
    }
    c.multiplier = node.at("multiplier").number_in(0.0, 100.0, "multiplier");
    iv.action = c;
  } else if (kind == "freeze") {
    node.expect_only({"type", "name", "at", "duration", "role"});
    iv.action = Freeze{read_role_ref(node.at("role"), ctx.graph)};
  } else if (kind == "open_positions") {
    node.expect_only({"type", "name", "at", "role", "count"});
    OpenPositions o{read_role_ref(node.at("role"), ctx.graph), node.at("count").integer_in(1, kMaxHeadcount, "count")};
    if (!s.dynamics.capacity[o.role]) {
      node.at("role").fail("role '" + ctx.graph.role(o.role).id +
                           "' has no capacity to open positions in; give it one in /dynamics/capacity");
    }
    iv.action = o;
  } else {
    type.fail("unknown intervention type '" + kind + "'; expected training, mentoring, move_rate, freeze or open_positions");
  }
  if (auto name = node.find("name")) iv.name = name->string();
  if (iv.name.empty()) iv.name = kind;
  const JsonNode at = node.at("at");
  iv.at = at.number_in(0.0, kMaxYears, "at");
  if (iv.at >= s.years) at.fail("starts at year " + format_number(iv.at) + ", at or after the horizon of " +
                                format_number(s.years) + " years");
  if (auto d = node.find("duration")) {
    iv.duration = d->number_in(0.0, kMaxYears, "duration");
    if (*iv.duration <= 0.0 && iv.kind() != InterventionKind::kTraining) d->fail("duration must be above 0");
    if (*iv.duration <= 0.0) iv.duration.reset();
  }
  if (auto who = node.find("who")) iv.who = read_selector(ctx, *who, s.population);
  return iv;
}

// The starting headcount per role (targets default to it).
std::vector<long long> initial_headcount(const Population& pop, std::size_t roles) {
  if (pop.kind == Population::Kind::kOrganisation) return pop.organisation.headcount;
  std::vector<long long> out(roles, 0);
  for (const Profile& p : pop.people) ++out[p.current_role];
  return out;
}

// Checks that need the whole scenario: after a file extending another has
// changed the horizon or the population, the inherited parts must still fit.
void check_whole(const JsonNode& root, const RoleGraph& graph, const Scenario& s) {
  if (s.population.kind == Population::Kind::kOrganisation) {
    for (std::size_t r = 0; r < graph.role_count(); ++r) {
      const auto& cap = s.dynamics.capacity[r];
      if (cap && s.population.organisation.headcount[r] > *cap) {
        const auto place = root.find("dynamics") ? root.at("dynamics").find("capacity") : std::nullopt;
        const JsonNode& where = place && place->has(graph.role(r).id) ? place->at(graph.role(r).id) : root;
        where.fail("capacity " + std::to_string(*cap) + " is below the headcount " +
                   std::to_string(s.population.organisation.headcount[r]) + " of role '" + graph.role(r).id + "'");
      }
    }
  }
  for (const Intervention& iv : s.interventions) {
    if (iv.at >= s.years) {
      root.find("horizon_years").value_or(root).fail("intervention '" + iv.name + "' starts at year " + format_number(iv.at) +
                ", at or after the horizon of " + format_number(s.years) + " years");
    }
  }
}

// Files being read, outermost first, to name an "extends" cycle.
using Chain = std::vector<fs::path>;

Scenario read_file_scenario(const fs::path& path, const JsonNode& from, const RoleGraph& graph, Chain& chain);

// "extends": the scenario this one starts from, read with its own folder.
Scenario read_parent(const ReadContext& ctx, const JsonNode& node, Chain& chain) {
  const std::string path = resolve(ctx, node);
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(path, ec);
  for (std::size_t i = 0; i < chain.size(); ++i) {
    if (chain[i] != canonical) continue;
    std::string cycle;
    for (std::size_t j = i; j < chain.size(); ++j) cycle += chain[j].filename().string() + " -> ";
    node.fail("\"extends\" makes a cycle: " + cycle + canonical.filename().string());
  }
  if (chain.size() >= kMaxExtends) node.fail("more than " + std::to_string(kMaxExtends) + " scenarios extend each other");
  return read_file_scenario(path, node, ctx.graph, chain);
}

Scenario read_scenario(const JsonNode& root, const RoleGraph& graph, const std::optional<fs::path>& base,
                       Chain& chain) {
  if (!root.is_object()) root.fail("expected a scenario object");
  root.expect_format(kScenarioFormat);
  root.expect_only({"format", "id", "name", "description", "extends", "population", "runs", "horizon_years", "step",
                    "seed", "goals", "dynamics", "interventions"});
  const ReadContext ctx{graph, base};
  Scenario s;
  if (auto parent = root.find("extends")) {
    s = read_parent(ctx, *parent, chain);
    s.extends.insert(s.extends.begin(), s.file);
    s.name.clear();
    s.description.clear();
  } else {
    s.dynamics = default_dynamics(graph);
    (void)root.at("population");  // required unless inherited
  }
  s.file = root.file();
  // The parts are read on their own, so that one pass finds every problem;
  // the checks of the whole need them all.
  root.attempt([&] { s.id = root.at("id").slug(); });
  root.attempt([&] {
    if (auto name = root.find("name")) s.name = name->string();
  });
  root.attempt([&] {
    if (auto d = root.find("description")) s.description = d->string();
  });
  if (s.name.empty()) s.name = s.id;

  std::vector<Error> file_notes;  // from the profile and team files the population names
  std::optional<long long> population_runs;
  root.attempt([&] {
    if (auto pop = root.find("population")) {
      s.population = Population{};
      population_runs = read_population(ctx, *pop, s.population, file_notes);
    }
  });
  root.attempt([&] {
    if (auto runs = root.find("runs")) {
      if (population_runs) runs->fail("runs is given twice (also in /population/runs)");
      s.runs = static_cast<std::size_t>(runs->integer_in(1, kMaxRuns, "runs"));
    } else if (population_runs) {
      s.runs = static_cast<std::size_t>(*population_runs);
    }
  });
  root.attempt([&] {
    if (auto h = root.find("horizon_years")) {
      s.years = h->number_in(0.0, kMaxYears, "horizon_years");
      if (s.step_at(s.years) == 0) h->fail("the horizon must be above 0");
    }
    if (auto step = root.find("step")) {
      auto parsed = parse_step_length(step->string());
      if (!parsed) step->fail("unknown step '" + step->string() + "'; expected month, quarter or year");
      s.step = *parsed;
      if (s.step_at(s.years) == 0) step->fail("the horizon is shorter than one " + step->string());
    }
  });
  root.attempt([&] {
    if (auto seed = root.find("seed")) s.seed = static_cast<std::uint64_t>(seed->integer_in(0, kMaxSeed, "seed"));
  });
  root.attempt([&] {
    if (auto goals = root.find("goals")) {
      s.goals.clear();
      for (const JsonNode& g : goals->elements()) {
        g.attempt([&] {
          const std::size_t role = read_role_ref(g, graph);
          if (std::find(s.goals.begin(), s.goals.end(), role) != s.goals.end()) g.fail("role '" + graph.role(role).id + "' is listed twice");
          s.goals.push_back(role);
        });
      }
    }
  });
  root.attempt([&] {
    if (auto d = root.find("dynamics")) read_dynamics(ctx, *d, s.dynamics, initial_headcount(s.population, graph.role_count()));
  });
  root.throw_problems();
  check_whole(root, graph, s);
  if (auto list = root.find("interventions")) {
    // Each intervention is looked at every period of every run.
    if (list->size() > limits::kMaxInterventions) {
      list->fail(std::to_string(list->size()) + " interventions is above the limit of " +
                 std::to_string(limits::kMaxInterventions) + " (see Limits in docs/formats.md)");
    }
    for (const JsonNode& e : list->elements()) {
      e.attempt([&] { s.interventions.push_back(read_intervention(ctx, e, s)); });
    }
    root.throw_problems();
  }
  s.notes = root.notes();
  s.notes.insert(s.notes.end(), file_notes.begin(), file_notes.end());
  return s;
}

fs::path folder_of(const std::string& file) {
  return file.empty() ? fs::path(".") : fs::path(file).parent_path();
}

Scenario read_file_scenario(const fs::path& path, const JsonNode& from, const RoleGraph& graph, Chain& chain) {
  auto document = parse_json_file(path.string());
  if (!document) throw InputError(document.error());
  if (!document->is_object()) from.fail("'" + path.string() + "' is not a careerpath.scenario/1 file");
  std::error_code ec;
  chain.push_back(fs::weakly_canonical(path, ec));
  Scenario s = read_scenario(JsonNode(*document, path.string()), graph, folder_of(path.string()), chain);
  chain.pop_back();
  return s;
}

}  // namespace

Result<Scenario> scenario_from_json(const nlohmann::json& document, const RoleGraph& graph, const std::string& file,
                                    FileReferences references) {
  std::optional<fs::path> base;
  if (references == FileReferences::kFollow) base = folder_of(file);
  return capture_input_errors([&] {
    Chain chain;
    std::error_code ec;
    if (!file.empty()) chain.push_back(fs::weakly_canonical(file, ec));
    return read_scenario(JsonNode(document, file), graph, base, chain);
  });
}

Result<Scenario> load_scenario(const std::string& path, const RoleGraph& graph) {
  auto document = parse_json_file(path);
  if (!document) return document.error();
  return scenario_from_json(*document, graph, path);
}

Result<Scenario> load_scenario_or_profile(const std::string& path, const RoleGraph& graph) {
  auto document = parse_json_file(path);
  if (!document) return document.error();
  const auto format = document->is_object() ? document->find("format") : document->end();
  if (format != document->end() && format->is_string() && *format == kProfileFormat) {
    auto person = profile_from_json(*document, graph, path);
    if (!person) return person.error();
    Scenario s = scenario_for_profile(graph, std::move(person).value());
    s.file = path;
    return s;
  }
  return scenario_from_json(*document, graph, path);
}

}  // namespace careerpath
