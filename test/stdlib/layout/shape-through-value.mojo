# A static method reached through a run-time value needs only its type, so
# `comptime M = t.shape[0]()` works for a LayoutTensor argument t (as in
# Mojo, where shape and stride are static); an instance method there is a
# located error. copy_dram_to_sram(_async) also copies between vectorized
# views (`t.vectorize[1, 4]()`), spreading the vectors over the threads.
# RUN: %ignis run %s | FileCheck %s
# RUN: not %ignis build -D BAD=1 %s 2>&1 | FileCheck %s --check-prefix=BAD

from std.gpu import thread_idx, barrier
from std.gpu.host import DeviceContext
from std.gpu.memory import AddressSpace, async_copy_wait_all
from layout import Layout, LayoutTensor
from layout.layout_tensor import copy_dram_to_sram_async

comptime tile = Layout.row_major(4, 8)


def sizes(t: LayoutTensor[DType.float32, Layout.row_major(3, 5), MutAnyOrigin]):
    comptime M = t.shape[0]()
    comptime N = t.shape[1]()
    comptime S = t.stride[0]()
    comptime if __builtin.is_defined["BAD"]:
        comptime bad = t.size()
        # BAD: shape-through-value.mojo:[[# @LINE - 1]]:24: error: missing argument 'self' in call to 'size'
    var cells = InlineArray[Float32, M * N](fill=0)
    print("M", M, "N", N, "row stride", S, "cells", len(cells), "runtime", t.shape[1]())


def copy_kernel(
    src: LayoutTensor[DType.float32, tile, MutAnyOrigin],
    dst: LayoutTensor[DType.float32, tile, MutAnyOrigin],
):
    var shared = LayoutTensor[
        DType.float32, tile, MutAnyOrigin, address_space = AddressSpace.SHARED
    ].stack_allocation()
    # 8 vectors of 4, over 4 threads: thread t copies vectors t and t + 4.
    copy_dram_to_sram_async[thread_layout = Layout.row_major(1, 4), num_threads=4](
        shared.vectorize[1, 4](), src.vectorize[1, 4]()
    )
    async_copy_wait_all()
    barrier()
    var t = thread_idx.x
    for j in range(8):
        dst[t, j] = shared[t, j] * 2


def main() raises:
    var storage = InlineArray[Float32, 15](fill=1)
    sizes(LayoutTensor[DType.float32, Layout.row_major(3, 5), MutAnyOrigin](storage))
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](32)
    var b = ctx.enqueue_create_buffer[DType.float32](32)
    with a.map_to_host() as h:
        for i in range(32):
            h[i] = Float32(i)
    ctx.enqueue_function[copy_kernel](
        LayoutTensor[DType.float32, tile, MutAnyOrigin](a),
        LayoutTensor[DType.float32, tile, MutAnyOrigin](b),
        grid_dim=1,
        block_dim=4,
    )
    ctx.synchronize()
    with b.map_to_host() as h:
        print(h[0], h[5], h[31])

# CHECK: M 3 N 5 row stride 5 cells 15 runtime 5
# CHECK: 0.0 10.0 62.0
