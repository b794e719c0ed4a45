#!/usr/bin/env bash
# Rewrites tests/golden/out/*.json from the built program (the release build
# unless a binary is given), after an intended change to what --json prints.
# Review the result with `git diff tests/golden` and commit it with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/release/cli/careerpath}
exec /usr/bin/python3 tests/golden/check.py --binary "$binary" --update
