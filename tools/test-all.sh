#!/usr/bin/env bash
# The whole test suite, as CI runs it (the README's second command calls
# this after tools/install-deps.sh), so that CI and people run one thing:
#   1. the release build (with the benchmarks, which must compile) and its tests;
#   2. the sanitizer build (clang, AddressSanitizer + UndefinedBehaviorSanitizer
#      + LeakSanitizer, no benchmarks, the libFuzzer targets) and the same tests;
#   3. every fuzz target for a bounded time (tools/fuzz.sh).
# Any failure, sanitizer report, leak or fuzz finding fails the run.
#   CAREERPATH_JOBS=N          parallel jobs (default 2)
#   CAREERPATH_FUZZ_SECONDS=N  seconds per fuzz target (default 30; 0 skips fuzzing)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${CAREERPATH_JOBS:-2}
fuzz_seconds=${CAREERPATH_FUZZ_SECONDS:-30}
start=$(date +%s)
passed=0
failed=0

step() { echo "== test-all: $* (at $(($(date +%s) - start)) s)"; }

# Runs ctest for a preset and adds up its counts; a failure ends the run.
run_ctest() {
  local log
  log=$(mktemp)
  if ctest --preset "$1" 2>&1 | tee "$log"; then status=0; else status=$?; fi
  local line
  line=$(grep -E "tests passed, [0-9]+ tests? failed out of [0-9]+" "$log" | tail -1 || true)
  rm -f "$log"
  if [ -n "$line" ]; then
    local total fails
    total=$(echo "$line" | grep -Eo "out of [0-9]+" | grep -Eo "[0-9]+")
    fails=$(echo "$line" | grep -Eo "[0-9]+ tests? failed" | grep -Eo "^[0-9]+")
    passed=$((passed + total - fails))
    failed=$((failed + fails))
  fi
  if [ "$status" -ne 0 ]; then
    echo "test-all: $passed passed, $((failed > 0 ? failed : 1)) failed"
    exit "$status"
  fi
}

step "release build"
cmake --preset release
cmake --build --preset release -j "$jobs"
step "release tests"
run_ctest release

step "sanitizer build"
cmake --preset asan
cmake --build --preset asan -j "$jobs"
step "sanitizer tests"
run_ctest asan

if [ "$fuzz_seconds" -gt 0 ]; then
  step "fuzzing, $fuzz_seconds s per target"
  if tools/fuzz.sh --seconds "$fuzz_seconds" --jobs "$jobs"; then
    passed=$((passed + 8))
  else
    echo "test-all: $passed passed, 1 failed"
    exit 1
  fi
fi
step "done"
echo "test-all: $passed passed, $failed failed"
