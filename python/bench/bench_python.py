#!/usr/bin/python3
"""The Python package's speed beside the C++ it calls (bench/python_compare_bench.cpp).

    PYTHONPATH=build/release/python /usr/bin/python3 python/bench/bench_python.py

1. careerpath.fit_matrix for 1M people x every O*NET role, threads 1 and 2,
   against BM_FitMatrixOnetMillion (the same kernel, blocks and output).
2. careerpath.recommend for one person (Priya, tech graph, top 5) from a
   careerpath.Profile, as Python objects and as raw text, against
   BM_RecommendDocumentTech (the same document built in process).

The people are the same kind as the C++ benchmark's: a quarter of the skills
set, to tenths, the rest 0. Prints the best of several runs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

import careerpath

ROOT = Path(__file__).resolve().parents[2]


def best_of(repeats: int, body) -> tuple[float, float]:
    """The best wall and the best CPU seconds of several runs (CPU: this process, all threads)."""
    wall = cpu = float("inf")
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        body()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def calls_of(count: int, call) -> None:
    """Calls `call` count times, dropping each result as a caller would (keeping thousands of
    documents alive would time Python's garbage collector instead)."""
    for _ in range(count):
        call()


def main() -> int:
    if "--recommend-only" in sys.argv:
        return recommend_only()
    onet = careerpath.Graph.builtin("onet")
    rng = np.random.default_rng(7)
    people = 1_000_000
    shape = (people, len(onet.skills))
    skills = np.where(rng.random(shape) < 0.25, np.round(rng.random(shape) * 10) / 10, 0).astype(np.float32)
    careerpath.fit_matrix(onet, skills[:1000])  # builds the kernel once
    out = np.empty((people, len(onet.roles)), dtype=np.float32)
    for threads in (1, 2):
        for into, label in ((None, "new array"), (out, "out=")):
            wall, cpu = best_of(3, lambda: careerpath.fit_matrix(onet, skills, threads=threads, out=into))
            print(f"fit_matrix 1M x {len(onet.roles)} O*NET roles, {threads} thread(s), {label}: "
                  f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU")
    del skills, out
    return recommend_only()


def recommend_only() -> int:
    tech = careerpath.Graph.builtin("tech")
    priya = careerpath.profile(tech, ROOT / "profiles/program-manager.json")
    for raw in (False, True):
        calls = 2000
        wall, cpu = best_of(5, lambda: calls_of(calls, lambda: careerpath.recommend(tech, priya, top=5, raw=raw)))
        print(f"recommend one person (tech, top 5, {'raw text' if raw else 'Python objects'}): "
              f"{wall / calls * 1e6:.1f} us wall, {cpu / calls * 1e6:.1f} us CPU")
    as_dict = careerpath.profile(tech, ROOT / "profiles/program-manager.json").to_dict()
    wall, cpu = best_of(5, lambda: calls_of(2000, lambda: careerpath.recommend(tech, as_dict, top=5)))
    print(f"recommend one person from a dict (validated every call): {wall / 2000 * 1e6:.1f} us wall, "
          f"{cpu / 2000 * 1e6:.1f} us CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
