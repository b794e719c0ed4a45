"""A careerpath.graph/1 file as numpy arrays, the way a Python user would
load it: role x skill requirement and importance matrices (normalised to
[0, 1]), levels, tracks, transitions and the score weights."""
import json

import numpy as np

DEFAULT_WEIGHTS = {"fit": 0.40, "move": 0.30, "goal": 0.15, "preference": 0.10, "seniority": 0.05}


class GraphArrays:
    def __init__(self, path):
        with open(path) as f:
            g = json.load(f)
        scale = g.get("scale", {"min": 0, "max": 5})
        self.min, self.span = float(scale["min"]), float(scale["max"]) - float(scale["min"])
        self.role_ids = [r["id"] for r in g["roles"]]
        self.role_index = {r: i for i, r in enumerate(self.role_ids)}
        self.skill_ids = [s["id"] for s in g["skills"]]
        self.skill_index = {s: i for i, s in enumerate(self.skill_ids)}
        self.track_index = {t["id"]: i for i, t in enumerate(g["tracks"])}
        n, m = len(self.role_ids), len(self.skill_ids)
        self.need = np.zeros((n, m))
        self.importance = np.zeros((n, m))
        for i, r in enumerate(g["roles"]):
            for skill, req in r.get("requirements", {}).items():
                level, importance = (req["level"], req["importance"]) if isinstance(req, dict) else req
                self.need[i, self.skill_index[skill]] = (level - self.min) / self.span
                self.importance[i, self.skill_index[skill]] = importance
        self.total = (self.need * self.importance).sum(axis=1)
        self.levels = np.array([r.get("level", 1) for r in g["roles"]], dtype=float)
        self.tracks = np.array([self.track_index[r["track"]] for r in g["roles"]])
        self.transitions = [(self.role_index[t["from"]], self.role_index[t["to"]], t["kind"], float(t["rate"]),
                             float(t.get("min_years", 0.0))) for t in g["transitions"]]
        self.moves_from = [[] for _ in range(n)]
        for t in self.transitions:
            self.moves_from[t[0]].append(t)
        self.weights = dict(DEFAULT_WEIGHTS, **g.get("scoring", {}))
