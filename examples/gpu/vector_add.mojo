# Vector addition: one GPU thread per element, 256 threads per block.
#   ignis run examples/gpu/vector_add.mojo

from std.gpu import global_idx
from std.gpu.host import DeviceContext
from std.math import ceildiv

comptime N = 1000
comptime TPB = 256


def vector_add(
    out: UnsafePointer[Float32, MutAnyOrigin],
    a: UnsafePointer[Float32, MutAnyOrigin],
    b: UnsafePointer[Float32, MutAnyOrigin],
    n: Int,
):
    var i = global_idx.x
    if i < n:
        out[i] = a[i] + b[i]


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](N)
    var b = ctx.enqueue_create_buffer[DType.float32](N)
    var out = ctx.enqueue_create_buffer[DType.float32](N).enqueue_fill(0)
    with a.map_to_host() as ha, b.map_to_host() as hb:
        for i in range(N):
            ha[i] = Float32(i)
            hb[i] = Float32(2 * i)
    ctx.enqueue_function[vector_add](
        out, a, b, N, grid_dim=ceildiv(N, TPB), block_dim=TPB
    )
    with out.map_to_host() as h:
        var ok = True
        for i in range(N):
            if h[i] != Float32(3 * i):
                ok = False
        print("out[0:4] =", h[0], h[1], h[2], h[3])
        print("out[999] =", h[N - 1])
        print("all correct:", ok)
