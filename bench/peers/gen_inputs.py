#!/usr/bin/python3
"""Synthetic batch input: N profiles as JSONL against a role graph.

    gen_inputs.py --graph graphs/onet.json --count 1000000 --out profiles.jsonl

Each person holds a random role for 0-10 years and 15-30 of the graph's
skills at half levels; a fifth have a goal role, a tenth track preferences,
a twentieth a role to avoid, a tenth accept a step back. Deterministic for a
seed. Without --graph it first writes an O*NET-sized synthetic graph (900
roles, 100 skills) to --graph-out and uses that.
"""
import argparse
import json
import random
import sys


def synthetic_graph(rng, roles=900, skills=100, tracks=20, moves=5):
    skill_list = [{"id": f"skill-{s}", "name": f"Skill {s}", "category": "technical"} for s in range(skills)]
    role_list = []
    for r in range(roles):
        level = 1 + r % 6
        req = {}
        for s in range(skills):
            if rng.random() < 0.6:
                need = min(5.0, round((0.5 + rng.random() * 2.5 + 0.3 * level) * 2) / 2)
                req[f"skill-{s}"] = {"level": need, "importance": round(rng.random() * 20) / 20}
        role_list.append({"id": f"role-{r}", "title": f"Role {r}", "track": f"track-{r % tracks}", "level": level,
                          "requirements": req})
    transitions, seen = [], set()
    for r in range(roles):
        for _ in range(moves):
            to = (r + 1 + int(rng.random() * (roles - 1))) % roles
            if to == r or (r, to) in seen:
                continue
            seen.add((r, to))
            change = role_list[to]["level"] - role_list[r]["level"]
            kind = "promotion" if change > 0 else "step-back" if change < 0 else "lateral"
            transitions.append({"from": f"role-{r}", "to": f"role-{to}", "kind": kind,
                                "rate": round(0.02 + 0.15 * rng.random(), 4), "min_years": round(rng.random() * 8) / 2})
    return {"format": "careerpath.graph/1", "name": "synthetic", "title": "Synthetic O*NET-sized graph",
            "scale": {"min": 0, "max": 5},
            "tracks": [{"id": f"track-{t}", "name": f"Track {t}"} for t in range(tracks)],
            "skills": skill_list, "roles": role_list, "transitions": transitions}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", help="role graph JSON (careerpath.graph/1) the profiles refer to")
    ap.add_argument("--graph-out", help="write a synthetic O*NET-sized graph here (when --graph is not given)")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    if args.graph:
        with open(args.graph) as f:
            graph = json.load(f)
    else:
        if not args.graph_out:
            ap.error("give --graph, or --graph-out for a synthetic graph")
        graph = synthetic_graph(rng)
        with open(args.graph_out, "w") as f:
            json.dump(graph, f)
    roles = [r["id"] for r in graph["roles"]]
    skills = [s["id"] for s in graph["skills"]]
    tracks = [t["id"] for t in graph["tracks"]]
    scale = graph.get("scale", {"min": 0, "max": 5})
    half_levels = [x / 2 for x in range(int(scale["min"] * 2) + 1, int(scale["max"] * 2) + 1)]
    out = sys.stdout if args.out == "-" else open(args.out, "w")
    for i in range(args.count):
        p = {"id": f"p{i}", "current_role": rng.choice(roles), "years_in_role": rng.randrange(21) / 2,
             "skills": {s: rng.choice(half_levels) for s in rng.sample(skills, min(len(skills), rng.randint(15, 30)))}}
        if rng.random() < 0.2:
            p["goals"] = [rng.choice(roles)]
        prefs = {}
        if rng.random() < 0.1:
            prefs["tracks"] = {rng.choice(tracks): rng.choice([-1.0, -0.5, 0.5, 1.0])}
        if rng.random() < 0.05:
            prefs["avoid"] = [rng.choice(roles)]
        if rng.random() < 0.1:
            prefs["step_back"] = True
        if prefs:
            p["preferences"] = prefs
        out.write(json.dumps(p, separators=(",", ":")) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
