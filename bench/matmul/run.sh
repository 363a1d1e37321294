#!/usr/bin/env bash
# The matmul progression (bench/matmul/matmul.mojo, ignis -O3) beside
# OpenBLAS cblas_sgemm (bench/matmul/sgemm.c) on N x N f32, in one run:
# GFLOP/s of each variant and its ratio to OpenBLAS, all threads (ignis's
# pool, OpenBLAS's threads) and one thread (IGNIS_NUM_THREADS=1,
# OPENBLAS_NUM_THREADS=1). Checksums must agree (up to rounding). Each
# figure comes twice: by wall clock, and per second of process CPU time
# (all threads together), which a busy shared machine disturbs far less:
# there, compare the one-thread rows by CPU time.
# usage: bench/matmul/run.sh [BUILD_DIR] [N] [REPS]   (needs libopenblas-dev)
# The AVX2 kernels on an AVX-512 machine:
#   IGNIS_FLAGS=--target-cpu=haswell OPENBLAS_CORETYPE=Haswell bench/matmul/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
n=${2:-1024}
reps=${3:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$build/bin/ignis" build -O3 ${IGNIS_FLAGS:-} bench/matmul/matmul.mojo -o "$out/mojo"
blas_inc=$(pkg-config --cflags openblas 2>/dev/null || echo -I/usr/include/x86_64-linux-gnu/openblas-pthread)
blas_lib=$(pkg-config --libs openblas 2>/dev/null || echo -lopenblas)
clang-22 -O2 $blas_inc bench/matmul/sgemm.c -o "$out/sgemm" $blas_lib
"$out/mojo" "$n" "$reps" > "$out/mojo.txt"
IGNIS_NUM_THREADS=1 "$out/mojo" "$n" "$reps" | sed 's/^\([a-z]*\)/\1_1thread/' >> "$out/mojo.txt"
"$out/sgemm" "$n" "$reps" > "$out/blas.txt"
OPENBLAS_NUM_THREADS=1 "$out/sgemm" "$n" "$reps" | sed 's/^openblas/openblas_1thread/' >> "$out/blas.txt"
python3 - "$n" "$out/mojo.txt" "$out/blas.txt" <<'PY'
import sys
n = int(sys.argv[1])
rows = [l.split() for p in sys.argv[2:] for l in open(p) if l.strip()]
flops = 2.0 * n ** 3
blas = {r[0]: (int(r[1]), int(r[3])) for r in rows if r[0].startswith("openblas")}
print(f"matmul {n}x{n} f32")
print(f"{'variant':<20}{'ms':>9}{'GFLOP/s':>9}{'vs OpenBLAS':>12}{'cpu ms':>9}{'per cpu-s':>10}{'vs OpenBLAS':>12}  checksum")
for name, ns, check, cpu in rows:
    ns, cpu = int(ns), int(cpu)
    ref, ref_cpu = blas["openblas_1thread" if name.endswith("_1thread") else "openblas"]
    print(f"{name:<20}{ns/1e6:>9.1f}{flops/ns:>9.1f}{ref/ns:>11.2f}x{cpu/1e6:>9.1f}{flops/cpu:>10.1f}{ref_cpu/cpu:>11.2f}x  {float(check):.3f}")
PY
