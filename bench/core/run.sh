#!/usr/bin/env bash
# Ignis -O3 executables beside clang-22 -O3 -march=native on the same
# algorithms (mandelbrot, nbody, fib), plus JIT start-up (hello) and the -O0
# build time of a generated 10,000-line program, in one run.
# usage: bench/core/run.sh [BUILD_DIR] [REPS]     (defaults: build, 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
reps=${2:-5}
exec python3 bench/core/bench.py "$build/bin/ignis" "$reps"
