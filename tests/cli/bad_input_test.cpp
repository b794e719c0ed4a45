// Bad input of every kind: one line on stderr naming the file, the place and
// the problem; exit status 2; nothing on stdout.
#include <gtest/gtest.h>

#include "cli_runner.hpp"

namespace careerpath::testing {
namespace {

struct BadCase {
  const char* name;
  std::vector<std::string> args;
  std::string expected_in_error;  // file, place and problem
};

void PrintTo(const BadCase& c, std::ostream* os) { *os << c.name; }

class BadInput : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadInput, OneClearLineAndExitStatus2) {
  const BadCase& c = GetParam();
  EXPECT_TRUE(is_one_clear_error(run_careerpath(c.args), c.expected_in_error));
}

std::string bad(const std::string& name) { return test_data("bad/" + name); }
const std::string kPm = source_path("profiles/program-manager.json");

INSTANTIATE_TEST_SUITE_P(
    Files, BadInput,
    ::testing::Values(
        BadCase{"malformed_json_graph", {"--graph", bad("truncated-graph.json"), "roles"},
                bad("truncated-graph.json") + ":3:13: malformed JSON: syntax error while parsing value - unexpected end of input"},
        BadCase{"empty_profile", {"recommend", bad("empty-profile.json")}, bad("empty-profile.json") + ": file is empty"},
        BadCase{"unknown_skill", {"recommend", bad("unknown-skill-profile.json")},
                bad("unknown-skill-profile.json") + ": /skills/system-desing: unknown skill 'system-desing'; did you mean 'system-design'?"},
        BadCase{"unknown_role", {"recommend", bad("unknown-role-profile.json")},
                bad("unknown-role-profile.json") + ": /current_role: unknown role 'astronaut'"},
        BadCase{"level_above_scale", {"gap", bad("level-too-high-profile.json"), "swe-3"},
                "/skills/coding: level 9 is above the maximum 5"},
        BadCase{"huge_value", {"recommend", bad("huge-years-profile.json")}, "/years_in_role: years_in_role 1e+300 is above the maximum 80"},
        BadCase{"wrong_type", {"recommend", bad("wrong-type-profile.json")}, "/years_in_role: expected a number, found a string"},
        BadCase{"duplicate_key", {"recommend", bad("duplicate-key-profile.json")}, "/skills/coding: duplicate key 'coding'"},
        BadCase{"nan", {"recommend", bad("nan-profile.json")}, bad("nan-profile.json") + ":1:"},
        BadCase{"wrong_format", {"recommend", bad("wrong-format-profile.json")},
                "/format: format is \"careerpath.graph/1\", expected \"careerpath.profile/1\""},
        BadCase{"unknown_goal", {"recommend", bad("unknown-goal-profile.json")}, "/goals/1: unknown role 'tpm-9'"},
        BadCase{"missing_profile", {"recommend", "/no/such/profile.json"}, "/no/such/profile.json: cannot open file"},
        BadCase{"duplicate_role_id", {"--graph", bad("duplicate-role-graph.json"), "roles"},
                "/roles/2/id: duplicate role id 'a' (first defined at /roles/0/id)"},
        BadCase{"negative_rate", {"--graph", bad("negative-rate-graph.json"), "roles"},
                "/transitions/1/rate: rate -0.2 is below the minimum 0"},
        BadCase{"rates_over_one", {"--graph", bad("rates-over-one-graph.json"), "graph", "validate"},
                "/transitions/2/rate: rates out of 'a' sum to 1.2, above 1"},
        BadCase{"unknown_skill_in_graph", {"graph", "validate", bad("unknown-skill-graph.json")},
                "/roles/1/requirements/sqll: unknown skill 'sqll'; did you mean 'sql'?"},
        BadCase{"unknown_role_in_transition", {"--graph", bad("unknown-role-transition-graph.json"), "roles"},
                "/transitions/1/to: unknown role 'd'"},
        BadCase{"bad_kind", {"--graph", bad("bad-kind-graph.json"), "roles"}, "/transitions/0/kind: unknown kind 'sideways'"},
        BadCase{"missing_field", {"--graph", bad("missing-title-graph.json"), "roles"},
                "/roles/1: missing required field 'title'"},
        BadCase{"importance_out_of_range", {"--graph", bad("importance-range-graph.json"), "roles"},
                "/roles/0/requirements/sql/importance: importance 3 is above the maximum 1"},
        BadCase{"no_roles", {"--graph", bad("no-roles-graph.json"), "roles"}, "/roles: a graph needs at least one role"},
        BadCase{"unknown_graph_name", {"--graph", "nosuchgraph", "roles"}, "nosuchgraph: no such graph file, and not a built-in"}),
    [](const ::testing::TestParamInfo<BadCase>& info) { return std::string(info.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Arguments, BadInput,
    ::testing::Values(
        BadCase{"unknown_command", {"frobnicate"}, "unknown command 'frobnicate' (commands: roles, skills, show, recommend"},
        BadCase{"negative_top", {"recommend", kPm, "--top", "-3"}, "--top"},
        BadCase{"non_numeric_k", {"path", kPm, "--to", "tpm-4", "-k", "many"}, "-k"},
        BadCase{"missing_target", {"path", kPm}, "--to"},
        BadCase{"unknown_target_role", {"path", kPm, "--to", "tpm-99"}, "unknown role 'tpm-99'"},
        BadCase{"unknown_track", {"roles", "--track", "enginering"}, "unknown track 'enginering'; did you mean 'engineering'?"},
        BadCase{"target_is_current", {"path", kPm, "--to", "program-manager"}, "already the current role"}),
    [](const ::testing::TestParamInfo<BadCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace careerpath::testing
