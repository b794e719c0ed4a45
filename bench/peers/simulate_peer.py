#!/usr/bin/python3
"""The numpy peer of `careerpath simulate PROFILE`: one person's career run
many times over the role graph, the model of docs/simulate.md written the way
a Python user would, vectorised across runs (arrays of shape [runs] and
[runs, skills]) with a loop over monthly time steps only.

    simulate_peer.py PROFILE [--graph graphs/tech.json] [--runs 10000] [--years 5]
                     [--seed 1] [--top 10] [--block 8192] [--dense] [--processes 2] [--out FILE]

    bench/peers/simulate_peer.py profiles/program-manager.json --runs 100000 --years 20 --out /tmp/peer.json

The profile names its role and goals by id (careerpath also accepts titles).

The model is careerpath's for a one-person scenario without interventions
(`simulate PROFILE`: skill growth 0.5 a year, stretch 0.2 of the scale (one
level on 0-5), ceiling the top of the scale, fit exponent 2, no attrition,
no hiring, no capacities):

- skills the current role exercises grow towards min(requirement + stretch,
  ceiling) at learning_rate x 0.5 x importance per year, in closed form
  (S_k = S_0 + max(T - S_0, 0) (1 - q^k), q = exp(-lambda dt), from a table
  of 1 - q^k per role and step count, so skills are computed only when
  something looks at them);
- each move out of the role has hazard -ln(1 - rate) per year, zero until
  min_years in the role, scaled by fit(skills, destination)^2; attrition is
  one more competing exit (zero for a profile); with H the sum, an event
  happens in a step with probability 1 - exp(-H dt) and is move i with
  probability h_i / H; it is decided on the state at the start of the step
  and takes effect at its end (new role, tenure 0).

The event test is screened with a bound, as careerpath does with thinning:
B = the role's hazards at fit 1, so H <= B. A run is a candidate in a step
with probability 1 - exp(-B dt) (the gap to its next candidate step is
geometric), and only candidates compute their fits; a candidate has an event
with probability (1 - exp(-H dt)) / (1 - exp(-B dt)). That is exact, and it
keeps the fits (the costly part) to about B x years per run. `--dense`
computes every run's hazards at every step instead (the textbook loop).

Writes JSON (to --out, or stdout): per report time (years 0, 1, ...) the
share of runs in each role and that have left; per goal (the profile's
goals) the share who have held it by each time, time-to-goal percentiles
and the mean among those who got there; the mean skill levels and their
standard deviation over runs (sd); the most common careers (first 13 roles)
with counts and shares. Runs are simulated in blocks of --block runs (memory
and cache); a block's arrays are [block] and [block, skills].
"""
import argparse
import multiprocessing
import json
import math
import os
import sys
import time

import numpy as np

from graph_arrays import GraphArrays

STEPS_PER_YEAR = 12
TENURE_SLACK = 1e-9            # as careerpath: 12 x (1/12) >= 1 holds
MAX_PROBABILITY = 1.0 - 1e-9   # a rate of 1 becomes a finite hazard
CAREER_ROLES = 13              # a career keeps its first 13 roles
NEVER = np.iinfo(np.int64).max


