#!/usr/bin/python3
"""The numpy peer of `careerpath batch --format scores`, written as a
competent numpy user would: the same recommend formula
(engine/include/careerpath/advise/recommender.hpp) for a block of 4096 people
at once, with no Python loop over people except reading and writing JSON.

- fit: covered / total with covered = sum_j w min(r, s). When every level of
  the block lies on the half-level grid (the generated inputs do), min(r, s)
  = sum_t [s >= t] (min(r, t) - min(r, t - 1/2)) makes covered one BLAS
  product of people x (skills x thresholds) indicators by (skills x
  thresholds) x roles; other blocks accumulate np.minimum skill by skill.
- move, goal, preference, seniority and eligibility as people x roles arrays
  (moves scattered by fancy indexing; every role's hops to every goal from
  one breadth-first search of all goals at once as boolean matrix products).
- top k: argpartition, then every role tied with the k-th kept and the
  candidates sorted by (-score, role id), as careerpath orders them.
- skills to build: the weighted shortfall of the chosen roles as a
  people x k x skills array, ranked by three stable argsorts (weighted
  shortfall, importance, skill id).

    scoring_peer.py --graph graphs/onet.json --in profiles.jsonl --out out.jsonl [--top 5]
"""
import argparse
import json
import sys

import numpy as np

from graph_arrays import GraphArrays

BLOCK = 4096
GRID = 2  # thresholds per level: half levels


