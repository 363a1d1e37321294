# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.builtin.globals.global_constant: a compile-time table read at run time.
from std.builtin.globals import global_constant

def squares() -> List[Int]:
    var out = List[Int]()
    for i in range(6):
        out.append(i * i)
    return out^

def lookup(i: Int) -> Int:
    comptime table = squares()
    ref t = global_constant[table]()
    return t[i] if i < len(t) else -1

def main():
    comptime primes: InlineArray[Int64, 4] = [2, 3, 5, 7]
    ref p = global_constant[primes]()
    print(lookup(4), lookup(9), p[3], len(p))
    # CHECK: 16 -1 7 4
