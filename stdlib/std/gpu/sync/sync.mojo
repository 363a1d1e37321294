# Barriers: every thread of the block (barrier) or of the warp (syncwarp)
# waits until all have arrived; memory written before is visible after.
# On the cpu device the runtime switches fibers and reports a barrier that
# only part of the block reaches.

from std.sys import is_nvidia_gpu, is_amd_gpu
from std.memory import UnsafePointer
from std.memory.address_space import AddressSpace


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


# --- mbarrier: barriers that live in shared memory --------------------------
# `mbarrier_init(p, n)` (one thread) makes the 8-byte word at p a barrier
# that n arrivals complete; each thread `mbarrier_arrive(p)`s and polls
# `mbarrier_test_wait(p, state)` until the phase is complete. On NVIDIA these
# are the PTX mbarrier instructions. On the cpu device the word counts the
# pending arrivals and a wait reads it between two block barriers: so every
# thread of the block must arrive and then wait, once per phase, which is
# how they are used (a thread that never waits is reported as a barrier only
# part of the block reaches). AMD GPUs have no mbarrier.


@always_inline
def mbarrier_init[
    T: AnyType
](shared_mem: UnsafePointer[T, address_space = AddressSpace.SHARED], num_threads: Int32):
    """Makes the word at shared_mem a barrier completed by num_threads
    arrivals."""
    comptime if is_nvidia_gpu():
        __builtin.llvm_intrinsic["llvm.nvvm.mbarrier.init.shared"](
            shared_mem._ptr, num_threads._value
        )
    elif is_amd_gpu():
        __builtin.abort()
    else:
        var word = __builtin.bitcast[__builtin.simd[DType.int64, 1]](shared_mem._ptr)
        __builtin.store(word, Int64(num_threads)._value)


@always_inline
def mbarrier_arrive[
    T: AnyType
](shared_mem: UnsafePointer[T, address_space = AddressSpace.SHARED]) -> Int:
    """Counts this thread's arrival; returns the phase state to wait on."""
    comptime if is_nvidia_gpu():
        return Int(
            raw=__builtin.cast[DType.index](
                __builtin.llvm_intrinsic[
                    "llvm.nvvm.mbarrier.arrive.shared", __builtin.simd[DType.int64, 1]
                ](shared_mem._ptr)
            )
        )
    elif is_amd_gpu():
        __builtin.abort()
        return 0
    else:
        var word = __builtin.bitcast[__builtin.simd[DType.int64, 1]](shared_mem._ptr)
        var left = Int64(raw=__builtin.load(word)) - 1
        __builtin.store(word, left._value)
        return 0


@always_inline
def mbarrier_test_wait[
    T: AnyType
](shared_mem: UnsafePointer[T, address_space = AddressSpace.SHARED], state: Int) -> Bool:
    """Whether the barrier's phase (state from mbarrier_arrive) is
    complete; does not block on NVIDIA, so callers poll."""
    comptime if is_nvidia_gpu():
        return Bool(
            raw=__builtin.llvm_intrinsic[
                "llvm.nvvm.mbarrier.test.wait.shared", __builtin.simd[DType.bool, 1]
            ](shared_mem._ptr, Int64(state)._value)
        )
    elif is_amd_gpu():
        __builtin.abort()
        return False
    else:
        # Every thread reads the count between two block barriers: after
        # the first all have arrived, and no thread re-initialises the word
        # before all have read it.
        var word = __builtin.bitcast[__builtin.simd[DType.int64, 1]](shared_mem._ptr)
        var loc = __builtin.call_location()
        __builtin.external_call["ignis_gpu_cpu_barrier_at"](
            __builtin.string_data(loc.file_name), loc.line._value, loc.col._value
        )
        var done = Int64(raw=__builtin.load(word)) <= 0
        __builtin.external_call["ignis_gpu_cpu_barrier_at"](
            __builtin.string_data(loc.file_name), loc.line._value, loc.col._value
        )
        return done
