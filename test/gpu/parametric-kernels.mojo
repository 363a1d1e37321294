# A kernel with parameters is launched as `kernel[params]`: each parameter
# list is its own kernel (one PTX entry each).
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX

from std.gpu import global_idx
from std.gpu.host import DeviceContext

# PTX: .entry ignis_kernel_0(
# PTX: .entry ignis_kernel_1(
def scale[dtype: DType, factor: Int](out: UnsafePointer[Scalar[dtype], MutAnyOrigin], n: Int):
    var i = global_idx.x
    if i < n:
        out[i] = out[i] * Scalar[dtype](factor)


def main() raises:
    var ctx = DeviceContext()
    var b = ctx.enqueue_create_buffer[DType.float32](8).enqueue_fill(1.5)
    ctx.enqueue_function[scale[DType.float32, 3]](b, 8, grid_dim=1, block_dim=8)
    var c = ctx.enqueue_create_buffer[DType.int32](4).enqueue_fill(2)
    ctx.enqueue_function[scale[DType.int32, 5]](c, 4, grid_dim=1, block_dim=4)
    ctx.enqueue_function[scale[DType.int32, 5]](c, 4, grid_dim=1, block_dim=4)
    print(b, c)
    # CHECK: DeviceBuffer([4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5, 4.5]) DeviceBuffer([50, 50, 50, 50])
