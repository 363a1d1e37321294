#!/usr/bin/env bash
# Builds the VS Code extension (tools/editors/vscode) into
# tools/editors/vscode/ignis-mojo.vsix: `npm ci && npm run package`.
# The node_modules it installs also enable the lit tests
# test/tools/editors/vscode-*.test.
#
# Skips with a message and exit status 0 when node or npm is missing, Node.js
# is older than 20, or `npm ci` fails (no registry: offline CI); a failing
# compile or package step is an error (exit status 1).
set -uo pipefail
cd "$(dirname "$0")/../tools/editors/vscode"

skip() {
  echo "vscode.sh: skipped: $1; the VS Code extension is not built and" \
    "test/tools/editors/vscode-*.test will be unsupported"
  exit 0
}

command -v node >/dev/null && command -v npm >/dev/null ||
  skip "node and npm are not installed"
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || skip "Node.js $major is older than 20"

# --ignore-scripts: no package needs an install step to compile or package.
if ! npm ci --no-audit --no-fund --ignore-scripts --fetch-retries=1 \
  --fetch-timeout=30000 >npm-ci.log 2>&1; then
  tail -n 5 npm-ci.log
  rm -rf node_modules
  skip "'npm ci' failed (is the npm registry reachable?); see tools/editors/vscode/npm-ci.log"
fi
if ! npm run package >npm-package.log 2>&1; then
  cat npm-package.log
  echo "vscode.sh: packaging the extension failed" >&2
  exit 1
fi
echo "vscode.sh: built $(pwd)/ignis-mojo.vsix"
