"""careerpath.dask on a LocalCluster of worker processes: the CLI's bytes, however the work is spread."""

import json
import os
import signal
import time

import pandas as pd
import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import careerpath  # noqa: E402
import careerpath.dask as cpd  # noqa: E402
from conftest import SOURCE, cli  # noqa: E402

MIXED = SOURCE / "tests/data/batch/mixed.jsonl"
PRIYA = str(SOURCE / "profiles/program-manager.json")


@pytest.fixture(scope="module")
def client():
    os.chdir(SOURCE)  # workers start here, so relative paths read as the CLI reads them
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                       silence_logs=40)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def people_lines(count: int) -> list[str]:
    """Profiles of every kind the tech graph has, and a bad line now and then."""
    roles = ["swe-2", "program-manager", "Product Manager", "tpm-3", "data-analyst", "sre-2"]
    lines = []
    for i in range(count):
        if i % 97 == 13:
            lines.append('{"id": "broken", "current_role": ')
            continue
        skills = {"coding": i % 6, "system-design": (i * 7) % 6, "communication": (i * 3) % 5 + 0.5}
        lines.append(json.dumps({"id": f"p{i}", "current_role": roles[i % len(roles)], "years_in_role": i % 9,
                                 "skills": skills, "goals": ["tpm-3"] if i % 4 == 0 else []}))
    return lines


def split_files(tmp_path, lines: list[str], parts: int) -> list[str]:
    paths = []
    for p in range(parts):
        path = tmp_path / f"part-{p}.jsonl"
        path.write_text("".join(line + "\n" for line in lines[len(lines) * p // parts: len(lines) * (p + 1) // parts]))
        paths.append(str(path))
    return paths


def cli_batch(text: bytes, *args: str) -> str:
    return cli("batch", "--in", "-", "--out", "-", *args, stdin=text).stdout.decode()


def joined(bag) -> str:
    return "".join(line + "\n" for line in bag.compute())


def test_batch_over_partitions_gives_the_cli_bytes_with_error_lines_in_place(client, tmp_path):
    lines = MIXED.read_text().splitlines() + people_lines(400)
    expected = cli_batch("".join(l + "\n" for l in lines).encode())
    assert '"error"' in expected
    bag = db.read_text(split_files(tmp_path, lines, 5))
    assert bag.npartitions == 5
    assert joined(cpd.batch("tech", bag)) == expected
    written = tmp_path / "out"
    cpd.batch("tech", bag).to_textfiles(str(written / "*.jsonl"), last_endline=True)
    files = sorted(written.glob("*.jsonl"), key=lambda p: int(p.stem))
    assert b"".join(p.read_bytes() for p in files).decode() == expected
    scores = cli_batch("".join(l + "\n" for l in lines).encode(), "--format", "scores", "--top", "3")
    assert joined(cpd.batch(careerpath.Graph.builtin("tech"), bag, format="scores", top=3)) == scores


def test_batch_over_a_dataframe_of_skills(client):
    frame = pd.DataFrame({"id": [f"d{i}" for i in range(50)],
                          "current_role": ["swe-2", "program-manager"] * 25,
                          "years_in_role": [i % 5 for i in range(50)],
                          "coding": [i % 6 for i in range(50)],
                          "System design": [(i * 3) % 6 for i in range(50)]})
    tech = careerpath.Graph.builtin("tech")
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in careerpath.profile_documents(tech, frame))
    expected = cli_batch(text.encode())
    assert joined(cpd.batch(tech, dd.from_pandas(frame, npartitions=4))) == expected


def test_each_worker_loads_the_graph_once(client, tmp_path):
    bag = db.read_text(split_files(tmp_path, people_lines(200), 8))
    cpd.batch("tech", bag).compute()
    loads = client.run(lambda: __import__("careerpath")._graph_loads)
    assert all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1


@pytest.mark.parametrize("blocks", [1, 2, 5])
def test_simulate_is_byte_identical_to_the_cli_for_any_split(client, blocks):
    expected = cli("--json", "simulate", PRIYA, "--runs", "20000", "--seed", "11", "--years", "6").stdout.decode()
    got = cpd.simulate("tech", PRIYA, runs=20000, seed=11, years=6, blocks=blocks, raw=True)
    assert got == expected


def test_simulate_an_organisation_with_rate_uncertainty(client):
    args = ["--json", "simulate", "scenarios/product-org.json", "--runs", "100", "--seed", "4", "--rate-uncertainty", "0.5"]
    expected = cli(*args).stdout.decode()
    assert careerpath.simulation_chunk_count(careerpath.Graph.builtin("tech"), "scenarios/product-org.json",
                                             settings={"runs": 100, "rate_uncertainty": 0.5}) >= 3
    got = cpd.simulate("tech", "scenarios/product-org.json", runs=100, seed=4, rate_uncertainty=0.5, blocks=3, raw=True)
    assert got == expected


def test_chunks_must_all_come_in_order(tech):
    chunks = careerpath.simulate_chunks(tech, PRIYA, 0, 3, settings={"runs": 10000})
    assert len(chunks) == careerpath.simulation_chunk_count(tech, PRIYA, settings={"runs": 10000}) == 3
    with pytest.raises(careerpath.Error, match="in order"):
        careerpath.merge_simulation(tech, PRIYA, [chunks[1], chunks[0], chunks[2]], settings={"runs": 10000})
    with pytest.raises(careerpath.Error, match="all 3 chunks"):
        careerpath.merge_simulation(tech, PRIYA, chunks[:2], settings={"runs": 10000})
    with pytest.raises(careerpath.Error, match="another scenario"):
        careerpath.merge_simulation(tech, PRIYA, chunks, settings={"runs": 10000, "seed": 2})
    with pytest.raises(careerpath.Error, match="not a simulation chunk"):
        careerpath.merge_simulation(tech, PRIYA, [chunks[0][:100], chunks[1], chunks[2]], settings={"runs": 10000})


def test_a_worker_killed_mid_run_loses_and_repeats_no_line(client, tmp_path):
    lines = people_lines(600)
    expected = cli_batch("".join(l + "\n" for l in lines).encode())
    slow = db.read_text(split_files(tmp_path, lines, 12)).map_partitions(lambda part: (time.sleep(0.4), list(part))[1])
    future = client.compute(cpd.batch("tech", slow))
    deadline = time.time() + 30
    while not any(client.processing().values()) and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # some partitions finished, others under way
    victim = next(addr for addr, tasks in client.processing().items() if tasks)
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)  # the worker process dies with a partition under way; its nanny starts another
    got = "".join(line + "\n" for line in future.result(timeout=120))
    assert got == expected
