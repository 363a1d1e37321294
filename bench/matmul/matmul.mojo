# The matmul progression of the Mojo manual on f32 N x N matrices (row
# major): naive -> vectorised -> tiled (std.algorithm tile, vectorize with
# unroll_factor) -> tiled and parallelised over row bands, then a packed,
# register-tiled kernel. Prints "name nanoseconds checksum cpu-nanoseconds"
# per variant (best of REPS runs, wall clock and process CPU time).
# Usage: matmul [N] [REPS]

from std.algorithm import vectorize, parallelize, tile, num_workers
from std.memory import alloc, memset_zero
from std.time import perf_counter_ns
from std.sys import argv, simd_width_of
from std.ffi import external_call
from std.sys.intrinsics import prefetch, PrefetchOptions

comptime nelts = simd_width_of[DType.float32]()  # 8 on AVX2, 16 on AVX-512
comptime TILE_J = 8 * nelts  # columns of a tile (8 vectors) in the tiled steps
comptime TILE_K = 64         # depth of a tile
# The packed kernel's shape, from the vector width: NR = two vectors of
# columns, MR rows so that MR x 2 accumulators + 2 vectors of B + the
# broadcast of A fill the register file (16 ymm on AVX2: 6 x 16; 32 zmm on
# AVX-512: 12 x 32). KC x NR floats of B (32 KB on AVX-512, 16 KB on AVX2)
# stay in L1 while the MC rows pass over them; MC x KC of A (48 or 24 KB)
# and the KC x n block of B (1 MB for n = 1024) fit L2. KC = 256 and
# MC = 4 MR measured best of KC 192-512, MC 2-16 MR on both kernels.
comptime KW = nelts
comptime NR = 2 * KW
comptime MR = 12 if KW >= 16 else 6
comptime KC = 256
comptime MC = 4 * MR


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
    # Panel p holds columns [p*NR, p*NR+NR) of rows k0..k0+kc, row after row,
    # so the kernel reads B with unit stride.
    @parameter
    def panel(p: Int):
        var dst = bp + p * kc * NR
        for k in range(kc):
            var src = b + ((k0 + k) * n + p * NR)
            comptime for v in range(NR // KW):
                (dst + k * NR + v * KW).store[KW]((src + v * KW).load[KW]())
    parallelize[panel](n // NR)


def pack_a(ap: UnsafePointer[Float32], a: UnsafePointer[Float32], n: Int, i0: Int, rows: Int, k0: Int, kc: Int):
    # Rows i0..i0+rows of A[:, k0:k0+kc] as panels of MR rows, each stored
    # column after column (MR values per k); a short last panel is padded
    # with zeros.
    for q in range((rows + MR - 1) // MR):
        var dst = ap + q * kc * MR
        for r in range(MR):
            var i = q * MR + r
            if i < rows:
                var src = a + ((i0 + i) * n + k0)
                for k in range(kc):
                    dst[k * MR + r] = src[k]
            else:
                for k in range(kc):
                    dst[k * MR + r] = 0


def kernel[rows: Int](c: UnsafePointer[Float32], ap: UnsafePointer[Float32], bp: UnsafePointer[Float32], n: Int, kc: Int):
    # C[0:rows, 0:NR] += A panel (MR values per k, the first `rows` used) x
    # B panel (NR values per k). rows x NR/KW accumulators stay in vector
    # registers for the whole depth: 12 x 2 on AVX-512, 6 x 2 on AVX2.
    comptime VN = NR // KW
    var acc = InlineArray[SIMD[DType.float32, KW], rows * VN](uninitialized=True)
    # The C tile is prefetched for writing and added in after the loop, so
    # its cache misses overlap the multiplies instead of stalling the start.
    comptime for r in range(rows):
        comptime for v in range(VN):
            prefetch[PrefetchOptions().for_write()](c + r * n + v * KW)
            acc.unsafe_get(r * VN + v) = SIMD[DType.float32, KW](0)
    var ak = ap
    var bk = bp
    for _ in range(kc):
        var bv = InlineArray[SIMD[DType.float32, KW], VN](uninitialized=True)
        comptime for v in range(VN):
            bv.unsafe_get(v) = (bk + v * KW).load[KW]()
        comptime for r in range(rows):
            var av = SIMD[DType.float32, KW](ak[r])
            comptime for v in range(VN):
                acc.unsafe_get(r * VN + v) = av.fma(bv.unsafe_get(v), acc.unsafe_get(r * VN + v))
        ak = ak + MR
        bk = bk + NR
    comptime for r in range(rows):
        comptime for v in range(VN):
            var cp = c + r * n + v * KW
            cp.store[KW](cp.load[KW]() + acc.unsafe_get(r * VN + v))


@no_inline
def matmul_packed(c: UnsafePointer[Float32], a: UnsafePointer[Float32], b: UnsafePointer[Float32], n: Int, bp: UnsafePointer[Float32]):
    # GotoBLAS blocking: B is packed KC rows at a time into NR-column panels
    # (the whole KC x n block sits in L2); blocks of MC rows of C go to the
    # workers, each packing its MC x KC block of A (in L2) and running the
    # MR x NR kernel over every (panel, MR rows) pair, the B panel staying in
    # L1 across the row strips. Columns past the last whole panel take a
    # plain loop.
    var full = n - n % NR
    var k0 = 0
    while k0 < n:
        var kc = min(KC, n - k0)
        pack_b(bp, b, n, k0, kc)
        @parameter
        def block(t: Int):
            var i0 = t * MC
            var rows = min(MC, n - i0)
            var ap = alloc[Float32](MC * KC)
            pack_a(ap, a, n, i0, rows, k0, kc)
            for p in range(full // NR):
                @parameter
                def strip[height: Int](i: Int):
                    var q = i - i0
                    kernel[height](c + (i * n + p * NR), ap + (q // MR) * kc * MR + q % MR, bp + p * kc * NR, n, kc)
                tile[strip, [MR, 4, 1]](i0, i0 + rows)
            for i in range(i0, i0 + rows):
                for k in range(k0, k0 + kc):
                    var av = a[i * n + k]
                    for j in range(full, n):
                        c[i * n + j] += av * b[k * n + j]
            ap.free()
        parallelize[block]((n + MC - 1) // MC)
        k0 += kc


def cpu_time_ns() -> Int:
    # CPU time of the whole process (all threads): on a shared machine the
    # one-thread figures by CPU time do not count time spent descheduled.
    var ts = alloc[Int64](2)
    _ = external_call["clock_gettime", Int32](Int32(2), ts)  # CLOCK_PROCESS_CPUTIME_ID
    var ns = Int(ts[0]) * 1000000000 + Int(ts[1])
    ts.free()
    return ns


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
        var best_cpu = -1
        var sum = 0.0
        var r = reps
        if v == 0 and r > 1:
            r = 1
        for _ in range(r):
            memset_zero(c, n * n)
            var t0 = Int(perf_counter_ns())
            var u0 = cpu_time_ns()
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
            var u = cpu_time_ns() - u0
            if best < 0 or t < best:
                best = t
            if best_cpu < 0 or u < best_cpu:
                best_cpu = u
            sum = checksum(c, n)
        print(names[v], best, sum, best_cpu)
    a.free()
    b.free()
    c.free()
    bp.free()
