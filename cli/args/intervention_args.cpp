#include "args/intervention_args.hpp"

#include <charconv>
#include <cmath>
#include <optional>

#include "careerpath/util/number_format.hpp"
#include "careerpath/model/resolver.hpp"
#include "careerpath/util/unknown_name.hpp"
#include "command.hpp"

namespace careerpath::cli {
namespace {

constexpr double kMaxYears = 60.0;
constexpr double kMaxFactor = 100.0;
constexpr double kMaxCost = 1e12;
constexpr long long kMaxCount = 1'000'000;

std::string_view flag_name(WhatIfFlag f) {
  switch (f) {
    case WhatIfFlag::kTrain: return "--train";
    case WhatIfFlag::kMentor: return "--mentor";
    case WhatIfFlag::kRate: return "--rate";
    case WhatIfFlag::kFreeze: return "--freeze";
    case WhatIfFlag::kOpen: return "--open";
    case WhatIfFlag::kTo: return "--to";
    case WhatIfFlag::kCost: return "--cost";
  }
  return "--train";
}

// Errors name the flag and the value as typed.
struct Place {
  WhatIfFlag flag;
  std::string value;
  [[noreturn]] void fail(const std::string& problem) const {
    throw UsageError(std::string(flag_name(flag)) + " '" + value + "': " + problem);
  }
};

std::string trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

std::optional<double> to_number(std::string_view s) {
  double v = 0.0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

double number(const Place& at, std::string_view text, std::string_view what) {
  auto v = to_number(trim(text));
  if (!v) at.fail("'" + std::string(text) + "' is not a number (" + std::string(what) + ")");
  return *v;
}

// "6", "6m" (months) or "1.5y" (years), in years.
double years(const Place& at, std::string_view text, std::string_view what) {
  std::string t = trim(text);
  double scale = 1.0 / 12.0;
  if (!t.empty() && (t.back() == 'y' || t.back() == 'm')) {
    scale = t.back() == 'y' ? 1.0 : 1.0 / 12.0;
    t.pop_back();
  }
  const auto v = to_number(t);
  if (!v) at.fail("'" + std::string(text) + "' is not a time (" + std::string(what) + ": months as 6 or 6m, years as 1.5y)");
  if (*v < 0.0 || *v * scale > kMaxYears) at.fail(std::string(what) + " must be between 0 and 60 years");
  return *v * scale;
}

// Only names the graph lists (id, title or alias, any case): a what-if aimed
// at a guessed role would answer another question.
std::size_t role(const RoleGraph& graph, const Place& at, const std::string& name) {
  const Resolution r = resolve_role(graph, trim(name));
  if (r.confidence != Confidence::kExact) at.fail(resolution_error(graph, r));
  return *r.chosen();
}

std::size_t skill(const RoleGraph& graph, const Place& at, const std::string& name) {
  const Resolution r = resolve_skill(graph.skills(), trim(name));
  if (!r.accepted()) at.fail(resolution_error(graph.skills(), r));
  return *r.chosen();
}

// Splits "BODY[@WHEN][~DURATION]" and sets the intervention's timing.
std::string timing(const Place& at, Intervention& iv, bool has_duration) {
  std::string body = at.value;
  if (auto tilde = body.find('~'); tilde != std::string::npos) {
    if (!has_duration) at.fail("opened positions stay open; give no ~DURATION");
    const double d = years(at, body.substr(tilde + 1), "duration");
    if (d <= 0.0) at.fail("the duration must be above 0");
    iv.duration = d;
    body.resize(tilde);
  }
  if (auto when = body.rfind('@'); when != std::string::npos) {
    iv.at = years(at, body.substr(when + 1), "start");
    body.resize(when);
  }
  return body;
}

Training training(const RoleGraph& graph, const Place& at, const std::string& body) {
  Training t;
  const double span = graph.skills().scale().span();
  std::size_t start = 0;
  while (start <= body.size()) {
    const std::size_t comma = std::min(body.find(',', start), body.size());
    const std::string part = body.substr(start, comma - start);
    const std::size_t plus = part.rfind('+');
    if (plus == std::string::npos) at.fail("expected SKILL+LEVELS, as in system-design+2");
    const double gain = number(at, part.substr(plus + 1), "levels");
    if (gain <= 0.0 || gain > span) at.fail("a training gain must be above 0 and at most " + format_number(span) + " levels");
    t.gains.push_back({skill(graph, at, part.substr(0, plus)), gain / span});
    start = comma + 1;
  }
  return t;
}

MoveRateChange rate_change(const RoleGraph& graph, const Place& at, const std::string& body) {
  const std::size_t arrow = body.find("->");
  const std::size_t star = body.rfind('*');
  if (arrow == std::string::npos || star == std::string::npos || star < arrow) {
    at.fail("expected FROM->TO*FACTOR, as in program-manager->tpm-3*2 (* for any role)");
  }
  MoveRateChange c;
  const std::string from = trim(body.substr(0, arrow));
  const std::string to = trim(body.substr(arrow + 2, star - arrow - 2));
  if (from != "*") c.from = role(graph, at, from);
  if (to != "*") c.to = role(graph, at, to);
  if (!c.from && !c.to) at.fail("name at least one end of the move");
  if (c.from && c.to && !graph.find_transition(*c.from, *c.to)) {
    at.fail("the graph has no move from '" + graph.role(*c.from).id + "' to '" + graph.role(*c.to).id + "'");
  }
  c.multiplier = number(at, body.substr(star + 1), "factor");
  if (c.multiplier < 0.0 || c.multiplier > kMaxFactor) at.fail("the factor must be between 0 and 100");
  return c;
}

// "program-manager", "program-manager:10", "technical-program-management", "everyone", "10".
Selector selector(const RoleGraph& graph, const Place& at) {
  Selector s;
  std::string group = trim(at.value);
  if (auto colon = group.rfind(':'); colon != std::string::npos) {
    const double n = number(at, group.substr(colon + 1), "people");
    if (n < 1 || n > kMaxCount || n != std::floor(n)) at.fail("the number of people must be a whole number from 1");
    s.limit = static_cast<std::size_t>(n);
    group = trim(group.substr(0, colon));
  } else if (auto n = to_number(group)) {
    if (*n < 1 || *n > kMaxCount || *n != std::floor(*n)) at.fail("the number of people must be a whole number from 1");
    s.limit = static_cast<std::size_t>(*n);
    return s;
  }
  if (group == "everyone") return s;
  if (!graph.roles_named(group).empty()) {
    s.group = InRole{role(graph, at, group)};
    return s;
  }
  if (auto track = graph.find_track(group)) {
    s.group = InTrack{*track};
    return s;
  }
  std::vector<std::string> names;
  for (const Track& t : graph.tracks()) names.push_back(t.id);
  for (const Role& r : graph.roles()) names.push_back(r.id);
  at.fail(unknown_name_message("role or track", group, closest_matches(group, names)));
}

}  // namespace

std::vector<Intervention> parse_what_ifs(const RoleGraph& graph, const std::vector<WhatIfArg>& args) {
  std::vector<Intervention> out;
  for (const WhatIfArg& arg : args) {
    const Place at{arg.flag, arg.value};
    const std::string shown = std::string(flag_name(arg.flag)) + " " + arg.value;
    if (arg.flag == WhatIfFlag::kTo || arg.flag == WhatIfFlag::kCost) {
      if (out.empty()) at.fail("give it after the --train, --mentor or --rate it belongs to");
      Intervention& last = out.back();
      if (arg.flag == WhatIfFlag::kTo) {
        if (last.kind() == InterventionKind::kFreeze || last.kind() == InterventionKind::kOpenPositions) {
          at.fail("a freeze or opened positions concern a role, not people");
        }
        last.who = selector(graph, at);
      } else {
        const double cost = number(at, arg.value, "cost per person");
        if (cost < 0.0 || cost > kMaxCost) at.fail("a cost cannot be negative (or above 1e12)");
        if (auto* t = std::get_if<Training>(&last.action)) {
          t->cost_per_person = cost;
        } else if (auto* m = std::get_if<Mentoring>(&last.action)) {
          m->cost_per_person = cost;
        } else {
          at.fail("only a --train or --mentor has a cost");
        }
      }
      last.name += " " + shown;
      continue;
    }
    Intervention iv;
    iv.name = shown;
    const bool lasting = arg.flag != WhatIfFlag::kOpen;
    const std::string body = timing(at, iv, lasting);
    switch (arg.flag) {
      case WhatIfFlag::kTrain: iv.action = training(graph, at, body); break;
      case WhatIfFlag::kMentor: {
        const double factor = number(at, body, "learning-rate factor");
        if (factor <= 0.0 || factor > 10.0) at.fail("the learning-rate factor must be above 0 and at most 10");
        iv.action = Mentoring{.learning_multiplier = factor};
        break;
      }
      case WhatIfFlag::kRate: iv.action = rate_change(graph, at, body); break;
      case WhatIfFlag::kFreeze: iv.action = Freeze{role(graph, at, body)}; break;
      case WhatIfFlag::kOpen: {
        const std::size_t plus = body.rfind('+');
        if (plus == std::string::npos) at.fail("expected ROLE+COUNT, as in tpm-3+2");
        const double n = number(at, body.substr(plus + 1), "count");
        if (n < 1 || n > kMaxCount || n != std::floor(n)) at.fail("the count must be a whole number from 1");
        iv.action = OpenPositions{role(graph, at, body.substr(0, plus)), static_cast<long long>(n)};
        break;
      }
      case WhatIfFlag::kTo:
      case WhatIfFlag::kCost: break;
    }
    out.push_back(std::move(iv));
  }
  return out;
}

}  // namespace careerpath::cli
