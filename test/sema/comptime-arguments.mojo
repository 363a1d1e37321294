# RUN: %ignis run %s 2>&1 | FileCheck %s
# Arguments at compile time keep value semantics while the interpreter reads
# variables in place instead of copying them into the callee: a parameter
# the callee changes is a copy, a variable whose address was handed out is
# copied, an argument evaluated later cannot change one read earlier, and
# one passed by value beside its own `mut` reference keeps its value.
# Each result is printed as computed at compile time and at run time.

struct Point(Copyable, Movable):
    var x: Int
    var y: Int

    def __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y


def consume(var v: Int) -> Int:
    v += 5
    return v


def sneaky(a: Int, p: UnsafePointer[Int, MutAnyOrigin]) -> Int:
    p[] = 42
    return a


def bump(mut x: Int) -> Int:
    x += 1
    return x


def pair(a: Int, b: Int) -> Int:
    return a * 100 + b


def store_then_read(mut a: Int, b: Int) -> Int:
    a = 7
    return b


def owned_copy() -> Int:
    var x = 1
    var y = consume(x)
    return x * 100 + y


def through_pointer() -> Int:
    var x = 1
    var p = UnsafePointer(to=x)
    var a = sneaky(x, p)
    return a * 100 + x


def later_argument() -> Int:
    var x = 1
    return pair(x, bump(x))


def same_variable() -> Int:
    var x = 1
    return store_then_read(x, x) * 100 + x


def swapped() -> Int:
    var p = Point(1, 2)
    p = Point(p.y, p.x)
    return p.x * 10 + p.y


def ranges() -> Int:
    var total = 0
    var it = range(2, 12, 3)
    for i in it:
        total = total * 100 + i
    return total


comptime A = owned_copy()
comptime B = through_pointer()
comptime C = later_argument()
comptime D = swapped()
comptime E = ranges()
comptime G = same_variable()


def main():
    # CHECK: 106 142 102 21 2050811 107
    print(A, B, C, D, E, G)
    # CHECK-NEXT: 106 142 102 21 2050811 107
    print(owned_copy(), through_pointer(), later_argument(), swapped(), ranges(),
          same_variable())
