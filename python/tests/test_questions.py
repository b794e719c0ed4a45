"""Every question gives the same document as the command line's --json, byte for byte."""

import json

import pytest

import careerpath
from conftest import cli, cli_json_text

PRIYA = "profiles/program-manager.json"


@pytest.mark.parametrize("args, call", [
    (["recommend", PRIYA, "--top", "4"], lambda g: careerpath.recommend(g, PRIYA, top=4, raw=True)),
    (["recommend", PRIYA, "--horizon", "5", "--direct-only"],
     lambda g: careerpath.recommend(g, PRIYA, horizon=5, direct_only=True, raw=True)),
    (["gap", PRIYA, "Senior Technical Program Manager"], lambda g: careerpath.gap(g, PRIYA, "Senior Technical Program Manager", raw=True)),
    (["path", PRIYA, "--to", "tpm-4", "-k", "2", "--avoid", "tpm-3"],
     lambda g: careerpath.path(g, PRIYA, "tpm-4", k=2, avoid=["tpm-3"], raw=True)),
    (["simulate", PRIYA, "--runs", "300", "--seed", "7", "--years", "4"],
     lambda g: careerpath.simulate(g, PRIYA, runs=300, seed=7, years=4, raw=True)),
    (["simulate", "scenarios/junior-mentoring.json", "--runs", "40", "--seed", "3", "--threads", "2"],
     lambda g: careerpath.simulate(g, "scenarios/junior-mentoring.json", runs=40, seed=3, threads=1, raw=True)),
    (["mentor", "profiles/teams/payments-team.json"], lambda g: careerpath.mentor(g, "profiles/teams/payments-team.json", raw=True)),
])
def test_raw_text_is_byte_for_byte_the_cli_json(tech, args, call):
    expected = cli_json_text(*args)
    got = call(tech)
    assert got == expected
    assert json.loads(got) == json.loads(expected)


def test_documents_are_the_parsed_json(tech, priya):
    expected = json.loads(cli_json_text("recommend", PRIYA, "--top", "3"))
    assert careerpath.recommend(tech, priya, top=3) == expected
    profile = careerpath.profile(tech, priya)
    assert careerpath.recommend(tech, profile, top=3) == expected
    assert list(careerpath.recommend(tech, profile, top=3)) == list(expected)  # same key order


def test_eval_matches_the_cli_on_onet(onet):
    truth = "tests/data/onet-eval/related-occupations-dev.tsv"
    assert careerpath.eval(onet, truth, k=5, raw=True) == cli_json_text("--graph", "onet", "eval", "--truth", truth, "--k", "5")


def test_simulate_compare_matches_the_cli(tech):
    args = ["simulate", "scenarios/junior-cohort.json", "--compare", "scenarios/junior-mentoring.json", "--runs", "30", "--seed", "5"]
    got = careerpath.simulate(tech, "scenarios/junior-cohort.json", compare="scenarios/junior-mentoring.json", runs=30, seed=5, raw=True)
    assert got == cli_json_text(*args)


def test_profile_objects_expose_the_person(tech, priya):
    p = careerpath.profile(tech, priya)
    assert p.id == "priya" and p.current_role == "program-manager" and p.goals == ["tpm-3", "product-manager"]
    assert p.levels[tech.skill("system-design")] == pytest.approx(1.5)
    assert p.to_dict()["skills"]["system-design"] == 1.5


def test_a_profile_read_against_another_graph_is_refused(tech, priya):
    other = careerpath.Graph.builtin("tech")
    with pytest.raises(careerpath.Error, match="another Graph"):
        careerpath.recommend(other, careerpath.profile(tech, priya))
