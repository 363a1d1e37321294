# A LayoutTensor whose shape is known only at run time, passed to a kernel:
# each thread guards its element with the runtime dims. Runs on the cpu
# device; the kernel's PTX reads the extents and strides from its
# argument and calls nothing.
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX

from std.gpu import thread_idx, block_idx, block_dim
from std.gpu.host import DeviceContext
from layout import Layout, LayoutTensor, RuntimeLayout, UNKNOWN_VALUE
from std.utils import IndexList

comptime dyn = Layout.row_major(UNKNOWN_VALUE, UNKNOWN_VALUE)


def add_coords(t: LayoutTensor[DType.float32, dyn, MutAnyOrigin]):
    var row = block_idx.y * block_dim.y + thread_idx.y
    var col = block_idx.x * block_dim.x + thread_idx.x
    if row < t.dim[0]() and col < t.dim[1]():
        t[row, col] = t[row, col] + Float32(row * 10 + col)


def main() raises:
    var ctx = DeviceContext()
    var m = 5
    var n = 3
    var buf = ctx.enqueue_create_buffer[DType.float32](m * n)
    with buf.map_to_host() as h:
        for i in range(m * n):
            h[i] = 0.5
    var t = LayoutTensor[DType.float32, dyn, MutAnyOrigin](
        buf, RuntimeLayout[dyn].row_major(IndexList[2](m, n))
    )
    # 4x4 threads per block, 2x1 blocks cover 5x3 with threads to spare.
    ctx.enqueue_function[add_coords](t, grid_dim=(1, 2), block_dim=(4, 4))
    ctx.synchronize()
    with buf.map_to_host() as h:
        # CHECK: 0.5 1.5 2.5 10.5 11.5 12.5 20.5 21.5 22.5 30.5 31.5 32.5 40.5 41.5 42.5
        for i in range(m * n):
            print(h[i], end=" ")
        print()

# PTX-LABEL: .entry ignis_kernel_
# PTX-NOT: call
# PTX: ret;
