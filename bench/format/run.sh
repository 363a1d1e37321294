#!/usr/bin/env bash
# `ignis format` throughput in lines/s on a generated program with its
# spacing squeezed out (so every line is rewritten and the safety checks run:
# two more parses and a second format), and on the already formatted result
# (`--check`: one parse, one format). Baseline beside it, in the same run:
# CPython's ast.parse + ast.unparse on the same program in Python syntax (a
# parse and a regeneration of source, as a formatter does; no formatter for
# Python is installed here).  usage: bench/format/run.sh [LINES] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
lines=${1:-100000}
build=${2:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/frontend/gen_program.py "$lines" "$tmp/big.mojo" "$tmp/big.py"
sed -e 's/ = /=/g' -e 's/, /,/g' -e 's/ + /+/g' "$tmp/big.mojo" >"$tmp/messy.mojo"
"$build/bin/ignis" format - <"$tmp/messy.mojo" >"$tmp/formatted.mojo"
python3 - "$build/bin/ignis" "$tmp" <<'PY'
import ast, subprocess, sys, time
ignis, tmp = sys.argv[1], sys.argv[2]
lines = open(f"{tmp}/messy.mojo").read().count("\n")

def best(cmd, stdin):
    times = []
    for _ in range(3):
        with open(stdin) as f:
            t0 = time.perf_counter()
            subprocess.run(cmd, stdin=f, stdout=subprocess.DEVNULL, check=False)
            times.append(time.perf_counter() - t0)
    return min(times)

fmt = best([ignis, "format", "-"], f"{tmp}/messy.mojo")
chk = best([ignis, "format", "--check", "-"], f"{tmp}/formatted.mojo")
src = open(f"{tmp}/big.py").read()
pylines = src.count("\n")
py = min((lambda t0: (ast.unparse(ast.parse(src)), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(3))
print(f"ignis format (rewrite + checks): {fmt*1e3:8.1f} ms  {lines/fmt/1e3:7.1f} k lines/s  ({lines} lines)")
print(f"ignis format (already formatted): {chk*1e3:7.1f} ms  {lines/chk/1e3:7.1f} k lines/s")
print(f"CPython ast.parse+ast.unparse:   {py*1e3:8.1f} ms  {pylines/py/1e3:7.1f} k lines/s  ({pylines} lines)")
print(f"ratio: ignis format (with checks) is {pylines/py and (lines/fmt)/(pylines/py):.2f}x CPython parse+unparse")
PY
