"""careerpath on Dask: batch and simulate spread over a cluster's workers.

Both give exactly what the single process gives, byte for byte:

* batch(graph, profiles) scores a Dask bag of JSONL lines (one partition per
  file, from dask.bag.read_text), a bag of profile dicts, or a Dask
  DataFrame of skills (one row per person). The result is a bag of output
  lines in input order, one partition per input partition: concatenated,
  they are the bytes `careerpath batch` writes for the same input, error
  lines ({"line":N,"error":"..."}) in place and numbered across the whole
  input.
* simulate(graph, scenario, seed=...) splits the runs into the engine's
  fixed chunks, simulates blocks of chunks on the workers and folds the
  chunks' totals in chunk order on the client: the same document as
  `careerpath simulate --json` with the same seed, for any number of
  workers or blocks.

A graph travels to workers by its source (a built-in name or a path the
workers can read) and is loaded once per worker process, not per task.
Tasks are pure, so a task lost with its worker is simply run again: no line
is lost or written twice.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

import dask
import dask.bag as db

from . import _careerpath as _cc
from ._careerpath import Graph, Profile
from .frames import profile_documents

__all__ = ["batch", "simulate", "chunk_blocks"]


def _graph(graph: Graph | str) -> Graph:
    from . import _graph_from_source
    return _graph_from_source(graph) if isinstance(graph, str) else graph


def _line_text(item: Any) -> str:
    """One input line: a JSONL line as read (with or without its newline) or a profile dict."""
    if isinstance(item, (dict, list)):
        return json.dumps(item, ensure_ascii=False, allow_nan=True)
    if isinstance(item, bytes):
        item = item.decode("utf-8", errors="surrogateescape")
    if not isinstance(item, str):
        raise TypeError(f"a batch line must be a str (a JSONL line), bytes or a profile dict, not {type(item).__name__}")
    return item[:-1] if item.endswith("\n") else item


def _partition_text(part: Iterable[Any]) -> bytes:
    return "".join(_line_text(item) + "\n" for item in part).encode("utf-8", errors="surrogateescape")


def _frame_text(graph: Graph | str, frame) -> bytes:
    graph = _graph(graph)
    return "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in profile_documents(graph, frame)).encode()


def _count_lines(text: bytes) -> int:
    return text.count(b"\n")


def _run_batch(graph: Graph | str, text: bytes, first_line: int, options: dict) -> list[str]:
    out, lines, _, _ = _cc.batch_text(_graph(graph), text, first_line=first_line, **options)
    assert lines == text.count(b"\n")
    return out.decode("utf-8").split("\n")[:-1]


def batch(graph: Graph | str, profiles, *, top: int = 5, horizon: float = 2.0, direct_only: bool = False,
          format: str = "full", threads: int = 1) -> db.Bag:
    """`careerpath batch` over a Dask bag or DataFrame of profiles; a bag of output lines in input order.

    profiles: a dask.bag.Bag of JSONL lines (dask.bag.read_text(paths), one
    partition per file) or of profile dicts, or a dask.dataframe.DataFrame of
    skills (see careerpath.frames). Each partition is scored by the engine's
    batch (blocked fit kernel, exact re-scoring) with `threads` threads.

    Line numbers in error lines count across the whole input, so the number
    of lines in each partition is computed first (one pass over the input);
    the result is then a lazy bag: .compute() it, or write it with
    .to_textfiles().
    """
    options = dict(top=top, horizon=horizon, direct_only=direct_only, format=format, threads=threads)
    source = graph if isinstance(graph, str) else graph.source
    if hasattr(profiles, "to_delayed") and hasattr(profiles, "columns"):  # a Dask DataFrame
        texts = [dask.delayed(_frame_text)(source, part) for part in profiles.to_delayed()]
    elif isinstance(profiles, db.Bag):
        texts = [dask.delayed(_partition_text)(part) for part in profiles.to_delayed()]
    else:
        raise TypeError(f"profiles must be a dask.bag.Bag or a dask.dataframe.DataFrame, not {type(profiles).__name__}")
    counts = dask.compute(*[dask.delayed(_count_lines)(t) for t in texts])
    first = 1
    parts = []
    for text, count in zip(texts, counts):
        parts.append(dask.delayed(_run_batch)(source, text, first, options))
        first += count
    return db.from_delayed(parts)


def chunk_blocks(chunks: int, blocks: int) -> list[tuple[int, int]]:
    """[first, last) ranges cutting `chunks` chunks into at most `blocks` nearly equal blocks."""
    blocks = max(1, min(blocks, chunks))
    return [(chunks * i // blocks, chunks * (i + 1) // blocks) for i in range(blocks)]


def _simulate_block(graph: Graph | str, scenario, first: int, last: int, threads: int, settings: dict) -> list[bytes]:
    return _cc.simulate_chunks(_graph(graph), scenario, first, last, threads=threads, settings=settings)


def simulate(graph: Graph | str, scenario, *, runs: int | None = None, years: float | None = None,
             seed: int | None = None, step: str | None = None, rate_uncertainty: float | None = None,
             top: int = 10, blocks: int | None = None, threads: int = 1, raw: bool = False):
    """`careerpath simulate` with its runs spread over Dask: the same document, byte for byte.

    scenario: a dict (careerpath.scenario/1 or careerpath.profile/1), a
    careerpath.Profile, or a path every worker can read (with the files it
    names). The runs fall into the engine's fixed chunks (about 4096
    simulated people each); `blocks` tasks (default: 4 per worker thread of
    the current client, else 8) each simulate a contiguous range of chunks
    with `threads` threads, and the client folds all chunks in order.
    """
    if isinstance(scenario, Profile):
        scenario = {"format": "careerpath.profile/1", **scenario.to_dict()}
    settings = {k: v for k, v in dict(runs=runs, years=years, seed=seed, step=step,
                                        rate_uncertainty=rate_uncertainty).items() if v is not None}
    local = _graph(graph)
    source = graph if isinstance(graph, str) else graph.source
    chunks = _cc.simulation_chunk_count(local, scenario, settings=settings)
    if blocks is None:
        blocks = 8
        try:
            from distributed import get_client
            blocks = 4 * max(1, sum(get_client().nthreads().values()))
        except (ImportError, ValueError):
            pass
    parts = [dask.delayed(_simulate_block)(source, scenario, first, last, threads, settings)
             for first, last in chunk_blocks(chunks, blocks)]
    results = dask.compute(*parts)
    flat = [chunk for block in results for chunk in block]
    return _cc.merge_simulation(local, scenario, flat, top=top, raw=raw, settings=settings)
