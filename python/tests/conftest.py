"""Shared fixtures: the source tree, the careerpath program and the graphs.

ctest runs these with PYTHONPATH at the build tree's python/ folder and
CAREERPATH_BINARY at the built program (tests/CMakeLists.txt).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

import careerpath

SOURCE = Path(os.environ.get("CAREERPATH_SOURCE_DIR", Path(__file__).resolve().parents[2]))
BINARY = os.environ.get("CAREERPATH_BINARY", str(SOURCE / "build/release/cli/careerpath"))


def cli(*args: str, stdin: bytes | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Runs the careerpath program from the source folder (so relative paths agree)."""
    result = subprocess.run([BINARY, *args], cwd=SOURCE, input=stdin, capture_output=True, timeout=120)
    if check and result.returncode not in (0, 3):
        raise AssertionError(f"careerpath {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
    return result


def cli_json_text(*args: str) -> str:
    return cli("--json", *args).stdout.decode()


@pytest.fixture(autouse=True)
def _in_source(monkeypatch):
    monkeypatch.chdir(SOURCE)


@pytest.fixture(scope="session")
def tech() -> careerpath.Graph:
    return careerpath.Graph.builtin("tech")


@pytest.fixture(scope="session")
def onet() -> careerpath.Graph:
    return careerpath.Graph.builtin("onet")


@pytest.fixture(scope="session")
def priya() -> dict:
    return json.loads((SOURCE / "profiles/program-manager.json").read_text())


def pytest_configure(config):
    # Debian's distributed 2022.12 on tornado 6.2 warns about its own event loop use.
    config.addinivalue_line("filterwarnings", "ignore:make_current is deprecated:DeprecationWarning")