class Model:
    """Per-role arrays: padded moves out of each role, the skills each role
    requires (padded), growth targets and the table of 1 - q^k."""

    def __init__(self, g, steps, dt, learning_rate, growth=0.5, stretch=0.2, ceiling=1.0, fit_exponent=2.0,
                 attrition=0.0):
        """careerpath's defaults; stretch and ceiling are normalised (0.2 is
        one level on a 0-5 scale), growth and attrition per year."""
        n = g.need.shape[0]
        self.dt, self.steps, self.fit_exponent = dt, steps, fit_exponent
        hazard = lambda rate: -math.log1p(-min(rate, MAX_PROBABILITY))
        out = max(1, max(len(moves) for moves in g.moves_from))
        self.to = np.zeros((n, out), dtype=np.int64)
        self.hazard = np.zeros((n, out))
        self.min_years = np.full((n, out), np.inf)
        for r, moves in enumerate(g.moves_from):
            for i, (_, to, _, rate, min_years) in enumerate(moves):
                self.to[r, i], self.hazard[r, i], self.min_years[r, i] = to, hazard(rate), min_years
        self.attrition = np.full(n, hazard(attrition))
        bound = self.hazard.sum(axis=1) + self.attrition
        self.p_candidate = -np.expm1(-bound * dt)  # P(a candidate in a step), per role

        # Fit only involves the skills a role requires: per move out of each
        # role, the destination's required skills, levels and importance,
        # padded to the longest list ([roles, moves, required]).
        used = (g.need * g.importance) > 0
        width = max(1, used.sum(axis=1).max())
        req_skill = np.zeros((n, width), dtype=np.int64)
        req_need = np.zeros((n, width))
        req_weight = np.zeros((n, width))
        for r in range(n):
            cols = np.flatnonzero(used[r])
            req_skill[r, :cols.size] = cols
            req_need[r, :cols.size] = g.need[r, cols]
            req_weight[r, :cols.size] = g.importance[r, cols]
        self.move_skill, self.move_need, self.move_weight = req_skill[self.to], req_need[self.to], req_weight[self.to]
        total = g.total[self.to]                                            # [roles, moves]
        self.move_total = np.where(total > 0, total, 1.0)
        self.move_any = total > 0

        # Growth: S_k = S_0 + max(T - S_0, 0) (1 - q^k), tabled for k = 0 .. steps + 1.
        self.target = np.minimum(g.need + stretch, ceiling)
        per_step = learning_rate * g.importance * (growth * dt)          # [roles, skills]
        k = np.arange(steps + 2, dtype=float)
        self.grown = -np.expm1(-per_step[:, None, :] * k[None, :, None])  # [roles, k, skills]

    def skills(self, s0, role, k):
        """Skills after k steps in `role` from s0 (rows: runs)."""
        grown = self.target[role]
        grown -= s0
        np.maximum(grown, 0.0, out=grown)
        grown *= self.grown[role, k]
        grown += s0
        return grown

    def hazards(self, skills, role, tenure):
        """Per-move hazards [runs, moves] at the start of a step."""
        have = skills[np.arange(len(role))[:, None, None], self.move_skill[role]]  # [c, moves, required]
        gap = self.move_need[role]
        gap -= have
        np.maximum(gap, 0.0, out=gap)
        gap *= self.move_weight[role]
        fit = 1.0 - gap.sum(axis=2) / self.move_total[role]
        fit = np.where(self.move_any[role], fit, 1.0)
        k = self.fit_exponent
        scale = fit * fit if k == 2.0 else fit ** k
        open_ = tenure[:, None] + TENURE_SLACK >= self.min_years[role]
        return np.where(open_, self.hazard[role] * scale, 0.0)


def geometric_gap(rng, p):
    """Steps until the next candidate step (0: this one), per run; NEVER when p = 0."""
    gap = rng.geometric(np.where(p > 0, p, 1.0)) - 1
    return np.where(p > 0, gap, NEVER)


