# RUN: %ignis run %s | FileCheck %s --match-full-lines
# The Mojo manual's style: ptr.load[width=w](i) / ptr.store(i, v) inside a
# vectorize closure, iota from std.math, parallelize writing a List.
from std.math import iota, sqrt, isclose
from std.algorithm import vectorize, parallelize
from std.sys import simd_width_of

def main():
    # CHECK: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
    var v = iota[DType.float32, 8](0)
    print(v)
    var n = 20
    var data = alloc[Float32](n)
    comptime w = simd_width_of[DType.float32]()
    @parameter
    def fill[width: Int](i: Int):
        data.store(i, iota[DType.float32, width](Float32(i)) * 2)
    vectorize[fill, w](n)
    var total: Float32 = 0
    for i in range(n):
        total += data[i]
    # CHECK-NEXT: 380.0
    print(total)
    var out = List[Int](length=8, fill=0)
    @parameter
    def work(i: Int):
        out[i] = i * i
    parallelize[work](8)
    # CHECK-NEXT: [0, 1, 4, 9, 16, 25, 36, 49]
    print(out)
    data.free()
    var p = alloc[Int32](6)
    for i in range(6):
        p[i] = Int32(i)
    p.store(2, p.load[width=4](2) * 10)
    # CHECK-NEXT: [0, 1, 20, 30] [40, 50]
    print(p.load[width=4](0), p.load[width=2](4))
    p.free()
# CHECK-NOT: {{.}}
