# get_gpu_target(): the GPU the program's kernels are compiled for
# (`--target-accelerator`), as a compile-time value that target-dependent
# queries take: `simd_width_of[DType.float32, get_gpu_target()]()`.
#
# Ignis's own implementation of the part of Mojo 1.0's
# `gpu.host.compile` that programs use.


@register_passable("trivial")
struct GpuTarget(ImplicitlyCopyable):
    """What a query needs to know about a target: the width of its widest
    vector load in bytes (16 on NVIDIA and AMD GPUs)."""

    var vector_bytes: Int

    def __init__(out self, *, vector_bytes: Int):
        self.vector_bytes = vector_bytes


def get_gpu_target() -> GpuTarget:
    """The GPU of `--target-accelerator` (NVIDIA and AMD GPUs both load at
    most 16 bytes per thread in one instruction)."""
    return GpuTarget(vector_bytes=16)
