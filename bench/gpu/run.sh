#!/usr/bin/env bash
# Builds and runs the cpu-device benchmark: a barrier-free vector add and a
# barrier-heavy block reduction, each against a plain C++ loop.
#   bench/gpu/run.sh [BUILD_DIR]     (IGNIS_NUM_THREADS sets the workers)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-build}
IGNIS_TARGETS=ignis-bench-gpu bash scripts/build.sh "$dir" >/dev/null
"$dir/bin/ignis-bench-gpu"
# The same comparison from Mojo: kernels compiled by ignis, on the cpu device.
"$dir/bin/ignis" run -O3 --target-accelerator=cpu bench/gpu/kernels.mojo
