#!/usr/bin/python3
"""Runs careerpath and its Python peers on the same inputs and prints the
ratios as a Markdown table (the one in docs/performance.md).

    bench/peers/run.py [--build build/release] [--lines 100000] [--work /tmp/careerpath-peers]

Needs a Release build with benchmarks (cmake --preset release && cmake
--build --preset release) and Debian's python3-numpy, python3-networkx and
libopenblas0-pthread. Each job is checked for equal answers before its times
are compared:
  batch   careerpath batch --format scores vs scoring_peer.py (numpy), end to
          end JSONL -> JSONL on the O*NET graph; every line's roles must agree
  routes  k = 10 routes (BM_PlanPathsOnet/10 in batch_bench) vs
          networkx.shortest_simple_paths (paths_peer.py); the routes must agree
  kernel  the fit kernel against a plain Eigen float product of the same shape
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PY = "/usr/bin/python3"
PROFILE = os.path.join(ROOT, "profiles", "onet-program-manager.json")
TARGET = "11-1011.00"  # Chief Executives


def timed(cmd, **kw):
    """Wall seconds and peak memory (MB) of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL, **kw)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def roles_per_line(path):
    with open(path) as f:
        return [[r["role"] for r in json.loads(line).get("recommendations", [])] for line in f]


def bench_json(binary, name_filter):
    out = subprocess.run([binary, f"--benchmark_filter={name_filter}", "--benchmark_format=json"], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)["benchmarks"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    ap.add_argument("--lines", type=int, default=100000)
    ap.add_argument("--work", default="/tmp/careerpath-peers")
    args = ap.parse_args()
    careerpath = os.path.join(args.build, "cli", "careerpath")
    graph = os.path.join(ROOT, "graphs", "onet.json")
    os.makedirs(args.work, exist_ok=True)
    inputs = os.path.join(args.work, f"onet-{args.lines}.jsonl")
    if not os.path.exists(inputs):
        subprocess.run([PY, os.path.join(HERE, "gen_inputs.py"), "--graph", graph, "--count", str(args.lines),
                        "--out", inputs], check=True)
    rows = []

    # batch, end to end
    ours = os.path.join(args.work, "careerpath.jsonl")
    theirs = os.path.join(args.work, "numpy.jsonl")
    cp_wall, cp_mb = timed([careerpath, "--graph", "onet", "batch", "--in", inputs, "--out", ours, "--format", "scores"])
    np_wall, np_mb = timed([PY, os.path.join(HERE, "scoring_peer.py"), "--graph", graph, "--in", inputs, "--out", theirs])
    a, b = roles_per_line(ours), roles_per_line(theirs)
    agree = sum(x == y for x, y in zip(a, b)) / max(1, len(a))
    rows.append((f"batch {args.lines} profiles JSONL->JSONL (O*NET)", f"{cp_wall:.2f} s, {cp_mb:.0f} MB",
                 f"numpy {np_wall:.2f} s, {np_mb:.0f} MB", np_wall / cp_wall, f"{agree:.2%} lines same roles"))

    # k = 10 routes
    plan = bench_json(os.path.join(args.build, "bench", "batch_bench"), "BM_PlanPathsOnet/10")[0]
    cp_plan = plan["real_time"] / 1e3 if plan["time_unit"] == "ms" else plan["real_time"] / 1e6
    peer = subprocess.run([PY, os.path.join(HERE, "paths_peer.py"), "--graph", graph, "--profile", PROFILE, "--to", TARGET,
                           "-k", "10", "--repeat", "5"], check=True, capture_output=True, text=True)
    nx_plan = float(peer.stderr.strip().splitlines()[-1])
    nx_routes = [round(r["total_years"], 9) for r in json.loads(peer.stdout)]
    cp_routes = json.loads(subprocess.run([careerpath, "--graph", "onet", "--json", "path", PROFILE, "--to", TARGET, "-k", "10"],
                                          check=True, capture_output=True, text=True).stdout)["routes"]
    same = nx_routes == [round(r["total_years"], 9) for r in cp_routes]
    rows.append(("k=10 routes, O*NET graph (per plan)", f"{cp_plan * 1e3:.2f} ms", f"networkx {nx_plan * 1e3:.1f} ms",
                 nx_plan / cp_plan, "same routes" if same else "ROUTES DIFFER"))

    # kernel vs GEMM
    for b in bench_json(os.path.join(args.build, "bench", "fit_kernel_bench"), "/256"):
        if "vs_gemm" in b:
            rows.append((f"fit kernel {b.get('label', '')}, 256 people x 900 roles x 100 skills", f"{b['items_per_second'] / 1e9:.1f} G terms/s",
                         "Eigen float GEMM same shape", b["vs_gemm"], "share of GEMM rate"))

    print("| job | careerpath | peer | ratio | check |")
    print("|---|---|---|---|---|")
    for job, ours_text, peer_text, ratio, check in rows:
        print(f"| {job} | {ours_text} | {peer_text} | {ratio:.1f}x | {check} |")


if __name__ == "__main__":
    sys.exit(main())
