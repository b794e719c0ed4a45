#!/usr/bin/python3
"""The Python peers of `careerpath path PROFILE --to ROLE -k K`: the same
edge costs (engine/include/careerpath/advise/paths.hpp: expected years per move,
max(wait, learn) + 1 / -ln(1 - rate)), then the k best loopless routes (Yen).

  --engine networkx  costs of every move at once with numpy (arrays over the
                     moves), then networkx.shortest_simple_paths: what a
                     competent networkx user writes (the default)
  --engine igraph    the same costs, then igraph's C implementation of Yen
                     (Graph.get_k_shortest_paths, python3-igraph)
  --engine naive     costs move by move in a Python loop, then networkx (the
                     first peer; 80% of its time was that loop)

    paths_peer.py --graph graphs/onet.json --profile P.json --to ROLE [-k 10] [--repeat 20] [--engine networkx]

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


def edge_costs(g, person, levels_per_year=1.0):
    """Every usable move's (from, to, cost) as numpy arrays, no Python loop."""
    cur = g.role_index[person["current_role"]]
    years = float(person["years_in_role"])
    prefs = person.get("preferences", {})
    skills = np.zeros(len(g.skill_ids))
    for s, level in person["skills"].items():
        skills[g.skill_index[s]] = (level - g.min) / g.span
    frm, to, rate, min_years = g.move_arrays
    usable = (rate > 0) & (prefs.get("step_back", False) | ~g.move_backwards)
    for a in prefs.get("avoid", []):
        usable &= (frm != g.role_index[a]) & (to != g.role_index[a])
    frm, to, rate, min_years = frm[usable], to[usable], rate[usable], min_years[usable]
    first = frm == cur
    have = np.where(first[:, None], skills[None, :], np.maximum(skills[None, :], g.need[frm]))
    wait = np.maximum(0.0, min_years - np.where(first, years, 0.0))
    total = g.importance.sum(axis=1)[to]
    shortfall = (np.maximum(g.need[to] - have, 0.0) * g.importance[to]).sum(axis=1)
    rate_of_learning = levels_per_year * float(person.get("learning_rate", 1.0))
    learn = np.where(total > 0, shortfall / np.where(total > 0, total, 1.0) * g.span / rate_of_learning, 0.0)
    with np.errstate(divide="ignore"):
        hazard = np.where(rate >= 1, np.inf, -np.log1p(-np.minimum(rate, 1.0)))
    return cur, frm, to, np.maximum(wait, learn) + 1.0 / hazard


def plan_networkx(g, person, target, k):
    cur, frm, to, cost = edge_costs(g, person)
    G = nx.DiGraph()
    G.add_weighted_edges_from(zip(frm.tolist(), to.tolist(), cost.tolist()), weight="cost")
    if cur not in G or target not in G:
        return []
    routes = itertools.islice(nx.shortest_simple_paths(G, cur, target, weight="cost"), k)
    return [(r, sum(G[a][b]["cost"] for a, b in zip(r, r[1:]))) for r in routes]


def plan_igraph(g, person, target, k):
    import igraph
    cur, frm, to, cost = edge_costs(g, person)
    G = igraph.Graph(n=len(g.role_ids), edges=list(zip(frm.tolist(), to.tolist())), directed=True)
    paths = G.get_k_shortest_paths(cur, to=target, k=k, weights=cost.tolist(), mode="out", output="epath")
    return [([int(frm[paths_e[0]])] + [int(to[e]) for e in paths_e], float(cost[paths_e].sum())) for paths_e in paths if paths_e]


def plan_naive(g, person, target, k, levels_per_year=1.0):
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
    ap.add_argument("--engine", choices=("networkx", "igraph", "naive"), default="networkx")
    args = ap.parse_args()
    g = GraphArrays(args.graph)
    t = g.transitions
    g.move_arrays = (np.array([x[0] for x in t], dtype=np.int64), np.array([x[1] for x in t], dtype=np.int64),
                     np.array([x[3] for x in t]), np.array([x[4] for x in t]))
    g.move_backwards = np.array([x[2] == "step-back" or g.levels[x[1]] < g.levels[x[0]] for x in t], dtype=bool)
    plan = {"networkx": plan_networkx, "igraph": plan_igraph, "naive": plan_naive}[args.engine]
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
