#!/usr/bin/python3
"""Single process against a Dask LocalCluster of 1 and 2 workers, for docs/scale-out.md.

    PYTHONPATH=build/release/python /usr/bin/python3 python/bench/scale_out.py --work /tmp/scale \\
        [--profiles 1000000] [--runs 1000000]

batch: `careerpath --graph onet batch --format scores` over N generated O*NET
profiles (bench/peers/gen_inputs.py), against careerpath.dask.batch over the
same file read in 8 partitions, written with to_textfiles; the outputs are
checked byte for byte.
simulate: `careerpath simulate profiles/program-manager.json --runs N --years
20 --json` (one person, N careers, monthly), against careerpath.dask.simulate;
the documents are checked byte for byte.
Each worker process has the threads of one core: 1 worker x 2 threads, 2
workers x 1 thread; the single process uses 2 threads. Wall seconds, best of
--repeats.
"""

from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import time
from pathlib import Path

import dask.bag as db
import distributed

import careerpath.dask as cpd

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / "build/release/cli/careerpath"
PROFILE = str(ROOT / "profiles/program-manager.json")


def best(repeats: int, body) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--profiles", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    people = work / f"onet-{args.profiles}.jsonl"
    if not people.exists():
        subprocess.run([sys.executable, str(ROOT / "bench/peers/gen_inputs.py"), "--graph", str(ROOT / "graphs/onet.json"),
                        "--count", str(args.profiles), "--out", str(people)], check=True)
    size = people.stat().st_size
    single_out = work / "single.jsonl"
    batch_cmd = [str(BINARY), "--graph", "onet", "batch", "--in", str(people), "--out", str(single_out),
                 "--format", "scores", "--threads", "2"]
    sim_cmd = [str(BINARY), "--json", "simulate", PROFILE, "--runs", str(args.runs), "--years", "20", "--seed", "1",
               "--threads", "2"]
    rows = []
    rows.append(("batch", "single process", best(args.repeats, lambda: subprocess.run(batch_cmd, check=False,
                                                                                          capture_output=True))))
    expected_sim = subprocess.run(sim_cmd, capture_output=True, check=True).stdout.decode()
    rows.append(("simulate", "single process", best(args.repeats, lambda: subprocess.run(sim_cmd, capture_output=True))))
    expected_batch = single_out.read_bytes()
    for workers, threads in ((1, 2), (2, 1)):
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=threads, processes=True,
                                      dashboard_address=None, silence_logs=40) as cluster, distributed.Client(cluster):
            out_dir = work / f"dask-{workers}"

            def run_batch():
                for old in glob.glob(str(out_dir / "*.jsonl")):
                    os.remove(old)
                bag = db.read_text(str(people), blocksize=max(1, size // 8 + 1))
                cpd.batch("onet", bag, format="scores").to_textfiles(str(out_dir / "*.jsonl"), last_endline=True)

            rows.append(("batch", f"Dask, {workers} worker(s) x {threads} thread(s)", best(args.repeats, run_batch)))
            got = b"".join(Path(p).read_bytes() for p in sorted(glob.glob(str(out_dir / "*.jsonl")),
                                                                 key=lambda p: int(Path(p).stem)))
            assert got == expected_batch, "dask batch differs from the CLI"
            doc = {}

            def run_sim():
                doc["text"] = cpd.simulate("tech", PROFILE, runs=args.runs, years=20, seed=1, raw=True)

            rows.append(("simulate", f"Dask, {workers} worker(s) x {threads} thread(s)", best(args.repeats, run_sim)))
            assert doc["text"] == expected_sim, "dask simulate differs from the CLI"
    print(f"| job | how | wall seconds |\n|---|---|---|")
    for job, how, seconds in rows:
        what = f"{args.profiles:,} O*NET profiles, --format scores" if job == "batch" else f"{args.runs:,} careers x 20 years"
        print(f"| {job}: {what} | {how} | {seconds:.1f} |")
    print(f"(load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
