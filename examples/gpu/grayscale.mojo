# RGB to grayscale: a 2D grid of 2D blocks, one thread per pixel.
#   ignis run examples/gpu/grayscale.mojo

from std.gpu import global_idx
from std.gpu.host import DeviceContext
from std.math import ceildiv

comptime W = 40
comptime H = 24


def to_gray(
    gray: UnsafePointer[UInt8, MutAnyOrigin],
    rgb: UnsafePointer[UInt8, MutAnyOrigin],
    width: Int,
    height: Int,
):
    var x = global_idx.x
    var y = global_idx.y
    if x < width and y < height:
        var p = (y * width + x) * 3
        var r = Float32(rgb[p])
        var g = Float32(rgb[p + 1])
        var b = Float32(rgb[p + 2])
        gray[y * width + x] = UInt8(Int(0.299 * r + 0.587 * g + 0.114 * b))


def main() raises:
    var ctx = DeviceContext()
    var rgb = ctx.enqueue_create_buffer[DType.uint8](W * H * 3)
    var gray = ctx.enqueue_create_buffer[DType.uint8](W * H).enqueue_fill(0)
    with rgb.map_to_host() as h:
        for y in range(H):
            for x in range(W):
                var p = (y * W + x) * 3
                h[p] = UInt8((x * 6) % 256)
                h[p + 1] = UInt8((y * 10) % 256)
                h[p + 2] = UInt8(((x + y) * 3) % 256)
    ctx.enqueue_function[to_gray](
        gray, rgb, W, H, grid_dim=(ceildiv(W, 16), ceildiv(H, 16)), block_dim=(16, 16)
    )
    with gray.map_to_host() as g:
        var total = 0
        for i in range(W * H):
            total += Int(g[i])
        print("pixel (0, 0):", g[0], " pixel (39, 23):", g[W * H - 1])
        print("sum of gray levels:", total)
        # A small picture: darker pixels as denser characters.
        for y in range(0, H, 6):
            var line = String()
            for x in range(0, W, 2):
                var v = Int(g[y * W + x])
                line += "#" if v < 64 else ("+" if v < 128 else ("." if v < 192 else " "))
            print(line)
