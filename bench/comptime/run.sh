#!/usr/bin/env bash
# Compile-time evaluation: the time to check each program here (its
# comptime values computed by the interpreter), with pure calls memoised
# (the default) and without (IGNIS_COMPTIME_MEMO=0), side by side in one
# run. Median of REPS runs each. Besides wall time, each row gives the
# interpreter's own figures (IGNIS_COMPTIME_STATS=1): steps executed, the
# time spent interpreting and nanoseconds per step.
#
#   bench/comptime/run.sh [BUILD_DIR] [REPS] [BASE_DIR]
#
# BASE_DIR (optional): an older compiler to compare with in the same run,
# a folder holding bin/ignis and, if it needs its own, stdlib/std/ (its
# stdlib/ is then used as IGNIS_STDLIB_DIR). A compiler without
# IGNIS_COMPTIME_STATS shows "-". A failed compile stops the script.
set -euo pipefail
cd "$(dirname "$0")"
BUILD=${1:-../../build}
REPS=${2:-5}
BASE=${3:-}
STEPS=--comptime-steps=1000000000

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
field() { # field NAME STATS-LINE
  echo "$2" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'
}

# measure DIR MEMO FILE: prints "wall-ms steps interp-ms ns-per-step"
# (medians over REPS runs; "-" where the compiler reports no statistics).
measure() {
  local dir=$1 memo=$2 file=$3 stdlib=()
  [ -d "$dir/stdlib/std" ] && stdlib=(IGNIS_STDLIB_DIR="$dir/stdlib")
  local walls=() interps=() nss=() steps=- s e line err
  err=$(mktemp)
  for _ in $(seq "$REPS"); do
    s=$(date +%s%N)
    if ! env "${stdlib[@]}" IGNIS_COMPTIME_STATS=1 IGNIS_COMPTIME_MEMO="$memo" \
      "$dir/bin/ignis" build --emit=sema $STEPS "$file" 2>"$err" >/dev/null; then
      echo "$dir/bin/ignis failed on $file:" >&2
      cat "$err" >&2
      exit 1
    fi
    e=$(date +%s%N)
    line=$(grep '^comptime-stats:' "$err" || true)
    walls+=($(((e - s) / 1000000)))
    if [ -n "$line" ]; then
      steps=$(field steps "$line")
      interps+=("$(field time-ms "$line")")
      nss+=("$(field ns-per-step "$line")")
    fi
  done
  rm -f "$err"
  local interp=- ns=-
  if [ ${#nss[@]} -gt 0 ]; then
    interp=$(printf '%s\n' "${interps[@]}" | median)
    ns=$(printf '%s\n' "${nss[@]}" | median)
  fi
  echo "$(printf '%s\n' "${walls[@]}" | median) $steps $interp $ns"
}

COMPILERS=("new:$BUILD")
[ -n "$BASE" ] && COMPILERS=("old:$BASE" "${COMPILERS[@]}")

printf "%-13s %-4s %-5s %9s %11s %11s %9s\n" program cc memo "wall(ms)" steps \
  "interp(ms)" "ns/step"
for f in fib.mojo layouts.mojo tuples.mojo loop.mojo; do
  for c in "${COMPILERS[@]}"; do
    for memo in 1 0; do
      row=$(measure "${c#*:}" "$memo" "$f") || exit 1
      read -r wall steps interp ns <<<"$row"
      printf "%-13s %-4s %-5s %9s %11s %11s %9s\n" "$f" "${c%%:*}" \
        "$([ "$memo" = 1 ] && echo on || echo off)" "$wall" "$steps" "$interp" "$ns"
    done
  done
done
