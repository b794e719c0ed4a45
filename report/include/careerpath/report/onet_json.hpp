// The documents of the O*NET commands: `eval --json` (recommendation quality
// against a truth list) and `import onet --json` (what the import read and built).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "careerpath/model/role_graph.hpp"
#include "careerpath/onet/eval.hpp"
#include "careerpath/onet/import.hpp"

namespace careerpath::report {

// `truth` is how the caller named the truth list (its path).
[[nodiscard]] nlohmann::json eval_json(const RoleGraph& graph, const EvalReport& report, const std::string& truth);
// `output` is where the graph was written.
[[nodiscard]] nlohmann::json import_summary_json(const OnetImportSummary& summary, const std::string& output);

}  // namespace careerpath::report
