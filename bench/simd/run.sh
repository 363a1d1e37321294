#!/usr/bin/env bash
# The SIMD Mandelbrot (bench/simd/mandelbrot.mojo, 8 f64 lanes per vector)
# built by `ignis build -O3` beside the scalar C version
# (bench/core/mandelbrot.c, clang-22 -O3 -march=native -ffp-contract=off),
# in one run: checks both print the same totals, then prints the median
# wall and CPU times of REPS runs each and the C/Ignis ratio (the speed-up).
# Then bench/simd/mathacc.mojo built twice, with the default float32 vector
# math (polynomials in vector registers) and with IGNIS_VECTOR_MATH=libm
# (one libm call per lane): ns per value and max ulp error per function.
# usage: bench/simd/run.sh [BUILD_DIR] [REPS]     (defaults: build, 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
reps=${2:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/bin/ignis" build -O3 bench/simd/mandelbrot.mojo -o "$tmp/simd"
${CC:-clang-22} -O3 -march=native -ffp-contract=off bench/core/mandelbrot.c -o "$tmp/scalar" -lm
m=$("$tmp/simd")
c=$("$tmp/scalar")
if [ "$m" != "$c" ]; then
  echo "outputs differ: ignis '$m' vs C '$c'" >&2
  exit 1
fi
python3 - "$tmp/simd" "$tmp/scalar" "$reps" "$m" <<'PY'
import resource, statistics, subprocess, sys, time
simd, scalar, reps, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def once(exe):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN); t0 = time.perf_counter()
    subprocess.run([exe], check=True, stdout=subprocess.DEVNULL)
    w = time.perf_counter() - t0; r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return w, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
once(simd); once(scalar)
runs = {simd: [], scalar: []}
for _ in range(reps):
    for exe in (simd, scalar):
        runs[exe].append(once(exe))
med = lambda xs, i: statistics.median(x[i] for x in xs)
sw, sc = med(runs[simd], 0), med(runs[simd], 1)
cw, cc = med(runs[scalar], 0), med(runs[scalar], 1)
print("%-28s %9s %9s" % ("mandelbrot 1600x1000 f64", "wall", "cpu"))
print("%-28s %8.3fs %8.3fs" % ("Ignis SIMD (8 x f64)", sw, sc))
print("%-28s %8.3fs %8.3fs" % ("C scalar -O3 -march=native", cw, cc))
print("%-28s %8.2fx %8.2fx   output (equal): %s" % ("speed-up (C / Ignis)", cw / sw, cc / sc, out))
PY

"$build/bin/ignis" build -O3 bench/simd/mathacc.mojo -o "$tmp/math-poly"
IGNIS_VECTOR_MATH=libm "$build/bin/ignis" build -O3 bench/simd/mathacc.mojo -o "$tmp/math-libm"
echo
echo "std.math on SIMD[DType.float32, 8]: default lowering | IGNIS_VECTOR_MATH=libm"
paste -d'|' <("$tmp/math-poly" | sed 's/ *( .* )$//') <("$tmp/math-libm" | sed 's/ *( .* )$//')

sleef_h=$(ls /usr/include/sleef.h /usr/include/*/sleef.h 2>/dev/null | head -1 || true)
if [ -n "$sleef_h" ]; then
  ${CC:-clang-22} -O2 -march=native -I"$(dirname "$sleef_h")" bench/simd/sleef_math.c -o "$tmp/sleef" -lsleef -lm
  echo
  echo "SLEEF 3.5 Sleef_*f8_u10avx2 (for comparison; not used by Ignis)"
  "$tmp/sleef" | sed 's/ *([01])$//'
fi
