// careerpath skills [--category C]: the skill space, with what each level means.
#include <set>

#include "careerpath/util/number_format.hpp"
#include "careerpath/report/skills_json.hpp"
#include "careerpath/report/table.hpp"
#include "careerpath/util/text_match.hpp"
#include "careerpath/util/unknown_name.hpp"
#include "command.hpp"
#include "text/graph_notes.hpp"

namespace careerpath::cli {
namespace {

std::optional<std::string> resolve_category(const RoleGraph& graph, const std::string& name) {
  if (name.empty()) return std::nullopt;
  std::set<std::string> categories;
  for (const Skill& s : graph.skills().skills()) {
    if (fold_case(s.category) == fold_case(name)) return s.category;
    categories.insert(s.category);
  }
  const std::vector<std::string> list(categories.begin(), categories.end());
  std::string all;
  for (const std::string& c : list) all += (all.empty() ? "" : ", ") + c;
  throw UsageError(unknown_name_message("category", name, closest_matches(name, list), " (categories: " + all + ")"));
}

void run(Context& ctx, const std::string& category_name) {
  const RoleGraph& g = ctx.graph();
  const std::optional<std::string> category = resolve_category(g, category_name);
  if (ctx.json) {
    write_stdout(report::skills_to_json(g, category).dump(2) + "\n");
    return;
  }
  const SkillSpace& space = g.skills();
  std::string out;
  std::size_t shown = 0;
  for (std::size_t i = 0; i < space.size(); ++i) {
    const Skill& s = space[i];
    if (category && s.category != *category) continue;
    ++shown;
    out += s.name + " (" + s.id + ", " + s.category + ")\n";
    if (!s.description.empty()) out += "  " + s.description + "\n";
    if (!s.anchors.empty()) {
      for (const LevelAnchor& a : s.anchors) out += "  " + format_number(a.level) + "  " + a.meaning + "\n";
    }
    out += "\n";
  }
  if (!space.scale().anchors.empty()) {
    out += "Levels (" + format_number(space.scale().min) + " to " + format_number(space.scale().max) +
           ") for skills without their own:\n";
    for (const LevelAnchor& a : space.scale().anchors) out += "  " + format_number(a.level) + "  " + a.meaning + "\n";
    out += "\n";
  }
  out += std::to_string(shown) + " skills" + (category ? " in category " + *category : "") +
         "; name them by id or name in a profile's \"skills\" or with --set SKILL=LEVEL\n";
  write_stdout(out + attribution_footer(g));
}

CAREERPATH_COMMAND(15, [](CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand("skills", "List the skills (id, name, category, description, what each level means)");
  auto category = std::make_shared<std::string>();
  cmd->add_option("--category", *category, "Only skills of this category (technical, delivery, people, ...)");
  cmd->callback([&ctx, category] { run(ctx, *category); });
});

}  // namespace
}  // namespace careerpath::cli
