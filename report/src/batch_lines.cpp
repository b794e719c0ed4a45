#include "careerpath/report/batch_lines.hpp"

#include "careerpath/report/json_writer.hpp"

namespace careerpath::report {
namespace {

void append_field(std::string& out, std::string_view key, double value) {
  out += ",\"";
  out += key;
  out += "\":";
  append_shortest_double(out, value);
}

}  // namespace

void append_scores_line(const RoleGraph& graph, const Profile& person, const std::vector<Recommendation>& recommendations,
                        std::string& out) {
  out += "{\"id\":";
  append_json_string(out, person.id);
  out += ",\"current_role\":";
  append_json_string(out, graph.role(person.current_role).id);
  out += ",\"recommendations\":[";
  for (std::size_t i = 0; i < recommendations.size(); ++i) {
    const Recommendation& rec = recommendations[i];
    if (i > 0) out += ',';
    out += "{\"role\":";
    append_json_string(out, graph.role(rec.role).id);
    append_field(out, "score", rec.score);
    append_field(out, "fit", rec.components.fit);
    append_field(out, "move", rec.components.move);
    append_field(out, "goal", rec.components.goal);
    append_field(out, "preference", rec.components.preference);
    append_field(out, "seniority", rec.components.seniority);
    out += ",\"skills_to_build\":[";
    for (std::size_t g = 0; g < rec.top_gaps.size(); ++g) {
      if (g > 0) out += ',';
      append_json_string(out, graph.skills()[rec.top_gaps[g].skill].id);
    }
    out += "]}";
  }
  out += "]}";
}

}  // namespace careerpath::report
