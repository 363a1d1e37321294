#!/usr/bin/env bash
# Configures and builds one build directory with clang-22 and Ninja.
#   scripts/build.sh DIR [CMAKE_ARGS...]    (IGNIS_TARGETS: targets to build)
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:?usage: scripts/build.sh DIR [CMAKE_ARGS...]}
shift
export CC=${CC:-clang-22} CXX=${CXX:-clang++-22}

# Release at -O2 with assertions kept (IGNIS_ENABLE_ASSERTIONS, on by default).
# Re-running cmake on a configured directory is quick and picks up new args.
mkdir -p "$dir"
cmake -G Ninja -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_FLAGS_RELEASE=-O2 -DCMAKE_CXX_FLAGS_RELEASE=-O2 "$@" >"$dir/configure.log" 2>&1 ||
  { cat "$dir/configure.log"; exit 1; }
# shellcheck disable=SC2086
ninja -C "$dir" -j "${IGNIS_JOBS:-$(nproc)}" ${IGNIS_TARGETS:-}
