# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: %ignis run -O3 %s | FileCheck %s --match-full-lines
# vectorize with unroll_factor visits the same indices as without it (the
# unrolled steps, then whole vectors, then single elements), nothing for an
# empty or negative size; and a small integer matmul written the manual's
# way (vectorize inside tile inside parallelize) gives the exact product.

from std.algorithm import vectorize, parallelize, tile
from std.memory import alloc, memset_zero


def visit[unroll: Int](size: Int) -> String:
    var log = String()
    @parameter
    def show[width: Int](i: Int):
        log += String(width) + "@" + String(i) + " "
    vectorize[show, 4, unroll_factor=unroll](size)
    return log


def weighted[unroll: Int](size: Int) -> Int:
    var data = alloc[Int32](size)
    for i in range(size):
        data[i] = Int32(i)
    @parameter
    def bump[width: Int](i: Int):
        (data + i).store[width]((data + i).load[width]() * 3 + 1)
    vectorize[bump, 8, unroll_factor=unroll](size)
    var total = 0
    for i in range(size):
        total += Int(data[i]) * (i % 5 + 1)
    data.free()
    return total


def main():
    # CHECK: 4@0 4@4 4@8 4@12 4@16 4@20 1@24 1@25 1@26
    print(visit[1](27))
    # CHECK-NEXT: 4@0 4@4 4@8 4@12 4@16 4@20 1@24 1@25 1@26
    print(visit[2](27))
    # CHECK-NEXT: 4@0 4@4 4@8 4@12 4@16 4@20 1@24 1@25 1@26
    print(visit[4](27))
    # CHECK-NEXT: [] [] []
    print("[" + visit[4](0) + "] [" + visit[2](-5) + "] [" + visit[1](-1) + "]")
    # CHECK-NEXT: 1@0 1@1 1@2
    print(visit[3](3))
    # CHECK-NEXT: True True True
    var ref = weighted[1](1000)
    print(weighted[2](1000) == ref, weighted[4](1000) == ref, weighted[8](1003) == weighted[1](1003))

    # C = A * B for 13x13 integers-valued f32 matrices: every product and
    # sum is exact, so any order of summation prints the same.
    var n = 13
    var a = alloc[Float32](n * n)
    var b = alloc[Float32](n * n)
    var c = alloc[Float32](n * n)
    for i in range(n * n):
        a[i] = Float32(i % 7 - 3)
        b[i] = Float32(i % 5 - 2)
    memset_zero(c, n * n)
    @parameter
    def row(m: Int):
        @parameter
        def block[tile_j: Int, tile_k: Int](j0: Int, k0: Int):
            for k in range(k0, k0 + tile_k):
                var av = a[m * n + k]
                @parameter
                def dot[width: Int](jj: Int):
                    var p = c + (m * n + j0 + jj)
                    p.store[width](p.load[width]() + SIMD[DType.float32, width](av) * (b + (k * n + j0 + jj)).load[width]())
                vectorize[dot, 4, unroll_factor=2](tile_j)
        tile[block, [8, 4, 1], [4, 1]](0, 0, n, n)
    parallelize[row](n)
    var line = String()
    var total = 0
    for m in range(n):
        for j in range(n):
            var want = 0
            for k in range(n):
                want += ((m * n + k) % 7 - 3) * ((k * n + j) % 5 - 2)
            if Int(c[m * n + j]) != want:
                print("mismatch at", m, j)
    # CHECK-NOT: mismatch
            total += Int(c[m * n + j]) * (m + 2 * j)
    for j in range(n):
        line += String(Int(c[j])) + " "
    # CHECK-NEXT: 2 9 -4 -7 0 2 9 -4 -7 0 2 9 -4
    print(line)
    # CHECK-NEXT: 14
    print(total)
    a.free()
    b.free()
    c.free()
