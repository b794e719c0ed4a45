#!/usr/bin/env bash
# Runs the libFuzzer targets (fuzz/, built by the asan preset) from seed
# corpora made of the shipped examples. Any crash, sanitizer report, leak,
# time-out (an input taking over 10 s) or memory blow-up (over 2 GB) fails
# the run and leaves the input that caused it in build/asan/fuzz-findings/.
#
#   tools/fuzz.sh --seeds-only NAME BINARY   each seed once (a ctest test)
#   tools/fuzz.sh [--seconds N] [--jobs J] [--build DIR] [NAME...]
#                                            fuzz each target N seconds (default
#                                            30), J at a time (default 2)
#
# New inputs that libFuzzer finds go to a scratch corpus; to fuzz longer and
# keep them, see docs/testing.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
all_targets=(graph profile team scenario batch_line onet_table eval_truth cli_args)

# The seed files of one target, one path a line.
seeds_of() {
  case "$1" in
    graph) ls "$root"/tests/data/graphs/*.json "$root"/tests/data/bad/*graph*.json "$root"/graphs/tech.json ;;
    profile) ls "$root"/profiles/*.json "$root"/tests/data/profiles/*.json "$root"/tests/data/bad/*profile*.json ;;
    team) ls "$root"/profiles/teams/*.json ;;
    scenario) ls "$root"/scenarios/*.json "$root"/tests/data/scenarios/*.json ;;
    batch_line) echo "$root/tests/data/batch/mixed.jsonl" ;;
    onet_table) ls "$root"/tests/data/onet-mini/*.txt ;;
    eval_truth) ls "$root"/fuzz/seeds/eval_truth/* ;;
    cli_args) ls "$root"/fuzz/seeds/cli_args/*.args ;;
    *) echo "tools/fuzz.sh: unknown target '$1' (targets: ${all_targets[*]})" >&2; return 1 ;;
  esac
}

# Fills folder $2 with target $1's seeds: batch lines one per file, argument
# lists NUL-separated (the fuzz target's input format).
make_corpus() {
  local name=$1 dir=$2 i=0 file
  mkdir -p "$dir"
  while read -r file; do
    i=$((i + 1))
    case "$name" in
      batch_line) split -l 1 -a 4 "$file" "$dir/line-" ;;
      cli_args) tr '\n' '\0' < "$file" > "$dir/$(basename "$file")" ;;
      *) cp "$file" "$dir/seed-$i-$(basename "$file")" ;;
    esac
  done < <(seeds_of "$name")
}

max_len_of() {
  case "$1" in
    graph) echo 65536 ;;
    *) echo 16384 ;;
  esac
}

# run_one NAME BINARY WORKDIR SECONDS(0: seeds only)
run_one() {
  local name=$1 binary work=$3 seconds=$4
  binary=$(realpath "$2")
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/run"
  make_corpus "$name" "$work/corpus"
  local options=(-timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_len="$(max_len_of "$name")"
                 -close_fd_mask=3 -artifact_prefix="$work/" -print_final_stats=1)
  if [ "$seconds" -eq 0 ]; then
    options+=(-runs=0)
  else
    options+=(-max_total_time="$seconds")
  fi
  # An empty working folder and no standard input: paths in fuzzed teams and
  # scenarios find nothing to read there, and nothing waits on a terminal.
  (cd "$work/run" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 "$binary" "${options[@]}" "$work/corpus" < /dev/null) \
     > "$work/log" 2>&1
}

if [ "${1:-}" = "--seeds-only" ]; then
  [ $# -eq 3 ] || { echo "usage: tools/fuzz.sh --seeds-only NAME BINARY" >&2; exit 2; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  if ! run_one "$2" "$3" "$work/$2" 0; then
    cat "$work/$2/log" >&2
    exit 1
  fi
  grep -E "^(INFO|Done|#)" "$work/$2/log" | tail -3 || true
  exit 0
fi

seconds=30
jobs=2
build="$root/build/asan"
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
findings="$build/fuzz-findings"
failed=0
pids=()
names=()
wait_for() {
  local i=$1
  if wait "${pids[$i]}"; then
    echo "fuzz ${names[$i]}: ok, $(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$work/${names[$i]}/log" | grep -Eo '[0-9]+$' || echo '?') inputs in ${seconds} s"
  else
    failed=$((failed + 1))
    mkdir -p "$findings"
    cp "$work/${names[$i]}"/crash-* "$work/${names[$i]}"/leak-* "$work/${names[$i]}"/timeout-* \
       "$work/${names[$i]}"/oom-* "$findings"/ 2>/dev/null || true
    echo "fuzz ${names[$i]}: FAILED (inputs kept in $findings):" >&2
    grep -E "ERROR|SUMMARY|runtime error|Test unit written" "$work/${names[$i]}/log" | head -20 >&2 || tail -30 "$work/${names[$i]}/log" >&2
  fi
}
for name in "${targets[@]}"; do
  binary="$build/fuzz/fuzz_$name"
  [ -x "$binary" ] || { echo "tools/fuzz.sh: $binary is not built (cmake --preset asan && cmake --build --preset asan)" >&2; exit 2; }
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait_for 0
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
  run_one "$name" "$binary" "$work/$name" "$seconds" &
  pids+=($!)
  names+=("$name")
done
for i in "${!pids[@]}"; do wait_for "$i"; done
if [ "$failed" -gt 0 ]; then
  echo "fuzz: $failed of ${#targets[@]} targets failed" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets, ${seconds} s each, no finding"
