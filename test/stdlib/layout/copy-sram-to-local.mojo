# copy_sram_to_local: each thread of a 2x2 thread layout takes its share of
# a 4x4 shared-memory tile into a 2x2 local tensor (rows and columns
# congruent to its own position in the thread layout). Also: the target
# queries that Mojo puts in std.sys.info import from there.
# RUN: %ignis run %s | FileCheck %s

from std.gpu import thread_idx, barrier
from std.gpu.host import DeviceContext
from std.gpu.memory import AddressSpace
from layout import Layout, LayoutTensor
from layout.layout_tensor import copy_sram_to_local
from std.sys.info import simd_width_of, size_of, is_gpu, has_accelerator

comptime tile = Layout.row_major(4, 4)
comptime threads = Layout.row_major(2, 2)
comptime frag = Layout.row_major(2, 2)
comptime out_layout = Layout.row_major(4, 4)


def kernel(out: LayoutTensor[DType.int32, out_layout, MutAnyOrigin]):
    var shared = LayoutTensor[
        DType.int32, tile, MutAnyOrigin, address_space = AddressSpace.SHARED
    ].stack_allocation()
    var t = thread_idx.x
    for k in range(4):
        shared[t, k] = Int32(t * 10 + k)
    barrier()
    var local = LayoutTensor[
        DType.int32, frag, MutAnyOrigin, address_space = AddressSpace.LOCAL
    ].stack_allocation()
    copy_sram_to_local[threads](local, shared)
    for j in range(4):
        out[t, j] = local[j // 2, j % 2]


def main() raises:
    print(size_of[DType.float64](), is_gpu(), has_accelerator(), simd_width_of[DType.uint8]() > 0)
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](16)
    ctx.enqueue_function[kernel, kernel](
        LayoutTensor[DType.int32, out_layout, MutAnyOrigin](buf),
        grid_dim=1,
        block_dim=4,
    )
    with buf.map_to_host() as h:
        for t in range(4):
            print("thread", t, ":", h[4 * t], h[4 * t + 1], h[4 * t + 2], h[4 * t + 3])
# CHECK: 8 False True True
# Thread 0 is (0,0): rows 0,2 and columns 0,2 of the tile.
# CHECK-NEXT: thread 0 : 0 2 20 22
# Thread 1 is (0,1) in the row-major thread layout: columns 1,3.
# CHECK-NEXT: thread 1 : 1 3 21 23
# CHECK-NEXT: thread 2 : 10 12 30 32
# CHECK-NEXT: thread 3 : 11 13 31 33
