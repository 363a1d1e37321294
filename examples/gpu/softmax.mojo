# Row-wise softmax: one block per row; block.max and block.sum (warp
# shuffles and shared memory inside) give every thread the row's maximum
# and the sum of exponentials.
#   ignis run examples/gpu/softmax.mojo

from std.gpu import thread_idx, block_idx
from std.gpu.host import DeviceContext
from std.gpu.primitives import block
from std.math import exp

comptime ROWS = 4
comptime COLS = 128


def softmax(out: UnsafePointer[Float32, MutAnyOrigin], x: UnsafePointer[Float32, MutAnyOrigin]):
    var row = block_idx.x
    var t = thread_idx.x
    var v = x[row * COLS + t]
    var m = block.max[block_size=COLS](v)
    var e = exp(v - m)
    var s = block.sum[block_size=COLS](e)
    out[row * COLS + t] = e / s


def main() raises:
    var ctx = DeviceContext()
    var x = ctx.enqueue_create_buffer[DType.float32](ROWS * COLS)
    var out = ctx.enqueue_create_buffer[DType.float32](ROWS * COLS).enqueue_fill(0)
    with x.map_to_host() as h:
        for r in range(ROWS):
            for c in range(COLS):
                h[r * COLS + c] = Float32((c * (r + 1)) % 17) * 0.25
    ctx.enqueue_function[softmax](out, x, grid_dim=ROWS, block_dim=COLS)
    with out.map_to_host() as h:
        for r in range(ROWS):
            var total = Float32(0)
            var best = 0
            for c in range(COLS):
                total += h[r * COLS + c]
                if h[r * COLS + c] > h[r * COLS + best]:
                    best = c
            print("row", r, " sum:", round(total * 1000) / 1000, " argmax:", best)
