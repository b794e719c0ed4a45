"""Profiles and skill arrays from pandas DataFrames: one row per person.

A DataFrame of skills has one column per skill, named by the skill's id or
name in any case ("sql", "System design"), holding levels on the graph's
scale (0-5 on the built-in graphs). Columns that describe the person rather
than a skill are: id, name, current_role (a role's id, title or alias),
years_in_role, goals (a list, or role names separated by commas) and
learning_rate. Any other column must name a skill: an unknown column is a
careerpath.Error listing the closest skills, never silently dropped.
"""

from __future__ import annotations

import math
from typing import Iterable, Iterator

import numpy as np

from ._careerpath import Graph, Profile, profile
from ._errors import Error

PERSON_COLUMNS = ("id", "name", "current_role", "years_in_role", "goals", "learning_rate")


def skill_columns(graph: Graph, columns: Iterable[object]) -> dict[str, int]:
    """The skill index of every column that is not a person column.

    Raises careerpath.Error (kind "not_found") naming every column that is
    not a skill of the graph, with the engine resolver's suggestions.
    """
    found: dict[str, int] = {}
    problems: list[str] = []
    for column in columns:
        if column in PERSON_COLUMNS:
            continue
        if not isinstance(column, str):
            problems.append(f"column {column!r} is not a skill name (columns must be skill ids or names)")
            continue
        try:
            found[column] = graph.skill(column)
        except Error as e:
            problems.append(f"column '{column}': {e.message}")
    if problems:
        raise Error("; ".join(problems), kind="not_found", file="DataFrame", message="; ".join(problems))
    seen: dict[int, str] = {}
    for column, index in found.items():
        if index in seen:
            text = f"columns '{seen[index]}' and '{column}' both name skill '{graph.skills[index]}'"
            raise Error(text, file="DataFrame", message=text)
        seen[index] = column
    return found


def skill_array(graph: Graph, frame) -> np.ndarray:
    """A float32, C-contiguous array, people x graph.skills, of levels normalised to [0, 1].

    The input for fit_matrix and top_k. Skills without a column are 0.
    Levels are on the graph's scale; a level outside it, or a missing one
    (NaN), is a careerpath.Error naming the row and the column.
    """
    columns = skill_columns(graph, frame.columns)
    low, high = graph.scale
    out = np.zeros((len(frame), len(graph.skills)), dtype=np.float32)
    for column, index in columns.items():
        values = frame[column].to_numpy(dtype=np.float64, na_value=np.nan)
        bad = ~((values >= low) & (values <= high))  # NaN fails both
        if bad.any():
            row = int(np.argmax(bad))
            text = (f"row {frame.index[row]!r}, column '{column}': level {values[row]} is "
                    f"{'missing' if math.isnan(values[row]) else 'outside'} the graph's scale {low:g} to {high:g}")
            raise Error(text, file="DataFrame", message=text)
        out[:, index] = (values - low) / (high - low)
    return out


def _goals(value) -> list[str]:
    if isinstance(value, str):
        return [g.strip() for g in value.split(",") if g.strip()]
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return list(value)


def profile_documents(graph: Graph, frame) -> Iterator[dict]:
    """A careerpath.profile/1 document (dict) per row, in row order.

    Needs a current_role column; ids default to the row's index label.
    Missing (NaN) skill levels are left out of the document (level 0).
    """
    if "current_role" not in frame.columns:
        raise Error("a DataFrame of profiles needs a current_role column", file="DataFrame",
                    message="a DataFrame of profiles needs a current_role column")
    columns = skill_columns(graph, frame.columns)
    ids = [graph.skills[i] for i in columns.values()]
    names = list(columns.keys())
    for label, row in zip(frame.index, frame.itertuples(index=False, name=None)):
        record = dict(zip(frame.columns, row))
        document: dict = {"id": str(record.get("id", label)), "current_role": record["current_role"]}
        for key in ("name", "years_in_role", "learning_rate"):
            if key in record and not (isinstance(record[key], float) and math.isnan(record[key])):
                value = record[key]
                document[key] = value.item() if hasattr(value, "item") else value
        if "goals" in record:
            document["goals"] = _goals(record["goals"])
        skills = {}
        for skill_id, column in zip(ids, names):
            level = record[column]
            if level is None or (isinstance(level, float) and math.isnan(level)):
                continue
            skills[skill_id] = level.item() if hasattr(level, "item") else level
        document["skills"] = skills
        yield document


def profiles_from_frame(graph: Graph, frame) -> list[Profile]:
    """careerpath.Profile objects, one per row (see profile_documents).

    A bad row raises careerpath.Error whose file names the row.
    """
    out = []
    for label, document in zip(frame.index, profile_documents(graph, frame)):
        try:
            out.append(profile(graph, {"format": "careerpath.profile/1", **document}))
        except Error as e:
            text = f"row {label!r}: {e}"
            raise Error(text, kind=e.kind, pointer=e.pointer, file=f"row {label!r}", message=e.message) from None
    return out
