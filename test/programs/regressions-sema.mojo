# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Fixed sema bugs: struct parameters inferred from constructor arguments,
# @fieldwise_init beside a written __init__, comptime members of a
# parameterised type, Some[Trait] in free functions, `import std.math` used
# as `std.math.f`, explicit parameters on method calls, a literal converted
# through an @implicit constructor, and -0.0 sums.

import std.math

@fieldwise_init
struct Pair[T: Copyable & Writable]:
    var first: Self.T
    var second: Self.T

@fieldwise_init
struct M:
    var v: Float64

    @implicit
    def __init__(out self, v: Int):
        self.v = Float64(v)

struct Box[n: Int]:
    comptime twice = Self.n * 2

@fieldwise_init
struct Meters:
    var value: Int

    @implicit
    def __init__(out self, v: Int):
        self.value = v

def show(x: Some[Writable]):
    print("show", x)

def main():
    var p = Pair(1, 2)
    var q = Pair("a", "b")
    print(p.first, p.second, q.second)
    # CHECK: 1 2 b
    print(M(1.5).v, M(2).v)
    # CHECK-NEXT: 1.5 2.0
    print(Box[5].twice)
    # CHECK-NEXT: 10
    show(3)
    show("text")
    # CHECK-NEXT: show 3
    # CHECK-NEXT: show text
    print(std.math.sqrt(16.0))
    # CHECK-NEXT: 4.0
    var v = SIMD[DType.int32, 2](3)
    print(v.cast[DType.float32](), Float64(7).cast[DType.int8]())
    # CHECK-NEXT: [3.0, 3.0] 7
    var m: Meters = 5
    print(m.value)
    # CHECK-NEXT: 5
    print(SIMD[DType.float32, 4](-0.0).reduce_add())
    # CHECK-NEXT: -0.0
