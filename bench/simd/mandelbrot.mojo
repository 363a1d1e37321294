# Escape-time Mandelbrot over a 1600x1000 grid, max_iter 200, in f64, with
# `width` pixels of a row per SIMD vector: a lane stops counting (its mask
# lane goes False) once it escapes, and the loop ends when every lane has.
# Same arithmetic, in the same order, as bench/core/mandelbrot.c, so the
# printed totals are equal.
from std.math import iota

comptime width = 8
comptime F = SIMD[DType.float64, width]
comptime I = SIMD[DType.int64, width]


def escape_time(cx: F, cy: F, max_iter: Int) -> I:
    var x = F(0)
    var y = F(0)
    var count = I(0)
    var alive = SIMD[DType.bool, width](True)
    for _ in range(max_iter):
        alive = alive & (x * x + y * y).le(4.0)
        if not any(alive):
            break
        count += alive.select(I(1), I(0))
        var xt = x * x - y * y + cx
        y = 2.0 * x * y + cy
        x = xt
    return count


def main():
    var cols = 1600
    var rows = 1000
    var max_iter = 200
    var total = 0
    var inside = 0
    var lanes = iota[DType.float64, width]()
    for row in range(rows):
        var cy = F(-1.2 + 2.4 * Float64(row) / Float64(rows))
        for col in range(0, cols, width):
            var cx = -2.2 + 3.2 * (F(Float64(col)) + lanes) / F(Float64(cols))
            var n = escape_time(cx, cy, max_iter)
            total += Int(n.reduce_add())
            inside += Int(n.eq(I(max_iter)).cast[DType.int64]().reduce_add())
    print("iterations:", total, "inside:", inside)
