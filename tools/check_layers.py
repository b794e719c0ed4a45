#!/usr/bin/env python3
"""Checks that includes only point down the layers (docs/architecture.md).

The engine's folders, bottom to top: util, model, io, advise, simulate, batch,
onet. A file in one folder may include the public headers
(careerpath/<folder>/...) and private headers (<folder>/...) of its own folder
and of the folders below it, never above. Above the engine: report (documents
and explanations), then the front ends (server, cli, python), which never
include each other's headers except that the CLI starts the server.

Usage: tools/check_layers.py [REPO]   (exit 1 listing every violation)
"""
import pathlib
import re
import sys

ENGINE_LAYERS = ["util", "model", "io", "advise", "simulate", "batch", "onet"]
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)


def engine_layer_of(path: pathlib.Path, engine: pathlib.Path):
    parts = path.relative_to(engine).parts
    if parts[0] == "include" and len(parts) > 2 and parts[1] == "careerpath":
        return parts[2] if parts[2] in ENGINE_LAYERS else None
    if parts[0] == "src" and len(parts) > 1:
        return parts[1] if parts[1] in ENGINE_LAYERS else None
    return None


def included_layer(header: str):
    """The engine layer an include names, or a front-end name, or None."""
    parts = header.split("/")
    if parts[0] == "careerpath" and len(parts) > 2:
        if parts[1] in ENGINE_LAYERS:
            return parts[1]
        if parts[1] in ("report", "server"):
            return parts[1]
    if len(parts) > 1 and parts[0] in ENGINE_LAYERS:
        return parts[0]
    return None


def main() -> int:
    repo = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
    engine = repo / "engine"
    problems = []
    sources = [p for p in repo.rglob("*") if p.suffix in (".hpp", ".cpp", ".h") and "build" not in p.parts]
    for path in sorted(sources):
        text = path.read_text(encoding="utf-8", errors="replace")
        rel = path.relative_to(repo)
        top = rel.parts[0]
        own = engine_layer_of(path, engine) if top == "engine" else None
        for match in INCLUDE.finditer(text):
            target = included_layer(match.group(1))
            if target is None:
                continue
            line = text.count("\n", 0, match.start()) + 1
            where = f"{rel}:{line}: includes {match.group(1)}"
            if top == "engine" and own is not None:
                if target in ("report", "server"):
                    problems.append(f"{where} (the engine never includes a front end or the report library)")
                elif ENGINE_LAYERS.index(target) > ENGINE_LAYERS.index(own):
                    problems.append(f"{where} ({own} is below {target})")
            elif top == "report" and target == "server":
                problems.append(f"{where} (report is below the server)")
            elif top == "server" and "cli/" in match.group(1):
                problems.append(f"{where} (the server never includes the CLI)")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) point up the layers", file=sys.stderr)
        return 1
    print(f"checked {len(sources)} files: every include points down the layers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
