#!/usr/bin/env bash
# Installs everything Ignis needs (Debian 12 packages), builds build/ and
# runs examples/hello.mojo. Runs as root or through sudo, without input.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive

# lit, FileCheck, not and split-file come with llvm-22-tools; the sanitizer
# and libFuzzer runtimes with libclang-rt-22-dev.
PACKAGES=(
  cmake ninja-build ccache python3 re2c
  clang-22 lld-22 llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools
  libclang-rt-22-dev libgtest-dev
  valgrind gdb  # test/programs/valgrind.test, test/codegen/debug-gdb.mojo
  libabsl-dev   # bench/collections compares Dict with absl::flat_hash_map
  libopenblas-dev libomp-dev  # bench/matmul: OpenBLAS sgemm, libomp for the pool comparison
  neovim        # test/tools/editors/nvim.test: Neovim headless against ignis lsp
  lldb-22       # lldb-dap: VS Code debugging, test/tools/editors/lldb-dap.test
)
$SUDO apt-get update
$SUDO apt-get install -y "${PACKAGES[@]}"

bash scripts/build.sh build
# The VS Code extension (.vsix) and the node_modules its tests use; skipped
# with a message without Node.js 20+ or the npm registry.
bash scripts/vscode.sh
build/bin/ignis --version
build/bin/ignis run examples/hello.mojo
