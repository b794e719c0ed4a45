"""Bad input from Python raises a clear exception; it never crashes the interpreter."""

import json
import re

import numpy as np
import pytest

import careerpath
from conftest import SOURCE, cli


def _not_json(name: str):
    raise ValueError(f"{name} is not JSON")


@pytest.mark.parametrize("name", [
    "level-too-high-profile.json", "unknown-skill-profile.json", "unknown-role-profile.json", "nan-profile.json",
    "wrong-type-profile.json", "wrong-format-profile.json", "unknown-goal-profile.json", "huge-years-profile.json",
])
def test_profile_errors_carry_the_clis_message_and_pointer(tech, name):
    path = f"tests/data/bad/{name}"
    stderr = cli("recommend", path, check=False).stderr.decode()
    with pytest.raises(careerpath.Error) as e:
        careerpath.recommend(tech, path)
    assert e.value.kind == "bad_input"
    assert str(e.value) in stderr  # "file: /pointer: message", as the CLI says it
    text = (SOURCE / path).read_text()
    try:
        document = json.loads(text, parse_constant=_not_json)
    except ValueError:
        return  # not JSON at all (NaN): only a file can hold it
    with pytest.raises(careerpath.Error) as from_dict:
        careerpath.recommend(tech, document)
    assert from_dict.value.pointer == e.value.pointer and from_dict.value.message == e.value.message


def test_a_dict_that_is_not_a_profile(tech):
    with pytest.raises(careerpath.Error) as e:
        careerpath.recommend(tech, {"hello": "world"})
    assert e.value.kind == "bad_input" and e.value.file == "profile"
    with pytest.raises(careerpath.Error, match="finite"):
        careerpath.recommend(tech, {"format": "careerpath.profile/1", "id": "x", "current_role": "swe-2",
                                    "years_in_role": float("nan"), "skills": {}})
    with pytest.raises(careerpath.Error, match="keys must be strings"):
        careerpath.recommend(tech, {1: 2})
    looped: dict = {}
    looped["self"] = looped
    with pytest.raises(careerpath.Error, match="nested"):
        careerpath.recommend(tech, looped)
    with pytest.raises(TypeError, match="expected a profile"):
        careerpath.recommend(tech, 42)
    with pytest.raises(careerpath.Error, match="cannot be part of a JSON document"):
        careerpath.recommend(tech, {"skills": object()})


def test_bad_arguments_name_themselves(tech, priya):
    with pytest.raises(careerpath.Error, match="top 0 is outside"):
        careerpath.recommend(tech, priya, top=0)
    with pytest.raises(careerpath.Error, match="horizon"):
        careerpath.recommend(tech, priya, horizon=float("nan"))
    with pytest.raises(careerpath.Error) as e:
        careerpath.gap(tech, priya, "no such role at all")
    assert e.value.kind == "not_found"
    with pytest.raises(careerpath.Error, match="step"):
        careerpath.simulate(tech, priya, step="week")
    with pytest.raises(TypeError):
        careerpath.recommend(tech, priya, top=-1)


@pytest.mark.parametrize("make, error, text", [
    (lambda s: s.astype(np.float64), TypeError, "float32"),
    (lambda s: s.astype(np.int32), TypeError, "float32"),
    (lambda s: s[:, :5], ValueError, "shape"),
    (lambda s: s[0], ValueError, "shape"),
    (lambda s: np.asfortranarray(s), ValueError, "C-contiguous"),
    (lambda s: s[::2], ValueError, "C-contiguous"),
    (lambda s: s.tolist(), TypeError, "numpy.ndarray"),
    (lambda s: np.where(np.arange(s.size).reshape(s.shape) == 77, np.float32("nan"), s).astype(np.float32), ValueError, r"skills\[1, 38\].*nan"),
    (lambda s: s * 5, ValueError, "normalised"),
])
def test_bad_arrays_raise_clear_errors(tech, make, error, text):
    skills = np.random.default_rng(0).random((10, len(tech.skills)), dtype=np.float32)
    with pytest.raises(error, match=text):
        careerpath.fit_matrix(tech, make(skills))
    with pytest.raises(error, match=text):
        careerpath.top_k(tech, make(skills), k=3)


def test_threads_and_k_are_checked(tech):
    skills = np.zeros((3, len(tech.skills)), dtype=np.float32)
    with pytest.raises(ValueError, match="threads"):
        careerpath.fit_matrix(tech, skills, threads=1000)
    with pytest.raises(ValueError, match="k must be"):
        careerpath.top_k(tech, skills, k=0)
    assert careerpath.fit_matrix(tech, np.zeros((0, len(tech.skills)), dtype=np.float32)).shape == (0, len(tech.roles))


def test_error_is_a_value_error_with_its_parts():
    assert issubclass(careerpath.Error, ValueError)
    assert re.match(r"careerpath", careerpath.Error.__module__)
