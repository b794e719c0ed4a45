"""careerpath: career-path recommendations and simulations, from Python.

The same engine and the same documents as the `careerpath` command line:

    import careerpath
    graph = careerpath.Graph.builtin("tech")
    doc = careerpath.recommend(graph, "profiles/program-manager.json", top=3)
    doc["recommendations"][0]["role"]["id"]      # 'tpm-3'

Every question takes the graph first and returns the document `--json`
prints, as dicts and lists (raw=True: the exact text): recommend, gap, path,
simulate, mentor, eval. A profile is a careerpath.Profile, a dict (a
careerpath.profile/1 document) or a path. Bad input raises careerpath.Error
(a ValueError) with the engine's message, the JSON pointer and the kind.

For many people at once: fit_matrix and top_k over a float32 NumPy array
(skill_array makes one from a pandas DataFrame), and careerpath.dask for
batch and simulate across a Dask cluster.
"""

from __future__ import annotations

import threading

from ._errors import Error
from ._careerpath import (
    Graph,
    Profile,
    _builtin_names,
    batch_text,
    fit_matrix,
    merge_simulation,
    simulate_chunks,
    simulation_chunk_count,
    gap,
    mentor,
    path,
    profile,
    recommend,
    simulate,
    top_k,
)
from ._careerpath import eval  # noqa: A004 - the CLI's command name
from .frames import PERSON_COLUMNS, profile_documents, profiles_from_frame, skill_array, skill_columns


_graphs: dict[str, Graph] = {}
_graphs_lock = threading.Lock()
_graph_loads = 0  # graphs this process has loaded by source (tests check workers load once)


def _graph_from_source(source: str) -> Graph:
    """The graph named by Graph.source (a built-in name or a path), loaded once per process.

    Unpickling a Graph comes here, so a Dask worker that receives the same
    graph with every task loads it the first time only.
    """
    global _graph_loads
    with _graphs_lock:
        graph = _graphs.get(source)
        if graph is None:
            graph = Graph.builtin(source) if source in _builtin_names() else Graph.load(source)
            _graphs[source] = graph
            _graph_loads += 1
        return graph


def _reduce_graph(graph: Graph):
    return (_graph_from_source, (graph.source,))


Graph.__reduce__ = _reduce_graph  # pickling sends the source, not the matrices

__all__ = [
    "Error", "Graph", "PERSON_COLUMNS", "Profile", "batch_text", "eval", "fit_matrix", "gap", "merge_simulation",
    "mentor", "path", "profile", "simulate_chunks", "simulation_chunk_count",
    "profile_documents", "profiles_from_frame", "recommend", "simulate", "skill_array", "skill_columns", "top_k",
]
