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
)
$SUDO apt-get update
$SUDO apt-get install -y "${PACKAGES[@]}"

bash scripts/build.sh build
build/bin/ignis --version
build/bin/ignis run examples/hello.mojo