class Scorer:
    def __init__(self, g, top, horizon):
        self.g, self.top, self.horizon = g, top, horizon
        n, m = g.need.shape
        self.n, self.m = n, m
        # Moves as flat arrays in CSR order.
        order = sorted(range(len(g.transitions)), key=lambda i: g.transitions[i][0])
        t = [g.transitions[i] for i in order]
        self.move_to = np.array([x[1] for x in t], dtype=np.int64)
        self.move_rate = np.array([x[3] for x in t])
        self.move_min_years = np.array([x[4] for x in t])
        counts = np.bincount(np.array([x[0] for x in t], dtype=np.int64), minlength=n)
        self.move_start = np.concatenate(([0], np.cumsum(counts)))
        self.out_degree = counts
        self.hops = None
        # Role and skill ids' ranks, for the tie-breaks.
        self.role_rank = np.argsort(np.argsort(np.array(g.role_ids)))
        self.skill_rank = np.argsort(np.array(g.skill_ids))
        # The threshold form of the requirements for the BLAS product.
        steps = int(round(g.span * GRID))
        self.levels = np.arange(1, steps + 1) / steps  # normalised thresholds
        lower = np.minimum(g.need[:, :, None], self.levels[None, None, :] - 1.0 / steps)
        upper = np.minimum(g.need[:, :, None], self.levels[None, None, :])
        self.C = ((upper - lower) * g.importance[:, :, None]).reshape(n, m * steps).T.copy()  # (m*steps) x n
        self.steps = steps

    def hops_to(self, goal):
        if self.hops is None:
            # Moves from every role to every goal, for all goals at once: a
            # level-by-level search as boolean matrix products (float32 BLAS).
            n = self.n
            edges = np.zeros((n, n), dtype=np.float32)  # edges[from, to]
            edges[[t[0] for t in self.g.transitions], [t[1] for t in self.g.transitions]] = 1.0
            hops = np.full((n, n), -1, dtype=np.int64)  # hops[goal, role]
            frontier = np.eye(n, dtype=np.float32)
            np.fill_diagonal(hops, 0)
            depth = 0
            while frontier.any():
                depth += 1
                reached = (frontier @ edges.T > 0) & (hops < 0)
                hops[reached] = depth
                frontier = reached.astype(np.float32)
            self.hops = hops
        return self.hops[goal]

    def fit(self, S):
        g = self.g
        on_grid = np.all(np.abs(S * self.steps - np.round(S * self.steps)) < 1e-9)
        if on_grid:
            indicator = (S[:, :, None] >= self.levels[None, None, :] - 1e-12).reshape(len(S), -1).astype(np.float64)
            covered = indicator @ self.C
        else:
            covered = np.zeros((len(S), self.n))
            for j in range(self.m):
                covered += np.minimum(S[:, j, None], g.need[None, :, j]) * g.importance[None, :, j]
        total = np.where(g.total > 0, g.total, 1.0)
        return np.where(g.total > 0, covered / total, 1.0)

    def block(self, people):
        g, n, m = self.g, self.n, self.m
        P = len(people)
        S = np.zeros((P, m))
        cur = np.empty(P, dtype=np.int64)
        years = np.empty(P)
        eligible = np.ones((P, n), dtype=bool)
        pref = np.zeros((P, len(g.track_index)))
        step_back = np.zeros(P, dtype=bool)
        goal = np.zeros((P, n))
        for i, p in enumerate(people):
            cur[i] = g.role_index[p["current_role"]]
            years[i] = float(p["years_in_role"])
            for skill, level in p["skills"].items():
                S[i, g.skill_index[skill]] = (level - g.min) / g.span
            prefs = p.get("preferences")
            if prefs:
                for t, v in prefs.get("tracks", {}).items():
                    pref[i, g.track_index[t]] = v
                for a in prefs.get("avoid", []):
                    eligible[i, g.role_index[a]] = False
                step_back[i] = prefs.get("step_back", False)
            for gr in (g.role_index[x] for x in p.get("goals", [])):
                hops = self.hops_to(gr)
                closer = (hops > 0) & ((hops[cur[i]] < 0) | (hops < hops[cur[i]]))
                np.maximum(goal[i], np.where(closer, 1.0 / np.maximum(1.0 + hops, 1.0), 0.0), out=goal[i])
                goal[i, gr] = 1.0
        fit = self.fit(S)
        # The usual moves from each person's role, all at once.
        deg = self.out_degree[cur]
        person = np.repeat(np.arange(P), deg)
        first = np.repeat(self.move_start[cur], deg)
        offset = np.arange(len(person)) - np.repeat(np.cumsum(deg) - deg, deg)
        t = first + offset
        rate = self.move_rate[t]
        window = self.horizon - np.maximum(0.0, self.move_min_years[t] - years[person])
        with np.errstate(invalid="ignore", divide="ignore"):
            chance = np.where((window <= 0) | (rate <= 0), 0.0,
                              np.where(rate >= 1, 1.0, 1.0 - np.power(1.0 - rate, np.maximum(window, 0.0))))
        move = np.zeros((P, n))
        move[person, self.move_to[t]] = chance
        preference = pref[:, g.tracks]
        seniority = np.clip((g.levels[None, :] - g.levels[cur][:, None]) / 2.0, -1.0, 1.0)
        w = g.weights
        score = w["fit"] * fit + w["move"] * move + w["goal"] * goal + w["preference"] * preference + w["seniority"] * seniority
        eligible[np.arange(P), cur] = False
        eligible &= step_back[:, None] | (g.levels[None, :] >= g.levels[cur][:, None])
        score = np.where(eligible, score, -np.inf)
        k = min(self.top, n)
        # Every role scoring at least the k-th is a candidate, so that ties
        # at the cut are broken by id as careerpath breaks them.
        kth = -np.partition(-score, k - 1, axis=1)[:, k - 1]
        rows, cols = np.nonzero(score >= kth[:, None])
        order = np.lexsort((self.role_rank[cols], -score[rows, cols], rows))
        rows, cols = rows[order], cols[order]
        starts = np.searchsorted(rows, np.arange(P))
        rank_in_row = np.arange(len(rows)) - starts[rows]
        keep = (rank_in_row < k) & np.isfinite(score[rows, cols])
        rows, cols = rows[keep], cols[keep]
        # Skills to build for every chosen (person, role): three stable sorts.
        weighted = g.importance[cols] * (np.maximum(0.0, g.need[cols] - S[rows]) * g.span)  # as careerpath associates it
        idx = np.broadcast_to(self.skill_rank, weighted.shape)
        idx = np.take_along_axis(idx, np.argsort(-np.take_along_axis(g.importance[cols], idx, 1), axis=1, kind="stable"), 1)
        idx = np.take_along_axis(idx, np.argsort(-np.take_along_axis(weighted, idx, 1), axis=1, kind="stable"), 1)
        best3 = idx[:, :3]
        positive = np.take_along_axis(weighted, best3, 1) > 0
        out = [[] for _ in range(P)]
        fields = zip(rows.tolist(), cols.tolist(), score[rows, cols].tolist(), fit[rows, cols].tolist(),
                     move[rows, cols].tolist(), goal[rows, cols].tolist(), preference[rows, cols].tolist(),
                     seniority[rows, cols].tolist(), best3.tolist(), positive.tolist())
        for r, c, sc, f, mv, gl, pr, se, b3, pos in fields:
            out[r].append({"role": g.role_ids[c], "score": sc, "fit": f, "move": mv, "goal": gl, "preference": pr,
                           "seniority": se, "skills_to_build": [g.skill_ids[s] for s, ok in zip(b3, pos) if ok]})
        return [{"id": p.get("id", p.get("name", "person")), "current_role": g.role_ids[cur[i]], "recommendations": out[i]}
                for i, p in enumerate(people)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--graph", required=True)
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--horizon", type=float, default=2.0)
    args = ap.parse_args()
    scorer = Scorer(GraphArrays(args.graph), args.top, args.horizon)
    with open(args.inp) as inp, open(args.out, "w") as out:
        while True:
            lines = [line for _, line in zip(range(BLOCK), inp)]
            if not lines:
                break
            results = scorer.block([json.loads(line) for line in lines])
            out.write("".join(json.dumps(r) + "\n" for r in results))


if __name__ == "__main__":
    sys.exit(main())
