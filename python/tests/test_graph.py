"""Graphs: loading, lookups with the engine's resolver, and the matrices as NumPy views."""

import pickle

import numpy as np
import pytest

import careerpath
from conftest import SOURCE


def test_builtin_graphs_load_with_their_roles_and_skills(tech, onet):
    assert tech.name == "tech" and "tpm-3" in tech.roles and "system-design" in tech.skills
    assert len(onet.roles) > 500
    assert tech.requirements.shape == (len(tech.roles), len(tech.skills))
    assert tech.importance.shape == tech.requirements.shape


def test_matrices_are_read_only_views_of_the_graph_not_copies(tech):
    a, b = tech.requirements, tech.requirements
    assert a.dtype == np.float64 and not a.flags.writeable
    assert np.shares_memory(a, b)  # the same memory every time: no copy
    with pytest.raises(ValueError):
        a[0, 0] = 1.0
    role = tech.role("tpm-3")
    skill = tech.skill("system-design")
    shown = {r["skill"]: r for r in tech.show("tpm-3")["requirements"]}
    low, high = tech.scale
    assert tech.requirements[role, skill] * (high - low) + low == pytest.approx(shown["system-design"]["level"])


def test_view_keeps_the_graph_alive():
    view = careerpath.Graph.builtin("tech").requirements
    assert view.sum() > 0  # the Graph object is gone; the view still reads it


def test_roles_resolve_by_id_title_alias_and_case(tech):
    assert tech.role("tpm-3") == tech.role("Senior Technical Program Manager") == tech.role("senior technical program manager")
    with pytest.raises(careerpath.Error) as e:
        tech.role("PM")
    assert e.value.kind == "not_found" and "ambiguous" in str(e.value)
    assert tech.resolve("PM")["confidence"] == "ambiguous"


def test_skills_resolve_by_id_or_name_only_exactly(tech):
    assert tech.skill("system-design") == tech.skill("System design") == tech.skill("system_design")
    with pytest.raises(careerpath.Error) as e:
        tech.skill("sytem design")
    assert e.value.kind == "not_found"


def test_load_reads_a_graph_file_and_reports_its_problems():
    g = careerpath.Graph.load(SOURCE / "tests/data/graphs/small.json")
    assert g.roles and g.source.endswith("small.json")
    with pytest.raises(careerpath.Error) as e:
        careerpath.Graph.load(SOURCE / "tests/data/bad/duplicate-role-graph.json")
    assert e.value.kind == "bad_input" and e.value.pointer.startswith("/roles")
    with pytest.raises(careerpath.Error) as e:
        careerpath.Graph.load("no/such/graph.json")
    assert e.value.kind == "not_found"
    with pytest.raises(careerpath.Error) as e:
        careerpath.Graph.builtin("tehc")
    assert "did you mean 'tech'" in str(e.value)


def test_pickling_sends_the_source_and_loads_once_per_process(tech):
    before = careerpath._graph_loads
    copies = [pickle.loads(pickle.dumps(tech)) for _ in range(3)]
    assert all(c.roles == tech.roles for c in copies)
    assert careerpath._graph_loads - before <= 1
