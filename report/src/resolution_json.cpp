#include "careerpath/report/resolution_json.hpp"

#include "careerpath/report/report_json.hpp"

namespace careerpath::report {

std::string_view to_string(Confidence confidence) noexcept {
  switch (confidence) {
    case Confidence::kExact: return "exact";
    case Confidence::kLikely: return "likely";
    case Confidence::kAmbiguous: return "ambiguous";
    case Confidence::kWeak: return "weak";
    case Confidence::kNone: break;
  }
  return "none";
}

std::string_view to_string(MatchKind kind) noexcept {
  switch (kind) {
    case MatchKind::kId: return "id";
    case MatchKind::kName: return "name";
    case MatchKind::kAlias: return "alias";
    case MatchKind::kWords: return "words";
    case MatchKind::kSpelling: break;
  }
  return "spelling";
}

nlohmann::json role_resolution_json(const RoleGraph& graph, const Resolution& r) {
  nlohmann::json candidates = nlohmann::json::array();
  for (const Candidate& c : r.candidates) {
    nlohmann::json j = role_ref_json(graph, c.index);
    j["matched"] = c.matched;
    j["match"] = to_string(c.kind);
    j["score"] = c.score;
    candidates.push_back(std::move(j));
  }
  const auto chosen = r.chosen();
  return {{"query", r.query},
          {"confidence", to_string(r.confidence)},
          {"chosen", chosen ? role_ref_json(graph, *chosen) : nlohmann::json(nullptr)},
          {"message", r.accepted() ? resolution_note(graph, r) : resolution_error(graph, r)},
          {"candidates", std::move(candidates)}};
}

}  // namespace careerpath::report
