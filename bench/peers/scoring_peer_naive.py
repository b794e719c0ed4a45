#!/usr/bin/python3
"""The naive numpy peer of `careerpath batch --format scores` (kept for the
record; scoring_peer.py is the competent one): the same recommend
formula (engine/include/careerpath/advise/recommender.hpp) written the way a Python
user would, with numpy for the skill fit of a block of people at once and
argpartition for the top k.

    scoring_peer_naive.py --graph graphs/onet.json --in profiles.jsonl --out out.jsonl [--top 5]
"""
import argparse
import json
import sys

import networkx as nx
import numpy as np

from graph_arrays import GraphArrays

BLOCK = 64


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--graph", required=True)
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--horizon", type=float, default=2.0)
    args = ap.parse_args()
    g = GraphArrays(args.graph)
    w = g.weights
    n, m = g.need.shape
    reverse = nx.DiGraph()
    reverse.add_nodes_from(range(n))
    reverse.add_edges_from((t[1], t[0]) for t in g.transitions)
    hops_cache = {}

    def hops_to(goal):
        if goal not in hops_cache:
            hops = np.full(n, -1)
            for role, d in nx.single_source_shortest_path_length(reverse, goal).items():
                hops[role] = d
            hops_cache[goal] = hops
        return hops_cache[goal]

    def rank(p, fit):
        cur = g.role_index[p["current_role"]]
        years = float(p["years_in_role"])
        prefs = p.get("preferences", {})
        move = np.zeros(n)
        for _, to, _, rate, min_years in g.moves_from[cur]:
            wait = max(0.0, min_years - years)
            window = args.horizon - wait
            move[to] = 0.0 if window <= 0 or rate <= 0 else 1.0 if rate >= 1 else 1 - (1 - rate) ** window
        goal = np.zeros(n)
        for gr in (g.role_index[x] for x in p.get("goals", [])):
            hops = hops_to(gr)
            closer = (hops > 0) & ((hops[cur] < 0) | (hops < hops[cur]))
            goal = np.maximum(goal, np.where(closer, 1.0 / np.maximum(1.0 + hops, 1.0), 0.0))
            goal[gr] = 1.0
        weights = np.zeros(len(g.track_index))
        for t, v in prefs.get("tracks", {}).items():
            weights[g.track_index[t]] = v
        preference = weights[g.tracks]
        seniority = np.clip((g.levels - g.levels[cur]) / 2.0, -1.0, 1.0)
        score = w["fit"] * fit + w["move"] * move + w["goal"] * goal + w["preference"] * preference + w["seniority"] * seniority
        eligible = np.ones(n, dtype=bool)
        eligible[cur] = False
        for a in prefs.get("avoid", []):
            eligible[g.role_index[a]] = False
        if not prefs.get("step_back", False):
            eligible &= g.levels >= g.levels[cur]
        score = np.where(eligible, score, -np.inf)
        k = min(args.top, int(eligible.sum()))
        top = np.argpartition(-score, k - 1)[:k] if k > 0 else np.array([], dtype=int)
        top = sorted(top, key=lambda r: (-score[r], g.role_ids[r]))
        out = []
        for r in top:
            weighted = g.importance[r] * np.maximum(0.0, g.need[r] - skills_of(p)) * g.span
            gaps = [s for s in np.lexsort((np.array(g.skill_ids), -g.importance[r], -weighted)) if weighted[s] > 0][:3]
            out.append({"role": g.role_ids[r], "score": float(score[r]), "fit": float(fit[r]), "move": float(move[r]),
                        "goal": float(goal[r]), "preference": float(preference[r]), "seniority": float(seniority[r]),
                        "skills_to_build": [g.skill_ids[s] for s in gaps]})
        return {"id": p.get("id", p.get("name", "person")), "current_role": g.role_ids[cur], "recommendations": out}

    def skills_of(p):
        if "_s" not in p:
            s = np.zeros(m)
            for skill, level in p["skills"].items():
                s[g.skill_index[skill]] = (level - g.min) / g.span
            p["_s"] = s
        return p["_s"]

    def flush(block, out):
        people = [json.loads(line) for line in block]
        S = np.stack([skills_of(p) for p in people])
        shortfall = (np.maximum(g.need[None, :, :] - S[:, None, :], 0.0) * g.importance[None, :, :]).sum(axis=2)
        fit = np.where(g.total > 0, 1.0 - shortfall / np.where(g.total > 0, g.total, 1.0), 1.0)
        for p, f in zip(people, fit):
            out.write(json.dumps(rank(p, f)) + "\n")

    with open(args.inp) as inp, open(args.out, "w") as out:
        block = []
        for line in inp:
            block.append(line)
            if len(block) == BLOCK:
                flush(block, out)
                block = []
        if block:
            flush(block, out)


if __name__ == "__main__":
    sys.exit(main())
