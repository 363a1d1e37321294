#!/usr/bin/env bash
# Dict[Int, Int], List[Int] and String split/join (Ignis -O3) beside
# std::unordered_map, absl::flat_hash_map, std::vector and std::string
# (clang-22 -O3 -march=native), in one run; prints times and ratios.
# Each binary runs REPS times; the best time of each benchmark counts.
# usage: bench/collections/run.sh [BUILD_DIR] [REPS]   (needs libabsl-dev)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
reps=${2:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$build/bin/ignis" build -O3 bench/collections/collections.mojo -o "$out/mojo"
clang++-22 -O3 -march=native -std=c++20 bench/collections/collections.cpp \
  -o "$out/cpp" $(pkg-config --libs absl_hash absl_raw_hash_set 2>/dev/null || echo -labsl_hash -labsl_raw_hash_set)
for _ in $(seq "$reps"); do
  "$out/mojo" >> "$out/mojo.txt"
  "$out/cpp" >> "$out/cpp.txt"
done
python3 - "$out/mojo.txt" "$out/cpp.txt" <<'PY'
import sys
def read(p):
    best = {}
    for l in open(p):
        if l.strip():
            k, v = l.split()[0], int(l.split()[1])
            best[k] = min(best.get(k, v), v)
    return best
m, c = read(sys.argv[1]), read(sys.argv[2])
rows = [
    ("Dict insert 1M", "dict_insert", ["unordered_map_insert", "flat_hash_map_insert"]),
    ("Dict lookup 2M", "dict_lookup", ["unordered_map_lookup", "flat_hash_map_lookup"]),
    ("List append 10M", "list_append", ["vector_append"]),
    ("List iterate 10M", "list_iterate", ["vector_iterate"]),
    ("String split 10MB", "string_split", ["cpp_string_split"]),
    ("String join", "string_join", ["cpp_string_join"]),
]
print(f"{'benchmark':<20}{'ignis ms':>10}  {'C++ ms (ratio ignis/C++)'}")
for name, mk, cks in rows:
    parts = [f"{ck.rsplit('_', 1)[0]} {c[ck]/1e6:.1f} ({m[mk]/c[ck]:.2f}x)" for ck in cks]
    print(f"{name:<20}{m[mk]/1e6:>10.1f}  " + "  ".join(parts))
PY
