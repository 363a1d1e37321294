#!/usr/bin/env bash
# The language server on a generated ~5,000-line file: latency of
# diagnostics, hover and completion after an edit (p50/p99, beside the
# one-shot check time), after bursts of fast edits, then peak RSS over a
# long random-edit session.
#
#   bench/lsp/run.sh [BUILD_DIR] [EDITS] [FUZZ_EDITS]
set -euo pipefail
cd "$(dirname "$0")"
BUILD=$(cd "${1:-../../build}" && pwd)
EDITS=${2:-200}
FUZZ_EDITS=${3:-2000}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 gen_file.py 5000 "$TMP/big.mojo"
python3 bench_lsp.py --ignis "$BUILD/bin/ignis" --edits "$EDITS" "$TMP/big.mojo"
python3 burst.py --ignis "$BUILD/bin/ignis" "$TMP/big.mojo"
echo "random edits (test/tools/lsp/fuzz-edits.py) on the same file:"
python3 ../../test/tools/lsp/fuzz-edits.py --ignis "$BUILD/bin/ignis" \
  --edits "$FUZZ_EDITS" --report "$TMP/big.mojo"
