#!/usr/bin/env python3
"""Writes a Mojo file of about LINES lines (structs with fields and methods,
functions calling them, a main) that checks without errors.

  gen_file.py LINES OUT.mojo
"""
import sys


def unit(i):
    return f'''struct Vec{i}(Copyable):
    """A small vector, number {i}."""
    var x: Int
    var y: Int
    var tag: String

    def __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y
        self.tag = "v{i}"

    def dot(self, other: Self) -> Int:
        """The dot product."""
        return self.x * other.x + self.y * other.y

    def scaled(self, k: Int) -> Self:
        return Self(self.x * k, self.y * k)


def work{i}(n: Int) -> Int:
    """Sums dot products of scaled vectors."""
    var total = 0
    var v = Vec{i}(n, n + {i % 7})
    for k in range(n):
        var w = v.scaled(k)
        total += w.dot(v)
        if total > 1000000:
            total = total % 1000
    var names = List[String]()
    names.append(v.tag)
    return total + len(names)

'''


def main():
    lines, out = int(sys.argv[1]), sys.argv[2]
    per = unit(0).count("\n")
    count = max(1, (lines - 6) // per)
    with open(out, "w") as f:
        for i in range(count):
            f.write(unit(i))
        f.write("\ndef main():\n    var s = 0\n")
        for i in range(0, count, max(1, count // 20)):
            f.write(f"    s += work{i}(3)\n")
        f.write("    print(s)\n")


if __name__ == "__main__":
    main()
