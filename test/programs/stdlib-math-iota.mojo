# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.math.iota fills memory (a pointer and a length, a Span, a List) with
# offset, offset + 1, ...; ArcPointer copies are implicit and share the value
# (p[] is a reference).
from std.math import iota
from std.memory import ArcPointer


@fieldwise_init
struct Box(Movable, Copyable):
    var n: Int


def main():
    print(iota[DType.int32, 4](), iota[DType.float32, 4](1.5))
    # CHECK: [0, 1, 2, 3] [1.5, 2.5, 3.5, 4.5]
    var l = List[Int32](length=5, fill=Int32(0))
    iota(l, 10)
    print(l)
    # CHECK-NEXT: [10, 11, 12, 13, 14]
    var m = List[Int](length=3, fill=0)
    iota(m)
    print(m)
    # CHECK-NEXT: [0, 1, 2]
    iota(Span(m), 5)
    print(m)
    # CHECK-NEXT: [5, 6, 7]
    var f = List[Float64](length=3, fill=0.0)
    iota(Span(f), 2)
    iota(f.unsafe_ptr(), 2, 7)
    print(f)
    # CHECK-NEXT: [7.0, 8.0, 4.0]

    var a = ArcPointer(Box(1))
    var b = a
    b[].n = 42
    print(a[].n, a.count(), b.count())
    # CHECK-NEXT: 42 2 2
