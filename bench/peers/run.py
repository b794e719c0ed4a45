#!/usr/bin/python3
"""Runs careerpath and its Python peers on the same inputs and prints the
ratios as a Markdown table (the one in docs/performance.md).

    bench/peers/run.py [--build build/release] [--jobs batch,routes,kernel,simulate] [--lines 100000]
                       [--runs 1000000] [--years 20] [--threads 2] [--work /tmp/careerpath-peers]

Needs a Release build with benchmarks (cmake --preset release && cmake
--build --preset release) and Debian's python3-numpy, python3-networkx and
libopenblas0-pthread. Each job is checked for equal answers before its times
are compared:
  batch   careerpath batch --format scores vs scoring_peer.py (numpy, blocks of
          4096, the fit as one BLAS product, argpartition top k), end to end
          JSONL -> JSONL on the O*NET graph; every line's ranked roles and
          skills to build must agree (--naive adds scoring_peer_naive.py)
  routes  k = 10 routes (BM_PlanPathsOnet/10 in batch_bench) vs paths_peer.py
          with networkx.shortest_simple_paths on numpy-vectorised costs and
          with igraph's Yen (get_k_shortest_paths); the routes (roles and
          years) must agree (--naive adds the per-edge Python loop peer)
  kernel  the fit kernel against a plain Eigen float product of the same shape
  simulate careerpath --json simulate profiles/program-manager.json --runs N
          --years Y --threads T vs simulate_peer.py --processes T (numpy
          vectorised Monte Carlo of the same model on as many processes as
          careerpath has threads) with the same runs and years, different
          random streams; they must agree within Monte Carlo error: every
          role's share of runs at every whole year, every goal's reached-by
          share at every year and the ten most common careers' shares, each
          within 5 standard errors of the difference of two binomial
          proportions (sqrt((p1 q1 + p2 q2) / n)), and every mean skill level
          at every year within 5 standard errors (the peer's spread over
          runs; careerpath reports none, so its side borrows the peer's,
          scaled by the rise of its mean); the total-variation
          distance of the final role distributions is printed alongside,
          next to what Monte Carlo noise alone gives, sum sqrt(p q / (pi n))

--jobs picks jobs (comma list); batch needs --build's cli, routes and kernel
its bench executables, simulate only cli/careerpath.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PY = "/usr/bin/python3"
PROFILE = os.path.join(ROOT, "profiles", "onet-program-manager.json")
TARGET = "11-1011.00"  # Chief Executives
SIM_PROFILE = os.path.join(ROOT, "profiles", "program-manager.json")
SIM_GRAPH = os.path.join(ROOT, "graphs", "tech.json")
JOBS = ("batch", "routes", "kernel", "simulate")


def timed(cmd, stdout=None):
    """Wall seconds and peak memory (MB) of the child."""
    wall, mb, _ = timed_cpu(cmd, stdout)
    return wall, mb


GNU_TIME = "/usr/bin/time"


def timed_cpu(cmd, stdout=None):
    """Wall seconds, peak memory (MB) and CPU seconds (user + sys) of this
    child alone. The memory comes from GNU time when it is installed: a
    child's ru_maxrss counts the pages it shared with this Python process
    between fork and exec, so wait4 alone reports this script's own size
    for small children."""
    start = time.perf_counter()
    with tempfile.NamedTemporaryFile("r") as report:
        wrapped = [GNU_TIME, "-f", "%M %U %S", "-o", report.name] + cmd if os.path.exists(GNU_TIME) else cmd
        child = subprocess.Popen(wrapped, stdout=stdout, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise subprocess.CalledProcessError(child.returncode, cmd)
        fields = report.read().split()
    if wrapped is not cmd and len(fields) == 3:
        return wall, int(fields[0]) / 1024, float(fields[1]) + float(fields[2])
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def answers_per_line(path):
    """Each line's ranked roles with their skills to build."""
    with open(path) as f:
        return [[(r["role"], r["skills_to_build"]) for r in json.loads(line).get("recommendations", [])] for line in f]


def route_roles(route):
    """The role ids along one of careerpath's routes (path --json)."""
    if "roles" in route:
        return route["roles"]
    return [route["steps"][0]["from"]] + [s["to"] for s in route["steps"]]


def bench_json(binary, name_filter):
    out = subprocess.run([binary, f"--benchmark_filter={name_filter}", "--benchmark_format=json"], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)["benchmarks"]