def simulate_block(model, rng, runs, start_role, start_tenure, start_skills, goals, report_steps, dense, acc):
    steps, dt = model.steps, model.dt
    n_roles, n_skills = model.target.shape
    role = np.full(runs, start_role, dtype=np.int64)
    spell = np.zeros(runs, dtype=np.int64)        # step the current spell started
    tenure0 = np.full(runs, start_tenure)         # tenure (years) at that step
    s0 = np.tile(start_skills, (runs, 1))         # skills at that step
    active = np.ones(runs, dtype=bool)
    career = np.full((runs, CAREER_ROLES), -1, dtype=np.int16)
    career[:, 0] = start_role
    length = np.ones(runs, dtype=np.int64)
    truncated = np.zeros(runs, dtype=bool)
    first = np.full((len(goals), runs), -1, dtype=np.int32)
    for i, goal in enumerate(goals):
        if goal == start_role:
            first[i] = 0
    candidate_at = geometric_gap(rng, model.p_candidate[role])

    def record(k, step):
        here = np.flatnonzero(active)
        acc["headcount"][k] += np.bincount(role[here], minlength=n_roles)
        acc["left"][k] += runs - here.size
        skills = model.skills(s0[here], role[here], step - spell[here])
        acc["skills"][k] += skills.sum(axis=0)
        acc["squares"][k] += np.einsum("ij,ij->j", skills, skills)
        acc["samples"][k] += here.size

    k = 0
    for step in range(steps):
        while k < len(report_steps) and report_steps[k] == step:
            record(k, step)
            k += 1
        c = np.flatnonzero(active) if dense else np.flatnonzero(candidate_at == step)
        if c.size == 0:
            continue
        rc = role[c]
        elapsed = step - spell[c]
        skills = model.skills(s0[c], rc, elapsed)
        h = model.hazards(skills, rc, tenure0[c] + elapsed * dt)
        total = h.sum(axis=1) + model.attrition[rc]
        p_event = -np.expm1(-total * dt)
        threshold = 1.0 if dense else model.p_candidate[rc]
        event = rng.random(c.size) * threshold < p_event
        if not dense:
            # The next candidate step after this one (memoryless: from step + 1).
            candidate_at[c] = step + 1 + geometric_gap(rng, model.p_candidate[rc])
        e = np.flatnonzero(event)
        if e.size == 0:
            continue
        who = c[e]
        u = rng.random(e.size) * total[e]
        cumulative = np.cumsum(h[e], axis=1)
        pick = (cumulative <= u[:, None]).sum(axis=1)   # first move with u < cumulative
        moving = pick < h.shape[1]
        leaving = who[~moving]
        active[leaving] = False
        candidate_at[leaving] = NEVER
        m = who[moving]
        to = model.to[rc[e][moving], pick[moving]]
        # The step was spent growing in the old role; the new spell starts at step + 1.
        s0[m] = model.skills(s0[m], role[m], step + 1 - spell[m])
        role[m] = to
        spell[m] = step + 1
        tenure0[m] = 0.0
        room = length[m] < CAREER_ROLES
        career[m[room], length[m[room]]] = to[room]
        length[m[room]] += 1
        truncated[m[~room]] = True
        for i, goal in enumerate(goals):
            new = m[(to == goal) & (first[i, m] < 0)]
            first[i, new] = step + 1
        if not dense:
            candidate_at[m] = step + 1 + geometric_gap(rng, model.p_candidate[to])
    while k < len(report_steps):
        record(k, steps)
        k += 1
    for i in range(len(goals)):  # step first held, "never" in the last bin
        acc["goal_steps"][i] += np.bincount(np.where(first[i] < 0, steps + 1, first[i]), minlength=steps + 2)
    keys, counts = distinct_rows(np.column_stack([career, truncated.astype(np.int16)]))
    acc["careers"].append(keys)
    acc["career_counts"].append(counts)


def simulate_share(job, seed, blocks):
    """The accumulators of some blocks of runs, drawn from one random stream."""
    rng = np.random.default_rng(seed)
    times, n_roles, n_skills = job["times"], job["n_roles"], job["n_skills"]
    acc = {"headcount": np.zeros((times, n_roles)), "left": np.zeros(times),
           "skills": np.zeros((times, n_skills)),
           "squares": np.zeros((times, n_skills)), "samples": np.zeros(times),
           "goal_steps": np.zeros((len(job["goals"]), job["steps"] + 2), dtype=np.int64), "careers": [], "career_counts": []}
    for _, runs in blocks:
        simulate_block(job["model"], rng, runs, job["start_role"], job["start_tenure"], job["skills"], job["goals"],
                       job["report_steps"], job["dense"], acc)
    return acc


JOB = None


def simulate_share_forked(seed, blocks):
    return simulate_share(JOB, seed, blocks)


def distinct_rows(rows, weights=None):
    """The distinct rows of a 2-D array and how many times (or how much weight)
    each occurs. A void view sorts far faster than np.unique(axis=0)."""
    rows = np.ascontiguousarray(rows)
    as_bytes = rows.view(np.dtype((np.void, rows.dtype.itemsize * rows.shape[1]))).ravel()
    _, where, inverse = np.unique(as_bytes, return_index=True, return_inverse=True)
    counts = np.bincount(inverse, weights=weights)
    return rows[where], counts.astype(np.int64)


