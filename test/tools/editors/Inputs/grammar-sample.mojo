from collections import List
import math

@fieldwise_init
struct Point(Copyable):
    """A point.
    Two lines."""
    var x: Float64  # the x axis

    def norm(self) raises -> Float64:
        return (self.x**2 + 0x1F + 1_000 + 2.5e-3) / 2


def main():
    comptime n = 4
    var s = r"raw\n" + 'it\'s' + t"{n + 1:>4} {{x}}\n" + rt'{n}\n' + "{n}"
    if not s and n != 0 or None is True:
        print(Point(1.0).norm(), s)
