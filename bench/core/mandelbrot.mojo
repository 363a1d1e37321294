# Escape-time Mandelbrot over a 1600x1000 grid, max_iter 200, in f64.
# Prints the total iteration count (the same in mandelbrot.c).


def escape_time(cx: Float64, cy: Float64, max_iter: Int) -> Int:
    var x = 0.0
    var y = 0.0
    var i = 0
    while i < max_iter and x * x + y * y <= 4.0:
        var xt = x * x - y * y + cx
        y = 2.0 * x * y + cy
        x = xt
        i += 1
    return i


def main():
    var width = 1600
    var height = 1000
    var max_iter = 200
    var total = 0
    var inside = 0
    for row in range(height):
        var cy = -1.2 + 2.4 * Float64(row) / Float64(height)
        for col in range(width):
            var cx = -2.2 + 3.2 * Float64(col) / Float64(width)
            var n = escape_time(cx, cy, max_iter)
            total += n
            if n == max_iter:
                inside += 1
    print("iterations:", total, "inside:", inside)