def compare_simulations(ours, theirs, runs):
    """Largest |z| over every role share and goal share at every report time
    and the ten most common careers' shares, the number of comparisons, the
    worst one, the total-variation distance of the final role distributions
    and its expected value from Monte Carlo noise alone."""
    res = ours["results"]
    if [round(t, 9) for t in res["times"]] != [round(t, 9) for t in theirs["times"]]:
        raise SystemExit("simulate: the report times differ")
    pairs = []
    peer_share = {h["role"]: h["by_time"] for h in theirs["headcount"]}
    for h in res["headcount"]:
        for t, (cell, q) in enumerate(zip(h["by_time"], peer_share[h["role"]])):
            pairs.append((f"{h['role']} at y{res['times'][t]:g}", cell["mean"], q))
    peer_goals = {g["role"]: g["reached_by_time"] for g in theirs["goals"]}
    for g in res["goals"]:
        for t, (cell, q) in enumerate(zip(g["reached_by_time"], peer_goals[g["role"]["id"]])):
            pairs.append((f"goal {g['role']['id']} by y{res['times'][t]:g}", cell["mean"], q))
    peer_careers = {(tuple(c["roles"]), c["truncated"]): c["share"] for c in theirs["trajectories"]["top"]}
    for c in res["trajectories"]["top"][:10]:
        key = (tuple(c["roles"]), c["truncated"])
        pairs.append(("career " + " > ".join(c["roles"]), c["share"], peer_careers.get(key, float("nan"))))
    worst, worst_z = "", 0.0
    for label, p, q in pairs:
        se = math.sqrt((p * (1 - p) + q * (1 - q)) / runs) if q == q else 0.0
        z = abs(p - q) / se if se > 0 else (0.0 if p == q else math.inf)
        if not z <= worst_z:
            worst, worst_z = label, z
    # Mean skill levels. careerpath reports no spread, so its side borrows
    # the peer's, scaled by how far each mean has risen from the profile's
    # level (skills never fall, and a rare tail's variance grows with its
    # share) and capped by the Bhatia-Davis bound (mu - start)(top - mu).
    peer_skills = {s["skill"]: s for s in theirs["mean_skills"]}
    with open(SIM_GRAPH) as f:
        top = float(json.load(f).get("scale", {"max": 5})["max"])
    skill_z = 0.0
    for s in res.get("mean_skills", []):
        start = s["by_time"][0]
        for p, q, sd in zip(s["by_time"], peer_skills[s["skill"]]["by_time"], peer_skills[s["skill"]]["sd"]):
            bound = max(p - start, 0.0) * max(top - p, 0.0)
            ours_var = min(bound, sd * sd * (p - start) / (q - start)) if q - start > 1e-12 else bound
            se = max(math.sqrt((sd * sd + ours_var) / runs), 1e-9)  # floor: rounding when all runs are alike
            skill_z = max(skill_z, abs(p - q) / se)
    final = [(h["by_time"][-1]["mean"], peer_share[h["role"]][-1]) for h in res["headcount"]]
    tv = 0.5 * sum(abs(p - q) for p, q in final)
    noise = sum(math.sqrt(p * (1 - p) / (math.pi * runs)) for p, _ in final)
    return worst_z, len(pairs), worst, tv, noise, skill_z


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    ap.add_argument("--jobs", default=",".join(JOBS), help="comma list of " + ", ".join(JOBS) + " (default: all)")
    ap.add_argument("--lines", type=int, default=100000, help="batch: profiles")
    ap.add_argument("--runs", type=int, default=1000000, help="simulate: runs")
    ap.add_argument("--years", type=float, default=20.0, help="simulate: horizon in years")
    ap.add_argument("--threads", type=int, default=2, help="simulate: careerpath's threads")
    ap.add_argument("--work", default="/tmp/careerpath-peers")
    ap.add_argument("--naive", action="store_true", help="also time the first, naive peers")
    args = ap.parse_args()
    jobs = [j.strip() for j in args.jobs.split(",") if j.strip()]
    unknown = [j for j in jobs if j not in JOBS]
    if unknown:
        ap.error(f"unknown job {unknown[0]!r}; jobs are " + ", ".join(JOBS))
    careerpath = os.path.join(args.build, "cli", "careerpath")
    graph = os.path.join(ROOT, "graphs", "onet.json")
    os.makedirs(args.work, exist_ok=True)
    rows = []

    if "batch" in jobs:  # end to end
        inputs = os.path.join(args.work, f"onet-{args.lines}.jsonl")
        if not os.path.exists(inputs):
            subprocess.run([PY, os.path.join(HERE, "gen_inputs.py"), "--graph", graph, "--count", str(args.lines),
                            "--out", inputs], check=True)
        ours = os.path.join(args.work, "careerpath.jsonl")
        cp_wall, cp_mb = timed([careerpath, "--graph", "onet", "batch", "--in", inputs, "--out", ours, "--format", "scores"])
        expected = answers_per_line(ours)
        peers = [("numpy", "scoring_peer.py")] + ([("naive numpy", "scoring_peer_naive.py")] if args.naive else [])
        for name, script in peers:
            theirs = os.path.join(args.work, script.replace(".py", ".jsonl"))
            np_wall, np_mb = timed([PY, os.path.join(HERE, script), "--graph", graph, "--in", inputs, "--out", theirs])
            got = answers_per_line(theirs)
            agree = sum(x == y for x, y in zip(expected, got)) / max(1, len(expected))
            ratio = np_wall / cp_wall if agree == 1.0 and len(got) == len(expected) else "ANSWERS DIFFER"
            rows.append((f"batch {args.lines} profiles JSONL->JSONL (O*NET)", f"{cp_wall:.2f} s, {cp_mb:.0f} MB",
                         f"{name} {np_wall:.2f} s, {np_mb:.0f} MB", ratio,
                         f"{agree:.2%} of lines same ranked roles and skills to build"))

    if "routes" in jobs:  # k = 10 routes
        plan = bench_json(os.path.join(args.build, "bench", "batch_bench"), "BM_PlanPathsOnet/10")[0]
        cp_plan = plan["real_time"] / 1e3 if plan["time_unit"] == "ms" else plan["real_time"] / 1e6
        cp_routes = json.loads(subprocess.run([careerpath, "--graph", "onet", "--json", "path", PROFILE, "--to", TARGET, "-k", "10"],
                                              check=True, capture_output=True, text=True).stdout)["routes"]
        expected = [([step["role"] if isinstance(step, dict) else step for step in route_roles(r)], round(r["total_years"], 9))
                    for r in cp_routes]
        engines = ["networkx", "igraph"] + (["naive"] if args.naive else [])
        for engine in engines:
            peer = subprocess.run([PY, os.path.join(HERE, "paths_peer.py"), "--graph", graph, "--profile", PROFILE, "--to", TARGET,
                                   "-k", "10", "--repeat", "5", "--engine", engine], check=True, capture_output=True, text=True)
            per_plan = float(peer.stderr.strip().splitlines()[-1])
            got = [(r["roles"], round(r["total_years"], 9)) for r in json.loads(peer.stdout)]
            same = got == expected
            rows.append(("k=10 routes, O*NET graph (per plan)", f"{cp_plan * 1e3:.2f} ms", f"{engine} {per_plan * 1e3:.1f} ms",
                         per_plan / cp_plan if same else "ROUTES DIFFER", "same 10 routes, same years" if same else "ROUTES DIFFER"))

    if "kernel" in jobs:  # kernel vs GEMM
        for b in bench_json(os.path.join(args.build, "bench", "fit_kernel_bench"), "/256"):
            if "vs_gemm" in b:
                rows.append((f"fit kernel {b.get('label', '')}, 256 people x 900 roles x 100 skills", f"{b['items_per_second'] / 1e9:.1f} G terms/s",
                             "Eigen float GEMM same shape", b["vs_gemm"], "share of GEMM rate"))

    if "simulate" in jobs:  # one person's career, many runs
        ours = os.path.join(args.work, "simulate-careerpath.json")
        theirs = os.path.join(args.work, "simulate-numpy.json")
        with open(ours, "w") as out:
            cp_wall, cp_mb, cp_cpu = timed_cpu([careerpath, "--json", "simulate", SIM_PROFILE, "--runs", str(args.runs),
                                                "--years", f"{args.years:g}", "--threads", str(args.threads)], stdout=out)
        np_wall, np_mb, np_cpu = timed_cpu([PY, os.path.join(HERE, "simulate_peer.py"), SIM_PROFILE, "--graph", SIM_GRAPH,
                                            "--runs", str(args.runs), "--years", f"{args.years:g}", "--top", "50",
                                            "--processes", str(args.threads), "--out", theirs])
        with open(ours) as a, open(theirs) as b:
            z, tests, worst, tv, noise, skill_z = compare_simulations(json.load(a), json.load(b), args.runs)
        verdict = "agree" if z < 5 and skill_z < 5 else f"DIFFER at {worst}" if z >= 5 else "MEAN SKILLS DIFFER"
        agree = verdict == "agree"
        rows.append((f"simulate {args.runs:,} careers x {args.years:g} years, monthly (tech graph, {args.threads} threads)",
                     f"{cp_wall:.2f} s ({cp_cpu:.2f} s CPU), {cp_mb:.0f} MB",
                     f"numpy, {args.threads} processes: {np_wall:.2f} s ({np_cpu:.2f} s CPU), {np_mb:.0f} MB",
                     f"{np_wall / cp_wall:.1f}x ({np_cpu / cp_cpu:.1f}x CPU)" if agree else "ANSWERS DIFFER",
                     f"max \\|z\\| {z:.2f} over {tests} shares and {skill_z:.2f} over mean skills, < 5: {verdict}; "
                     f"final TV {tv:.4f} (noise {noise:.4f})"))

    print("| job | careerpath | peer | ratio | check |")
    print("|---|---|---|---|---|")
    for job, ours_text, peer_text, ratio, check in rows:
        ratio_text = ratio if isinstance(ratio, str) else f"{ratio:.1f}x"
        print(f"| {job} | {ours_text} | {peer_text} | {ratio_text} | {check} |")


if __name__ == "__main__":
    sys.exit(main())
