# The Mandelbrot set in ASCII: escape time over a grid of complex numbers.


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
    var width = 72
    var height = 28
    var max_iter = 200
    var shades = " .:-=+*#%@"
    for row in range(height):
        var line = String()
        for col in range(width):
            var cx = -2.2 + 3.2 * Float64(col) / Float64(width)
            var cy = -1.2 + 2.4 * Float64(row) / Float64(height)
            var n = escape_time(cx, cy, max_iter)
            if n == max_iter:
                line += "@"
            elif n > 20:
                line += "%"
            elif n > 10:
                line += "+"
            elif n > 5:
                line += ":"
            elif n > 2:
                line += "."
            else:
                line += " "
        print(line)
