# Inclusive and exclusive prefix sums of each block's values with
# block.prefix_sum (warp scans, then a scan of the warps' totals).
#   ignis run examples/gpu/prefix_sum.mojo

from std.gpu import thread_idx, block_idx, block_dim
from std.gpu.host import DeviceContext
from std.gpu.primitives import block

comptime TPB = 96


def scan(
    incl: UnsafePointer[Int32, MutAnyOrigin],
    excl: UnsafePointer[Int32, MutAnyOrigin],
    x: UnsafePointer[Int32, MutAnyOrigin],
):
    var i = block_idx.x * block_dim.x + thread_idx.x
    var v = x[i]
    incl[i] = block.prefix_sum[block_size=TPB](v)
    excl[i] = block.prefix_sum[block_size=TPB, exclusive=True](v)


def main() raises:
    var ctx = DeviceContext()
    var n = 2 * TPB
    var x = ctx.enqueue_create_buffer[DType.int32](n)
    var incl = ctx.enqueue_create_buffer[DType.int32](n).enqueue_fill(0)
    var excl = ctx.enqueue_create_buffer[DType.int32](n).enqueue_fill(0)
    with x.map_to_host() as h:
        for i in range(n):
            h[i] = Int32(i % 4 + 1)
    ctx.enqueue_function[scan](incl, excl, x, grid_dim=2, block_dim=TPB)
    with x.map_to_host() as hx, incl.map_to_host() as hi, excl.map_to_host() as he:
        var ok = True
        var run = 0
        for i in range(n):
            if i % TPB == 0:
                run = 0
            if Int(he[i]) != run:
                ok = False
            run += Int(hx[i])
            if Int(hi[i]) != run:
                ok = False
        print("inclusive[0:8] =", hi[0], hi[1], hi[2], hi[3], hi[4], hi[5], hi[6], hi[7])
        print("block totals:", hi[TPB - 1], hi[n - 1])
        print("correct:", ok)
