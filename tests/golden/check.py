#!/usr/bin/env python3
"""Golden --json documents of the shipped examples (tests/golden/cases.txt).

  check.py --binary build/release/cli/careerpath            compare (the golden test)
  check.py --binary build/release/cli/careerpath --update   rewrite out/*.json

Every case runs from the repository root with no shell; a case that exits
non-zero, or whose bytes differ from out/<name>.json, fails with a unified
diff of the first lines that differ. Unused files in out/ fail too, so the
folder always says exactly what the cases print.
"""
import argparse
import difflib
import pathlib
import shlex
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def cases():
    for number, line in enumerate((HERE / "cases.txt").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, args = line.partition("\t")
        if not args:
            sys.exit(f"cases.txt:{number}: expected 'name<TAB>arguments'")
        yield name, shlex.split(args)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--update", action="store_true")
    options = parser.parse_args()
    out_dir = HERE / "out"
    out_dir.mkdir(exist_ok=True)
    failures = []
    names = set()
    for name, args in cases():
        names.add(name)
        run = subprocess.run([options.binary, *args], cwd=ROOT, capture_output=True, timeout=300)
        if run.returncode != 0:
            failures.append(f"{name}: careerpath {' '.join(args)} exited {run.returncode}: {run.stderr.decode(errors='replace').strip()}")
            continue
        golden = out_dir / f"{name}.json"
        if options.update:
            if not golden.exists() or golden.read_bytes() != run.stdout:
                golden.write_bytes(run.stdout)
                print(f"updated {golden.relative_to(ROOT)}")
            continue
        if not golden.exists():
            failures.append(f"{name}: no {golden.relative_to(ROOT)} (run tools/update-golden.sh)")
            continue
        expected = golden.read_bytes()
        if expected != run.stdout:
            diff = difflib.unified_diff(expected.decode(errors="replace").splitlines(),
                                        run.stdout.decode(errors="replace").splitlines(),
                                        f"golden/{name}.json", f"careerpath {' '.join(args)}", lineterm="", n=1)
            failures.append(f"{name}: output differs from the golden file:\n" + "\n".join(list(diff)[:40]))
    for stale in sorted(out_dir.glob("*.json")):
        if stale.stem not in names:
            if options.update:
                stale.unlink()
                print(f"removed {stale.relative_to(ROOT)}")
            else:
                failures.append(f"{stale.relative_to(ROOT)}: no case prints it (run tools/update-golden.sh)")
    for failure in failures:
        print(failure)
    if failures:
        print(f"{len(failures)} golden case(s) failed; if the change is intended, run tools/update-golden.sh "
              "and review `git diff tests/golden`", file=sys.stderr)
        return 1
    if not options.update:
        print(f"{len(names)} golden documents match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
