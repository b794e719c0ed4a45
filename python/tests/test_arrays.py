"""The fit matrix and top-k from NumPy arrays agree with the scorer, for any thread count."""

import numpy as np
import pandas as pd
import pytest

import careerpath


@pytest.fixture(scope="module")
def people(tech):
    return np.random.default_rng(42).random((3000, len(tech.skills)), dtype=np.float32)


def test_fit_matrix_agrees_with_recommend_fit(tech, priya):
    frame = pd.DataFrame([priya["skills"]])
    skills = careerpath.skill_array(tech, frame)
    fits = careerpath.fit_matrix(tech, skills)[0]
    doc = careerpath.recommend(tech, priya, top=len(tech.roles) - 1)
    for rec in doc["recommendations"]:
        assert fits[tech.role(rec["role"]["id"])] == pytest.approx(rec["components"]["fit"], abs=2e-6)


def test_fit_matrix_is_the_same_for_any_thread_count(tech, people):
    one = careerpath.fit_matrix(tech, people, threads=1)
    assert one.shape == (len(people), len(tech.roles)) and one.dtype == np.float32
    np.testing.assert_array_equal(one, careerpath.fit_matrix(tech, people, threads=3))
    assert ((one >= -1e-6) & (one <= 1 + 1e-6)).all()  # float rounding either side


def test_fit_matrix_writes_into_a_given_array(tech, people):
    out = np.empty((len(people), len(tech.roles)), dtype=np.float32)
    assert careerpath.fit_matrix(tech, people, out=out) is out
    np.testing.assert_array_equal(out, careerpath.fit_matrix(tech, people))
    with pytest.raises(ValueError, match="shape"):
        careerpath.fit_matrix(tech, people, out=out[:10])
    with pytest.raises(TypeError, match="float32"):
        careerpath.fit_matrix(tech, people, out=out.astype(np.float64))
    with pytest.raises(ValueError, match="writable"):
        out.flags.writeable = False
        careerpath.fit_matrix(tech, people, out=out)


def test_top_k_is_the_best_fits_in_order(tech, people):
    roles, fits = careerpath.top_k(tech, people, k=4, threads=2)
    full = careerpath.fit_matrix(tech, people)
    assert roles.shape == fits.shape == (len(people), 4) and roles.dtype == np.int32
    np.testing.assert_array_equal(np.take_along_axis(full, roles.astype(np.int64), axis=1), fits)
    np.testing.assert_array_equal(np.sort(full, axis=1)[:, ::-1][:, :4], fits)


def test_skill_array_from_a_dataframe_of_levels(tech):
    frame = pd.DataFrame({"id": ["a", "b"], "System design": [5.0, 2.5], "coding": [0, 4]})
    skills = careerpath.skill_array(tech, frame)
    assert skills.dtype == np.float32 and skills.flags.c_contiguous
    assert skills[0, tech.skill("system-design")] == 1.0 and skills[1, tech.skill("coding")] == pytest.approx(0.8)


def test_dataframe_errors_name_the_column_or_row(tech):
    with pytest.raises(careerpath.Error, match="column 'sytem-design'.*system-design") as e:
        careerpath.skill_array(tech, pd.DataFrame({"sytem-design": [1.0]}))
    assert e.value.kind == "not_found"
    with pytest.raises(careerpath.Error, match=r"row 1, column 'coding': level nan is missing"):
        careerpath.skill_array(tech, pd.DataFrame({"coding": [1.0, None]}))
    with pytest.raises(careerpath.Error, match="outside"):
        careerpath.skill_array(tech, pd.DataFrame({"coding": [7.0]}))
    with pytest.raises(careerpath.Error, match="both name"):
        careerpath.skill_array(tech, pd.DataFrame({"coding": [1.0], "Coding": [2.0]}))


def test_profiles_from_a_dataframe(tech):
    frame = pd.DataFrame({"id": ["a", "b"], "current_role": ["swe-2", "Program Manager"], "years_in_role": [2, 3.5],
                          "coding": [4, None], "goals": ["tpm-3", ""]})
    people = careerpath.profiles_from_frame(tech, frame)
    assert [p.current_role for p in people] == ["swe-2", "program-manager"]
    assert people[0].goals == ["tpm-3"] and people[1].goals == []
    assert careerpath.recommend(tech, people[0], top=2)["person"]["id"] == "a"
    with pytest.raises(careerpath.Error, match="row 1") as e:
        careerpath.profiles_from_frame(tech, frame.assign(current_role=["swe-2", "astronaut"]))
    assert e.value.kind in ("bad_input", "not_found")
