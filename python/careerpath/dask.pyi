from typing import Any, Literal, Mapping

import dask.bag as db

from . import Graph, Profile

def batch(graph: Graph | str, profiles: Any, *, top: int = 5, horizon: float = 2.0, direct_only: bool = False,
          format: Literal["full", "scores"] = "full", threads: int = 1) -> db.Bag: ...
def chunk_blocks(chunks: int, blocks: int) -> list[tuple[int, int]]: ...
def simulate(graph: Graph | str, scenario: Profile | Mapping[str, Any] | str, *, runs: int | None = None,
             years: float | None = None, seed: int | None = None, step: str | None = None,
             rate_uncertainty: float | None = None, top: int = 10, blocks: int | None = None, threads: int = 1,
             raw: bool = False) -> Any: ...
