# std.gpu.globals: facts about the GPU kernels are compiled for.

# Threads per warp: 64 on AMD's CDNA GPUs (--target-accelerator=amdgpu:...),
# 32 on NVIDIA GPUs and on the cpu device.
comptime WARP_SIZE = 64 if __builtin.target_field["gpu_vendor"] == "amdgpu" else 32

# Most threads a block may have.
comptime MAX_THREADS_PER_BLOCK_METADATA = 1024
