#!/usr/bin/python3
"""The three users' questions, answered from Python with the careerpath package.

    PYTHONPATH=build/release/python /usr/bin/python3 examples/three_users.py [--people N] [--runs N]

1. Priya, a program manager: technical program management or product?
2. Nadia, who mentors the payments team: what should each member work on?
3. A workforce planner: who in a workforce of N people is ready for a
   senior TPM seat, and what does a training programme buy the product
   organisation over five years?

Run from the repository's folder (the profiles, teams and scenarios are
named relative to it). The tests run it with small sizes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

import careerpath

ROOT = Path(__file__).resolve().parents[1]


def priya(graph: careerpath.Graph) -> None:
    print("1. Priya: technical program management or product?")
    person = careerpath.profile(graph, ROOT / "profiles/program-manager.json")
    doc = careerpath.recommend(graph, person, top=5)
    rows = [{"role": r["role"]["title"], "score": r["score"], "fit": r["components"]["fit"],
             "move": r["components"]["move"], "goal": r["components"]["goal"] > 0}
            for r in doc["recommendations"]]
    print(pd.DataFrame(rows).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    for target in ("tpm-3", "product-manager"):
        gap = careerpath.gap(graph, person, target)
        short = [s for s in gap["skills"] if s["shortfall"] > 0]
        short.sort(key=lambda s: -s["weighted_shortfall"])
        title = graph.role_titles[graph.role(target)]
        route = careerpath.path(graph, person, target, k=1)["routes"][0]
        print(f"   {title}: readiness {gap['readiness']:.0%}, about {route['total_years']:.1f} expected years away; "
              f"build first: " + ", ".join(f"{s['name']} {s['have']:g} -> {s['need']:g}" for s in short[:3]))
    print()


def mentor(graph: careerpath.Graph) -> None:
    print("2. Nadia: what should each member of the payments team work on?")
    report = careerpath.mentor(graph, ROOT / "profiles/teams/payments-team.json", focus=2)
    for member in report["members"]:
        focus = ", ".join(f["skill"]["name"] for f in member["focus_skills"])
        goal = member["goal"]["title"] if member.get("goal") else "-"
        print(f"   {member['name']:<16} towards {goal:<34} focus: {focus}")
    print()


def planner(graph: careerpath.Graph, people: int, runs: int) -> None:
    print(f"3. A workforce planner: {people:,} engineers and program staff, and a training programme")
    rng = np.random.default_rng(7)
    frame = pd.DataFrame({skill: np.clip(rng.normal(2.5, 1.1, people), 0, 5) for skill in graph.skills})
    skills = careerpath.skill_array(graph, frame)
    roles, fits = careerpath.top_k(graph, skills, k=1)
    fit = careerpath.fit_matrix(graph, skills)
    tpm = graph.role("tpm-3")
    ready = int((fit[:, tpm] >= 0.9).sum())
    print(f"   {ready:,} of {people:,} already meet 90% of a senior TPM's weighted requirements; "
          f"the best-fitting role of most is {graph.role_titles[int(np.bincount(roles[:, 0]).argmax())]}")
    compared = careerpath.simulate(graph, ROOT / "scenarios/product-org.json", runs=runs, seed=1,
                                   compare=ROOT / "scenarios/product-org-training.json")
    years = compared["scenario"]["horizon_years"]
    cost = compared["difference"]["training_cost"]["mean"]
    print(f"   '{compared['other']['scenario']['name']}' against the organisation as it is, "
          f"{years:g} years, {runs} runs on common random numbers: training costs {cost:,.0f} a run")
    headcount = {entry["role"]: entry["by_time"][-1] for entry in compared["difference"]["headcount"]}
    for change in compared["difference"]["cost_per_additional"]:
        more = headcount[change["role"]]
        price = f"{change['value']['mean']:,.0f} per additional person" if change["value"] else "no clear effect"
        print(f"   {graph.role_titles[graph.role(change['role'])]}: {more['mean']:+.2f} people at year {years:g} "
              f"(95% CI {more['low']:+.2f} to {more['high']:+.2f}); {price}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args(argv)
    graph = careerpath.Graph.builtin("tech")
    priya(graph)
    mentor(graph)
    planner(graph, args.people, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
