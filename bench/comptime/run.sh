#!/usr/bin/env bash
# Compile-time evaluation: the time to check each program here (its
# comptime values computed by the interpreter), with pure calls memoised
# (the default) and without (IGNIS_COMPTIME_MEMO=0), side by side in one
# run. Median of REPS runs each; the ratio is without / with.
#
#   bench/comptime/run.sh [BUILD_DIR] [REPS]
set -euo pipefail
cd "$(dirname "$0")"
BUILD=${1:-../../build}
REPS=${2:-5}
IGNIS=$BUILD/bin/ignis
STEPS=--comptime-steps=1000000000

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { # time_ms ENV FILE
  for _ in $(seq "$REPS"); do
    local s e
    s=$(date +%s%N)
    env $1 "$IGNIS" build --emit=sema $STEPS "$2" >/dev/null
    e=$(date +%s%N)
    echo $(((e - s) / 1000000))
  done | median
}

printf "%-14s %12s %12s %8s\n" program "memo (ms)" "no memo (ms)" ratio
for f in fib.mojo layouts.mojo tuples.mojo loop.mojo; do
  with=$(time_ms IGNIS_COMPTIME_MEMO=1 "$f")
  without=$(time_ms IGNIS_COMPTIME_MEMO=0 "$f")
  printf "%-14s %12s %12s %8s\n" "$f" "$with" "$without" \
    "$(awk -v a="$without" -v b="$with" 'BEGIN {printf "%.2fx", a / (b > 0 ? b : 1)}')"
done
