#!/usr/bin/env bash
# For a session with a GPU lent (the device tool): run on the device machine,
# from the repository root, after building here:
#   build/bin/ignis build -O3 bench/gpu/bandwidth.mojo -o bench/gpu/device/out/bw
#   for f in examples/gpu/*.mojo; do build/bin/ignis build -O3 $f -o bench/gpu/device/out/$(basename $f .mojo); done
# then carry bench/gpu/device/out and run `bash bench/gpu/device/run.sh`.
# It runs the examples on the GPU (their output must match the cpu device's,
# test/gpu/examples.test), the bandwidth bench, the nvcc baseline and
# PyTorch's (the shared gpu_baselines.py, copied into out/), in one run.
set -uo pipefail
cd "$(dirname "$0")"
export IGNIS_DEVICE=cuda
for exe in out/*; do
  [ -x "$exe" ] || continue
  echo "== $exe"; "$exe" 2>&1 | tail -n 12
done
if command -v nvcc >/dev/null; then
  nvcc -O3 -o out/vector_add_cuda vector_add.cu && out/vector_add_cuda
fi
[ -f out/gpu_baselines.py ] && python3 out/gpu_baselines.py
