# Barriers: every thread of the block (barrier) or of the warp (syncwarp)
# waits until all have arrived; memory written before is visible after.
# On the cpu device the runtime switches fibers and reports a barrier that
# only part of the block reaches.

from std.sys import is_nvidia_gpu, is_amd_gpu


@always_inline
def barrier():
    """Waits until every thread of the block has reached this barrier."""
    comptime if is_nvidia_gpu():
        __builtin.llvm_intrinsic["llvm.nvvm.barrier.cta.sync.aligned.all"](Int32(0)._value)
    elif is_amd_gpu():
        __builtin.llvm_intrinsic["llvm.amdgcn.s.barrier"]()
    else:
        var loc = __builtin.call_location()
        __builtin.external_call["ignis_gpu_cpu_barrier_at"](
            __builtin.string_data(loc.file_name), loc.line._value, loc.col._value
        )


@always_inline
def syncwarp(mask: Int = -1):
    """Waits until the warp's lanes in mask have arrived."""
    comptime if is_nvidia_gpu():
        __builtin.llvm_intrinsic["llvm.nvvm.bar.warp.sync"](Int32(mask)._value)
    elif is_amd_gpu():
        pass  # a wavefront runs in lockstep
    else:
        __builtin.external_call["ignis_gpu_cpu_syncwarp"](mask._value)
