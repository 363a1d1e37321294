# Library code meets Int through either spelling: a struct field of
# Scalar[dt] at DType.int, iota's lanes, sort, range, pointers, min/max
# and Dict keys all take an Int where a Scalar[DType.int] is declared.
# RUN: %ignis run %s | FileCheck %s --match-full-lines

from std.math import iota
from std.memory import UnsafePointer, alloc

struct Vec[dt: DType]:
    var x: Scalar[Self.dt]
    def __init__(out self, x: Scalar[Self.dt]):
        self.x = x

def takes_int(x: Int) -> Int:
    return x + 1

def main() raises:
    var f = Float32(3.9)
    print(takes_int(f.cast[DType.int]()))
    # CHECK: 4
    var v = Vec[DType.int](4)
    print(takes_int(v.x))
    # CHECK-NEXT: 5
    var io = iota[DType.int, 4]()
    print(io, takes_int(io[3]))
    # CHECK-NEXT: [0, 1, 2, 3] 4
    var l: List[Scalar[DType.int]] = [3, 1, 2]
    sort(l)
    print(l[0], l[1], l[2])
    # CHECK-NEXT: 1 2 3
    for i in range(Scalar[DType.int](2)):
        print(i)
    # CHECK-NEXT: 0
    # CHECK-NEXT: 1
    var p = alloc[Scalar[DType.int]](1)
    p[0] = 9
    var q: UnsafePointer[Int] = p
    print(q[0])
    # CHECK-NEXT: 9
    p.free()
    var m = max(Scalar[DType.int](3), 7)
    print(m, min(Int(3), Scalar[DType.int](1)))
    # CHECK-NEXT: 7 1
    var d = Dict[Scalar[DType.int], String]()
    d[1] = "one"
    print(d[Int(1)])
    # CHECK-NEXT: one
