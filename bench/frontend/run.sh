#!/usr/bin/env bash
# Lex+parse throughput of Ignis beside CPython's own parser (ast.parse) on
# the same generated program, measured in one run. Prints lines/s and the
# ratio. usage: bench/frontend/run.sh [LINES] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
lines=${1:-200000}
build=${2:-build}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/frontend/gen_program.py "$lines" "$tmp/big.mojo" "$tmp/big.py"
echo "== Ignis (one core)"
ignis_out=$("$build/bin/ignis-bench-frontend" "$tmp/big.mojo" 5)
echo "$ignis_out"
echo "== CPython $(python3 -c 'import sys; print(sys.version.split()[0])') ast.parse, same program in Python syntax"
py_out=$(python3 - "$tmp/big.py" <<'PY'
import ast, sys, time
src = open(sys.argv[1]).read()
lines = src.count("\n")
best = min((lambda t0: (ast.parse(src), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(3))
print(f"parse:      {best*1e3:8.3f} ms  {lines/best/1e6:6.2f} M lines/s")
PY
)
echo "$py_out"
ig=$(echo "$ignis_out" | awk '/lex\+parse/ {print $2}')
py=$(echo "$py_out" | awk '/parse/ {print $2}')
python3 -c "print(f'ratio: Ignis lex+parse is {float($py)/float($ig):.1f}x faster than CPython ast.parse')"
