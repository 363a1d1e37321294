# RUN: %ignis run %s | FileCheck %s --match-full-lines
# InlineArray: fill, element lists, uninitialized storage, reads and writes
# through references, len, iteration, reversed, `in`, printing, copies that
# are independent, String elements, unsafe_ptr, no heap for the storage, and
# InlineArray/Optional in compile-time evaluation.
from std.memory import stack_allocation
from std.sys import size_of

def total(a: InlineArray[Int, 4]) -> Int:
    var s = 0
    for x in a:
        s += x
    return s

def bump(mut a: InlineArray[Int, 4]):
    a[0] += 100

def at_compile_time(x: Int) -> Int:
    var o = Optional[Int](x)
    var a = InlineArray[Int, 3](fill=x)
    a[1] = 5
    return o.value() + a[1] + a[2]

def main():
    var a = InlineArray[Int, 4](fill=7)
    a[1] = 1
    a[2] += 5
    a[-1] = 3
    print(a, len(a), a[2], total(a))
    # CHECK: [7, 1, 12, 3] 4 12 23
    bump(a)
    print(a[0], 12 in a, 99 in a)
    # CHECK-NEXT: 107 True False
    var b = InlineArray[Int, 3](1, 2, 3)
    var lit: InlineArray[String, 2] = ["p", "q"]
    print(lit, len(lit))
    # CHECK-NEXT: [p, q] 2
    var c = b.copy()
    c[0] = 50
    print(b, c)
    # CHECK-NEXT: [1, 2, 3] [50, 2, 3]
    for x in reversed(b):
        print(x, end=" ")
    print()
    # CHECK-NEXT: 3 2 1
    var u = InlineArray[Float64, 2](uninitialized=True)
    var up = u.unsafe_ptr()
    up[0] = 1.5
    up[1] = 2.5
    print(u)
    # CHECK-NEXT: [1.5, 2.5]
    var s = InlineArray[String, 3]("a", "bb", "ccc")
    s[1] += "!"
    var t = s.copy()
    t[0] = "zz"
    print(s, t, len(s[2]))
    # CHECK-NEXT: [a, bb!, ccc] [zz, bb!, ccc] 3
    var moved = s^
    print(moved[1])
    # CHECK-NEXT: bb!
    var grid = InlineArray[InlineArray[Int, 2], 2](fill=InlineArray[Int, 2](fill=0))
    grid[1][0] = 5
    print(grid[0][0], grid[1][0])
    # CHECK-NEXT: 0 5
    var p = stack_allocation[4, Int]()
    for i in range(4):
        p[i] = i * i
    print(p[0] + p[1] + p[2] + p[3])
    # CHECK-NEXT: 14
    print(size_of[InlineArray[Int32, 5]]())
    # CHECK-NEXT: 20
    comptime folded = at_compile_time(3)
    print(folded)
    # CHECK-NEXT: 11
