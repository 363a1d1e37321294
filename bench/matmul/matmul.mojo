# The matmul progression of the Mojo manual on f32 N x N matrices (row
# major): naive -> vectorised -> tiled -> parallelised, then a packed,
# register-tiled kernel. Prints "name nanoseconds checksum" per variant
# (best of REPS runs). Usage: matmul [N] [REPS]

from std.algorithm import vectorize, parallelize, tile, num_workers
from std.memory import alloc, memset_zero
from std.time import perf_counter_ns
from std.sys import argv, simd_width_of

comptime nelts = simd_width_of[DType.float32]()  # 8 on AVX2, 16 on AVX-512
comptime TILE_J = 4 * nelts  # columns of a tile in the tiled progression steps
comptime TILE_K = 64         # depth of a tile
comptime KW = 8     # lanes of the packed kernel
comptime MR = 4     # register tile: MR rows x NR columns of C
comptime NR = 16
comptime KC = 256   # depth of a packed block of B


def fill(p: UnsafePointer[Float32], n: Int, seed: Int):
    var s = seed
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        p[i] = Float32(s % 1000) / 1000.0 - 0.5


def checksum(c: UnsafePointer[Float32], n: Int) -> Float64:
    var total = 0.0
    for i in range(n * n):
        total += Float64(c[i]) * Float64((i % 7) + 1)
    return total


@no_inline
def matmul_naive(c: UnsafePointer[Float32], a: UnsafePointer[Float32], b: UnsafePointer[Float32], n: Int):
    for m in range(n):
        for k in range(n):
            for j in range(n):
                c[m * n + j] += a[m * n + k] * b[k * n + j]


@no_inline
def matmul_vectorized(c: UnsafePointer[Float32], a: UnsafePointer[Float32], b: UnsafePointer[Float32], n: Int):
    # The manual's second step: the j loop as vectorize over a closure.
    for m in range(n):
        for k in range(n):
            var av = a[m * n + k]
            @parameter
            def dot[width: Int](j: Int):
                var cp = c + (m * n + j)
                cp.store[width](cp.load[width]() + SIMD[DType.float32, width](av) * (b + (k * n + j)).load[width]())
            vectorize[dot, nelts](n)


def tile_update[tile_j: Int, tile_k: Int](c: UnsafePointer[Float32], a: UnsafePointer[Float32], b: UnsafePointer[Float32], n: Int, m0: Int, m1: Int, j0: Int, k0: Int):
    # C[m0:m1, j0:j0+tile_j] += A[m0:m1, k0:k0+tile_k] * B[k0:k0+tile_k, j0:j0+tile_j]:
    # the B tile stays in L1 while the rows of C pass over it; the columns
    # go unroll_factor vectors per step (the whole tile width).
    comptime unroll = tile_j // nelts if tile_j >= nelts else 1
    for m in range(m0, m1):
        for k in range(k0, k0 + tile_k):
            var av = a[m * n + k]
            @parameter
            def dot[width: Int](jj: Int):
                var cp = c + (m * n + j0 + jj)
                cp.store[width](cp.load[width]() + SIMD[DType.float32, width](av) * (b + (k * n + j0 + jj)).load[width]())
            vectorize[dot, nelts, unroll_factor=unroll](tile_j)


@no_inline
def matmul_tiled(c: UnsafePointer[Float32], a: UnsafePointer[Float32], b: UnsafePointer[Float32], n: Int):
    # The manual's tiling step: std.algorithm's 2D tile walks the (column,
    # depth) plane in TILE_J x TILE_K tiles, narrower ones at the edges.
    @parameter
    def update[tile_j: Int, tile_k: Int](j0: Int, k0: Int):
        tile_update[tile_j, tile_k](c, a, b, n, 0, n, j0, k0)
    tile[update, [TILE_J, nelts, 1], [TILE_K, 1]](0, 0, n, n)


@no_inline
def matmul_parallel(c: UnsafePointer[Float32], a: UnsafePointer[Float32], b: UnsafePointer[Float32], n: Int):
    # The tiled product with parallelize over bands of rows of C, one band
    # per worker: each band is the tiled loop on fewer rows, and no two
    # workers write the same element.
    var bands = min(num_workers(), n)
    @parameter
    def band(t: Int):
        var m0 = t * n // bands
        var m1 = (t + 1) * n // bands
        @parameter
        def update[tile_j: Int, tile_k: Int](j0: Int, k0: Int):
            tile_update[tile_j, tile_k](c, a, b, n, m0, m1, j0, k0)
        tile[update, [TILE_J, nelts, 1], [TILE_K, 1]](0, 0, n, n)
    parallelize[band](bands)