def percentile(histogram, total, q, dt):
    reached = np.cumsum(histogram[:-1])  # steps 0 .. steps; the last bin is "never"
    hit = np.flatnonzero(reached >= q * total - 1e-9)
    return float(hit[0] * dt) if hit.size else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("profile")
    ap.add_argument("--graph", default=None, help="careerpath.graph/1 file (default: graphs/tech.json)")
    ap.add_argument("--runs", type=int, default=10000)
    ap.add_argument("--years", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=10, help="most common careers to list")
    ap.add_argument("--block", type=int, default=8192, help="runs simulated at once (memory, cache)")
    ap.add_argument("--dense", action="store_true", help="every run's hazards every step (no screening)")
    ap.add_argument("--processes", type=int, default=1,
                    help="worker processes (multiprocessing, fork), each with its own share of the blocks and "
                         "its own random stream spawned from --seed")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    start = time.perf_counter()
    if args.graph is None:
        args.graph = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                                  "graphs", "tech.json")
    g = GraphArrays(args.graph)
    with open(args.profile) as f:
        person = json.load(f)
    n_roles, n_skills = g.need.shape
    dt = 1.0 / STEPS_PER_YEAR
    steps = max(1, math.floor(args.years * STEPS_PER_YEAR + 0.5))  # llround, as careerpath
    horizon = steps * dt
    times = [float(y) for y in range(int(math.floor(horizon + 1e-9)) + 1)]
    if horizon - times[-1] > 1e-9:
        times.append(horizon)
    report_steps = [math.floor(t * STEPS_PER_YEAR + 0.5) for t in times]

    start_role = g.role_index[person["current_role"]]
    skills = np.zeros(n_skills)
    for skill, level in person["skills"].items():
        skills[g.skill_index[skill]] = (level - g.min) / g.span
    goals = []
    for goal in person.get("goals", []):
        if g.role_index[goal] not in goals:
            goals.append(g.role_index[goal])
    model = Model(g, steps, dt, float(person.get("learning_rate", 1.0)))

    blocks = [(begin, min(args.block, args.runs - begin)) for begin in range(0, args.runs, args.block)]
    processes = max(1, min(args.processes, len(blocks)))
    shares = [blocks[i::processes] for i in range(processes)]
    streams = np.random.SeedSequence(args.seed).spawn(processes) if processes > 1 else [args.seed]
    job = {"model": model, "start_role": start_role, "start_tenure": float(person["years_in_role"]), "skills": skills,
           "goals": goals, "report_steps": report_steps, "dense": args.dense, "times": len(times),
           "n_roles": n_roles, "n_skills": n_skills, "steps": steps}
    if processes == 1:
        parts = [simulate_share(job, streams[0], shares[0])]
    else:
        global JOB
        JOB = job  # inherited by the forked workers
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            parts = pool.starmap(simulate_share_forked, zip(streams, shares))
    acc = parts[0]
    for part in parts[1:]:
        for key, value in part.items():
            if isinstance(value, list):
                acc[key].extend(value)
            else:
                acc[key] += value

    runs = args.runs
    goal_out = []
    for i, goal in enumerate(goals):
        histogram = acc["goal_steps"][i]
        reached = np.cumsum(histogram)
        held = histogram[:steps + 1]
        goal_out.append({
            "role": g.role_ids[goal],
            "reached_by_time": [float(reached[s] / runs) for s in report_steps],
            "time_to_goal": {"p10": percentile(histogram, runs, 0.10, dt), "p50": percentile(histogram, runs, 0.50, dt),
                             "p90": percentile(histogram, runs, 0.90, dt),
                             "mean_if_reached": float((held * np.arange(steps + 1)).sum() / held.sum() * dt)
                             if held.sum() else None}})
    keys, counts = distinct_rows(np.concatenate(acc["careers"]), np.concatenate(acc["career_counts"]))
    order = np.lexsort(tuple(keys[:, j] for j in range(keys.shape[1] - 1, -1, -1)) + (-counts,))[:args.top]
    top = [{"roles": [g.role_ids[r] for r in keys[i, :CAREER_ROLES] if r >= 0], "truncated": bool(keys[i, -1]),
            "count": int(counts[i]), "share": float(counts[i] / runs)} for i in order]
    samples = np.maximum(acc["samples"], 1)[:, None]
    mean = acc["skills"] / samples
    sd_skills = np.sqrt(np.maximum(acc["squares"] / samples - mean * mean, 0.0) * samples / np.maximum(samples - 1, 1)) * g.span
    mean_skills = mean * g.span + g.min
    result = {
        "peer": "numpy", "graph": args.graph, "profile": person.get("id"), "runs": runs, "horizon_years": horizon,
        "step": "month", "seed": args.seed, "screened": not args.dense, "times": times,
        "headcount": [{"role": g.role_ids[r], "by_time": (acc["headcount"][:, r] / runs).tolist()} for r in range(n_roles)],
        "left": (acc["left"] / runs).tolist(),
        "goals": goal_out,
        "trajectories": {"careers": runs, "top": top},
        "mean_skills": [{"skill": g.skill_ids[j], "by_time": mean_skills[:, j].tolist(), "sd": sd_skills[:, j].tolist()}
                        for j in range(n_skills)],
        "seconds": time.perf_counter() - start,
    }
    text = json.dumps(result, indent=1)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    sys.exit(main())
