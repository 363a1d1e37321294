# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Tuples: literals, indexing with compile-time (also negative) indices,
# unpacking, tuples returned from functions; UInt.

def swap(a: Int, b: Int) -> (Int, Int):
    return (b, a)

def main():
    var t = (1, "two", 3.5)
    print(t[0], t[1], t[2], t[-1])
    # CHECK: 1 two 3.5 3.5
    var a, b = swap(1, 2)
    print(a, b)
    # CHECK-NEXT: 2 1
    a, b = b, a
    print(a, b)
    # CHECK-NEXT: 1 2
    var u: UInt = 7
    print(u * 3, UInt(2) - 3 > 0)
    # CHECK-NEXT: 21 True