def pack_b(bp: UnsafePointer[Float32], b: UnsafePointer[Float32], n: Int, k0: Int, kc: Int):
    # Panel p holds columns [p*NR, p*NR+NR) of rows k0..k0+kc, row after row.
    for p in range(n // NR):
        var dst = bp + p * kc * NR
        for k in range(kc):
            var src = b + ((k0 + k) * n + p * NR)
            (dst + k * NR).store[KW](src.load[KW]())
            (dst + k * NR + KW).store[KW]((src + KW).load[KW]())


def kernel(c: UnsafePointer[Float32], a: UnsafePointer[Float32], bp: UnsafePointer[Float32], n: Int, kc: Int):
    # C[0:MR, 0:NR] += A[0:MR, 0:kc] * panel (A and C have row stride n).
    var c0 = c
    var c1 = c + n
    var c2 = c + 2 * n
    var c3 = c + 3 * n
    var x00 = c0.load[KW]()
    var x01 = (c0 + KW).load[KW]()
    var x10 = c1.load[KW]()
    var x11 = (c1 + KW).load[KW]()
    var x20 = c2.load[KW]()
    var x21 = (c2 + KW).load[KW]()
    var x30 = c3.load[KW]()
    var x31 = (c3 + KW).load[KW]()
    var a0 = a
    var a1 = a + n
    var a2 = a + 2 * n
    var a3 = a + 3 * n
    var bk = bp
    for k in range(kc):
        var b0 = bk.load[KW]()
        var b1 = (bk + KW).load[KW]()
        var v0 = SIMD[DType.float32, KW](a0[k])
        x00 = v0.fma(b0, x00)
        x01 = v0.fma(b1, x01)
        var v1 = SIMD[DType.float32, KW](a1[k])
        x10 = v1.fma(b0, x10)
        x11 = v1.fma(b1, x11)
        var v2 = SIMD[DType.float32, KW](a2[k])
        x20 = v2.fma(b0, x20)
        x21 = v2.fma(b1, x21)
        var v3 = SIMD[DType.float32, KW](a3[k])
        x30 = v3.fma(b0, x30)
        x31 = v3.fma(b1, x31)
        bk = bk + NR
    c0.store[KW](x00)
    (c0 + KW).store[KW](x01)
    c1.store[KW](x10)
    (c1 + KW).store[KW](x11)
    c2.store[KW](x20)
    (c2 + KW).store[KW](x21)
    c3.store[KW](x30)
    (c3 + KW).store[KW](x31)


def kernel6(c: UnsafePointer[Float32], a: UnsafePointer[Float32], bp: UnsafePointer[Float32], n: Int, kc: Int):
    # C[0:6, 0:NR] += A[0:6, 0:kc] * panel: twelve 8-lane accumulators, two
    # loads of B and six broadcasts of A per step of k.
    var x00 = c.load[KW]()
    var x01 = (c + KW).load[KW]()
    var x10 = (c + n).load[KW]()
    var x11 = (c + n + KW).load[KW]()
    var x20 = (c + 2 * n).load[KW]()
    var x21 = (c + 2 * n + KW).load[KW]()
    var x30 = (c + 3 * n).load[KW]()
    var x31 = (c + 3 * n + KW).load[KW]()
    var x40 = (c + 4 * n).load[KW]()
    var x41 = (c + 4 * n + KW).load[KW]()
    var x50 = (c + 5 * n).load[KW]()
    var x51 = (c + 5 * n + KW).load[KW]()
    var bk = bp
    for k in range(kc):
        var b0 = bk.load[KW]()
        var b1 = (bk + KW).load[KW]()
        var v0 = SIMD[DType.float32, KW](a[k])
        x00 = v0.fma(b0, x00)
        x01 = v0.fma(b1, x01)
        var v1 = SIMD[DType.float32, KW](a[n + k])
        x10 = v1.fma(b0, x10)
        x11 = v1.fma(b1, x11)
        var v2 = SIMD[DType.float32, KW](a[2 * n + k])
        x20 = v2.fma(b0, x20)
        x21 = v2.fma(b1, x21)
        var v3 = SIMD[DType.float32, KW](a[3 * n + k])
        x30 = v3.fma(b0, x30)
        x31 = v3.fma(b1, x31)
        var v4 = SIMD[DType.float32, KW](a[4 * n + k])
        x40 = v4.fma(b0, x40)
        x41 = v4.fma(b1, x41)
        var v5 = SIMD[DType.float32, KW](a[5 * n + k])
        x50 = v5.fma(b0, x50)
        x51 = v5.fma(b1, x51)
        bk = bk + NR
    c.store[KW](x00)
    (c + KW).store[KW](x01)
    (c + n).store[KW](x10)
    (c + n + KW).store[KW](x11)
    (c + 2 * n).store[KW](x20)
    (c + 2 * n + KW).store[KW](x21)
    (c + 3 * n).store[KW](x30)
    (c + 3 * n + KW).store[KW](x31)
    (c + 4 * n).store[KW](x40)
    (c + 4 * n + KW).store[KW](x41)
    (c + 5 * n).store[KW](x50)
    (c + 5 * n + KW).store[KW](x51)


def kernel1(c: UnsafePointer[Float32], a: UnsafePointer[Float32], bp: UnsafePointer[Float32], kc: Int):
    # One row: the tail when the rows do not divide by 6 and 4.
    var x0 = c.load[KW]()
    var x1 = (c + KW).load[KW]()
    var bk = bp
    for k in range(kc):
        var v = SIMD[DType.float32, KW](a[k])
        x0 = v.fma(bk.load[KW](), x0)
        x1 = v.fma((bk + KW).load[KW](), x1)
        bk = bk + NR
    c.store[KW](x0)
    (c + KW).store[KW](x1)


@no_inline
def matmul_packed(c: UnsafePointer[Float32], a: UnsafePointer[Float32], b: UnsafePointer[Float32], n: Int, bp: UnsafePointer[Float32]):
    # Needs n % NR == 0. B is packed KC rows at a time; blocks of 48 rows
    # of C are spread over the workers; each runs 6-row kernels, then 4-row
    # and 1-row ones for what is left.
    var k0 = 0
    while k0 < n:
        var kc = KC
        if k0 + kc > n:
            kc = n - k0
        pack_b(bp, b, n, k0, kc)
        comptime rows_per_task = 48
        @parameter
        def block(t: Int):
            var i0 = t * rows_per_task
            var i1 = i0 + rows_per_task
            if i1 > n:
                i1 = n
            for p in range(n // NR):
                var i = i0
                while i + 6 <= i1:
                    kernel6(c + (i * n + p * NR), a + (i * n + k0), bp + p * kc * NR, n, kc)
                    i += 6
                while i + MR <= i1:
                    kernel(c + (i * n + p * NR), a + (i * n + k0), bp + p * kc * NR, n, kc)
                    i += MR
                while i < i1:
                    kernel1(c + (i * n + p * NR), a + (i * n + k0), bp + p * kc * NR, kc)
                    i += 1
        parallelize[block]((n + rows_per_task - 1) // rows_per_task)
        k0 += kc


def main():
    var args = argv()
    var n = 1024
    var reps = 3
    if len(args) > 1:
        try:
            n = Int(args[1])
        except:
            pass
    if len(args) > 2:
        try:
            reps = Int(args[2])
        except:
            pass
    var a = alloc[Float32](n * n)
    var b = alloc[Float32](n * n)
    var c = alloc[Float32](n * n)
    var bp = alloc[Float32](KC * n)
    fill(a, n * n, 1)
    fill(b, n * n, 2)
    var names = List[String]()
    names.append("naive")
    names.append("vectorized")
    names.append("tiled")
    names.append("parallel")
    names.append("packed")
    for v in range(5):
        var best = -1
        var sum = 0.0
        var r = reps
        if v == 0 and r > 1:
            r = 1
        for _ in range(r):
            memset_zero(c, n * n)
            var t0 = Int(perf_counter_ns())
            if v == 0:
                matmul_naive(c, a, b, n)
            elif v == 1:
                matmul_vectorized(c, a, b, n)
            elif v == 2:
                matmul_tiled(c, a, b, n)
            elif v == 3:
                matmul_parallel(c, a, b, n)
            else:
                matmul_packed(c, a, b, n, bp)
            var t = Int(perf_counter_ns()) - t0
            if best < 0 or t < best:
                best = t
            sum = checksum(c, n)
        print(names[v], best, sum)
    a.free()
    b.free()
    c.free()
    bp.free()
