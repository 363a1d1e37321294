# The Mandelbrot set: one thread per point, iteration counts to ASCII.
#   ignis run examples/gpu/mandelbrot.mojo

from std.gpu import global_idx
from std.gpu.host import DeviceContext
from std.math import ceildiv

comptime W = 60
comptime H = 24
comptime MAX_ITERS = 100


def mandelbrot(out: UnsafePointer[Int32, MutAnyOrigin], width: Int, height: Int):
    var x = global_idx.x
    var y = global_idx.y
    if x >= width or y >= height:
        return
    var cr = -2.0 + 2.6 * Float64(x) / Float64(width)
    var ci = -1.2 + 2.4 * Float64(y) / Float64(height)
    var zr = 0.0
    var zi = 0.0
    var n = 0
    while n < MAX_ITERS and zr * zr + zi * zi <= 4.0:
        var t = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        n += 1
    out[y * width + x] = Int32(n)


def main() raises:
    var ctx = DeviceContext()
    var out = ctx.enqueue_create_buffer[DType.int32](W * H).enqueue_fill(0)
    ctx.enqueue_function[mandelbrot](
        out, W, H, grid_dim=(ceildiv(W, 8), ceildiv(H, 8)), block_dim=(8, 8)
    )
    with out.map_to_host() as h:
        var inside = 0
        for y in range(H):
            var line = String()
            for x in range(W):
                var n = Int(h[y * W + x])
                if n == MAX_ITERS:
                    inside += 1
                line += "#" if n == MAX_ITERS else ("+" if n > 10 else ("." if n > 4 else " "))
            print(line)
        print("points inside:", inside)
