#!/usr/bin/python3
"""The networkx peer of `careerpath path PROFILE --to ROLE -k K`: the same
edge costs (engine/include/careerpath/advise/paths.hpp: expected years per move,
max(wait, learn) + 1 / -ln(1 - rate)) computed with numpy, then the k best
loopless routes with networkx.shortest_simple_paths, as a Python user would.

    paths_peer.py --graph graphs/onet.json --profile P.json --to ROLE [-k 10] [--repeat 20]

Prints the routes (role ids and total years) as JSON and the search time per
plan (costs + k routes, graph already loaded) in seconds on stderr.
"""
import argparse
import itertools
import json
import math
import sys
import time

import networkx as nx
import numpy as np

from graph_arrays import GraphArrays


def plan(g, person, target, k, levels_per_year=1.0):
    cur = g.role_index[person["current_role"]]
    years = float(person["years_in_role"])
    prefs = person.get("preferences", {})
    skills = np.zeros(len(g.skill_ids))
    for s, level in person["skills"].items():
        skills[g.skill_index[s]] = (level - g.min) / g.span
    avoid = {g.role_index[a] for a in prefs.get("avoid", [])}
    step_back = prefs.get("step_back", False)
    rate_of_learning = levels_per_year * float(person.get("learning_rate", 1.0))
    total_importance = g.importance.sum(axis=1)
    G = nx.DiGraph()
    for frm, to, kind, rate, min_years in g.transitions:
        backwards = kind == "step-back" or g.levels[to] < g.levels[frm]
        if (backwards and not step_back) or rate <= 0 or frm in avoid or to in avoid:
            continue
        first = frm == cur
        have = skills if first else np.maximum(skills, g.need[frm])
        wait = max(0.0, min_years - (years if first else 0.0))
        learn = 0.0
        if total_importance[to] > 0:
            shortfall = (np.maximum(g.need[to] - have, 0.0) * g.importance[to]).sum()
            learn = shortfall / total_importance[to] * g.span / rate_of_learning
        hazard = math.inf if rate >= 1 else -math.log1p(-rate)
        G.add_edge(frm, to, cost=max(wait, learn) + 1.0 / hazard)
    routes = itertools.islice(nx.shortest_simple_paths(G, cur, target, weight="cost"), k)
    return [(r, sum(G[a][b]["cost"] for a, b in zip(r, r[1:]))) for r in routes]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--graph", required=True)
    ap.add_argument("--profile", required=True)
    ap.add_argument("--to", required=True)
    ap.add_argument("-k", type=int, default=10)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    g = GraphArrays(args.graph)
    with open(args.profile) as f:
        person = json.load(f)
    target = g.role_index[args.to]
    start = time.perf_counter()
    for _ in range(args.repeat):
        routes = plan(g, person, target, args.k)
    per_plan = (time.perf_counter() - start) / args.repeat
    print(json.dumps([{"roles": [g.role_ids[r] for r in route], "total_years": years} for route, years in routes]))
    print(f"{per_plan:.6f}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
