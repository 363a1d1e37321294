#!/usr/bin/env python3
"""Generates a large program for the lex+parse benchmark.

usage: gen_program.py LINES OUT.mojo [OUT.py]

The Mojo file mixes what real code has: structs with fields and methods,
generic functions, loops, conditions, calls, subscripts, strings and
comments. The optional Python file has the same structure and line count
in Python syntax, so CPython's parser can run side by side as a baseline.
"""
import sys

UNIT_MOJO = '''\
# Unit {i}: a small struct and the functions that use it.
@fieldwise_init
struct Point{i}(Copyable, Movable):
    """A point in the plane."""
    var x: Float64
    var y: Float64

    def norm(self) -> Float64:
        return (self.x * self.x + self.y * self.y) ** 0.5

    def scaled(self, factor: Float64) -> Self:
        return Self(self.x * factor, self.y * factor)

def sum_{i}[T: AnyType, //, n: Int](values: List[Int], limit: Int = 10) raises -> Int:
    var total: Int = 0
    for i in range(len(values)):
        if values[i] > limit and i % 2 == 0:
            total += values[i] * n
        elif values[i] < 0:
            raise Error("negative value at " + String(i))
        else:
            total -= 1
    while total > 1_000_000:
        total //= 2
    return total

def main_{i}():
    var p = Point{i}(1.5, -2.25e3)
    var items = [1, 2, 3, 0x1F, 0b101]
    var name = "unit {i}"
    print(t"{{name}}: {{p.norm()}}", sum_{i}[3](items), sep=", ")
'''

UNIT_PY = '''\
# Unit {i}: a small struct and the functions that use it.
@dataclass
class Point{i}(Copyable, Movable):
    """A point in the plane."""
    x: float
    y: float

    def norm(self) -> float:
        return (self.x * self.x + self.y * self.y) ** 0.5

    def scaled(self, factor: float) -> Self:
        return Self(self.x * factor, self.y * factor)

def sum_{i}(values: List[int], limit: int = 10) -> int:
    total: int = 0
    for i in range(len(values)):
        if values[i] > limit and i % 2 == 0:
            total += values[i] * n
        elif values[i] < 0:
            raise Error("negative value at " + str(i))
        else:
            total -= 1
    while total > 1_000_000:
        total //= 2
    return total

def main_{i}():
    p = Point{i}(1.5, -2.25e3)
    items = [1, 2, 3, 0x1F, 0b101]
    name = "unit {i}"
    print(f"{{name}}: {{p.norm()}}", sum_{i}(items), sep=", ")
'''


def main():
    lines, out = int(sys.argv[1]), sys.argv[2]
    unit_lines = UNIT_MOJO.count("\n")
    assert unit_lines == UNIT_PY.count("\n")
    units = max(1, lines // unit_lines)
    with open(out, "w") as f:
        for i in range(units):
            f.write(UNIT_MOJO.format(i=i))
    if len(sys.argv) > 3:
        with open(sys.argv[3], "w") as f:
            for i in range(units):
                f.write(UNIT_PY.format(i=i))


if __name__ == "__main__":
    main()
