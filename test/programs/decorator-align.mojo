# RUN: %ignis run %s | FileCheck %s
# `@align(N)` on a struct raises its alignment (never lowers it): align_of
# reports it, structs holding one inherit it, and its stack slots and heap
# blocks start at multiples of N. Sizes and array strides keep the fields'
# natural layout.
from std.sys import align_of, size_of


@align(64)
struct Line:
    var x: Int


struct Holder:
    var line: Line
    var n: Int


@fieldwise_init
@align(2 * 16)
struct Boxed[T: Copyable & ImplicitlyDeletable]:
    var value: Self.T


@align(2)
struct Lowered:
    var x: Int


@fieldwise_init
@align(32)
struct Small(RegisterPassable):
    var v: Int


def main():
    # CHECK: 64 8
    print(align_of[Line](), size_of[Line]())
    # CHECK-NEXT: 64
    print(align_of[Holder]())
    # CHECK-NEXT: 32 32 1
    print(align_of[Boxed[Int8]](), align_of[Boxed[Int64]](), size_of[Boxed[Int8]]())
    # CHECK-NEXT: 8 32
    print(align_of[Lowered](), align_of[Small]())
    var heap = alloc[Line](3)
    # CHECK-NEXT: heap 0 stride 8
    print("heap", Int(heap) % 64, "stride", Int(heap + 1) - Int(heap))
    heap.free()
    var s = Small(7)
    var t = Small(8)
    # CHECK-NEXT: stack 0 0 15
    print("stack", Int(UnsafePointer(to=s)) % 32, Int(UnsafePointer(to=t)) % 32, s.v + t.v)
