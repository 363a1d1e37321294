# RUN: %ignis run %s | FileCheck %s
# `origin_of(x).mut`: whether x may be changed where it is named (origins
# are not tracked; the operands' own mutability answers).


@fieldwise_init
struct Pair(Copyable):
    var a: Int
    var b: Int


def show(p: Pair, mut q: Pair, var r: Pair):
    # CHECK: False False True True True
    print(origin_of(p).mut, origin_of(p.a).mut, origin_of(q).mut,
          origin_of(q.b).mut, origin_of(r).mut)
    # CHECK-NEXT: False
    print(origin_of(p, q).mut)


def main():
    var p = Pair(1, 2)
    var q = Pair(3, 4)
    show(p, q, Pair(5, 6))
    var x = 1
    var s = String("hi")
    var ptr = s.unsafe_ptr()
    # CHECK-NEXT: True True True
    print(origin_of(x).mut, origin_of(ptr).mut, origin_of(ptr[]).mut)
    # CHECK-NEXT: False
    print(origin_of(x + 1).mut)
