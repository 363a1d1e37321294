# A nested function that captures no run-time value is a kernel: it names
# the enclosing function's compile-time values (a dtype, a layout, a
# parameter), runs on the cpu device and becomes a PTX entry.
# RUN: %ignis run %s 2>&1 | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX

from std.gpu import global_idx
from std.gpu.host import DeviceContext
from layout import TileTensor, row_major


def scaled[factor: Int](ctx: DeviceContext) raises:
    comptime dtype = DType.int32
    comptime lay = row_major[2, 3]()

    def kernel(t: TileTensor[dtype, type_of(lay), MutAnyOrigin]):
        if global_idx.y < 2 and global_idx.x < 3:
            t[global_idx.y, global_idx.x] = Int32(
                (global_idx.y * 10 + global_idx.x) * factor
            )

    var buf = ctx.enqueue_create_buffer[dtype](6)
    ctx.enqueue_function[kernel](
        TileTensor(buf, lay), grid_dim=1, block_dim=(4, 4)
    )
    ctx.synchronize()
    print(buf)


def main() raises:
    var ctx = DeviceContext()
    # CHECK: DeviceBuffer([0, 1, 2, 10, 11, 12])
    scaled[1](ctx)
    # CHECK: DeviceBuffer([0, 3, 6, 30, 33, 36])
    scaled[3](ctx)


# Two instances of the nested kernel, one per factor.
# PTX: .visible .entry ignis_kernel_0(
# PTX: .visible .entry ignis_kernel_1(
# PTX-NOT: call
