# GPU figures the issue asks for, for the machine the program runs on:
# vector-add bandwidth (one element per thread, and four per thread with
# 128-bit loads), a block reduction and the shared-memory tiled matmul.
#   ignis build -O3 bench/gpu/bandwidth.mojo -o bw && ./bw [log2 elements]
# On a GPU run it with IGNIS_DEVICE=cuda (bench/gpu/device/run.sh does, beside
# PyTorch and nvcc); on the cpu device pick a small size (./bw 20).

from std.gpu import thread_idx, block_idx, block_dim, global_idx, barrier
from std.gpu.host import DeviceContext
from std.gpu.primitives import block
from std.memory import stack_allocation, AddressSpace
from std.atomic import Atomic
from std.math import ceildiv
from std.sys import argv
from std.time import perf_counter_ns

comptime TPB = 256
comptime TILE = 16


def add1(out: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin], b: UnsafePointer[Float32, MutAnyOrigin], n: Int):
    var i = global_idx.x
    if i < n:
        out[i] = a[i] + b[i]


def add4(out: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin], b: UnsafePointer[Float32, MutAnyOrigin], n: Int):
    var i = global_idx.x * 4
    if i + 4 <= n:
        out.store(i, a.load[width=4](i) + b.load[width=4](i))


def block_sums(total: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin], n: Int):
    var i = global_idx.x
    var v = a[i] if i < n else 0
    var s = block.sum[block_size=TPB, broadcast=False](v)
    if thread_idx.x == 0:
        _ = Atomic[DType.float32].fetch_add(total, s)


def matmul_tiled(c: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin], b: UnsafePointer[Float32, MutAnyOrigin], n: Int):
    var at = stack_allocation[TILE * TILE, Float32, address_space=AddressSpace.SHARED]()
    var bt = stack_allocation[TILE * TILE, Float32, address_space=AddressSpace.SHARED]()
    var tx = thread_idx.x
    var ty = thread_idx.y
    var row = block_idx.y * TILE + ty
    var col = block_idx.x * TILE + tx
    var acc = Float32(0)
    for t in range(n // TILE):
        at[ty * TILE + tx] = a[row * n + t * TILE + tx]
        bt[ty * TILE + tx] = b[(t * TILE + ty) * n + col]
        barrier()
        for k in range(TILE):
            acc += at[ty * TILE + k] * bt[k * TILE + tx]
        barrier()
    c[row * n + col] = acc


def seconds(ctx: DeviceContext, start: Int) raises -> Float64:
    ctx.synchronize()
    return Float64(Int(perf_counter_ns()) - start) / 1e9


def main() raises:
    var log2n = 28
    if len(argv()) > 1:
        log2n = Int(argv()[1])
    var n = 1 << log2n
    var ctx = DeviceContext()
    print("device:", ctx.name(), " elements:", n)
    var a = ctx.enqueue_create_buffer[DType.float32](n).enqueue_fill(1)
    var b = ctx.enqueue_create_buffer[DType.float32](n).enqueue_fill(2)
    var out = ctx.enqueue_create_buffer[DType.float32](n).enqueue_fill(0)
    var reps = 10
    ctx.enqueue_function[add1](out, a, b, n, grid_dim=ceildiv(n, TPB), block_dim=TPB)
    var t0 = Int(perf_counter_ns())
    for _ in range(reps):
        ctx.enqueue_function[add1](out, a, b, n, grid_dim=ceildiv(n, TPB), block_dim=TPB)
    var s1 = seconds(ctx, t0) / Float64(reps)
    print("vector add, 1/thread:", Float64(Int(12.0 * Float64(n) / s1 / 1e9 * 10)) / 10, "GB/s")
    ctx.enqueue_function[add4](out, a, b, n, grid_dim=ceildiv(n // 4, TPB), block_dim=TPB)
    t0 = Int(perf_counter_ns())
    for _ in range(reps):
        ctx.enqueue_function[add4](out, a, b, n, grid_dim=ceildiv(n // 4, TPB), block_dim=TPB)
    var s4 = seconds(ctx, t0) / Float64(reps)
    print("vector add, 4/thread:", Float64(Int(12.0 * Float64(n) / s4 / 1e9 * 10)) / 10, "GB/s")
    with out.map_to_host() as h:
        print("check:", h[0], h[n - 1])
    var total = ctx.enqueue_create_buffer[DType.float32](1).enqueue_fill(0)
    t0 = Int(perf_counter_ns())
    ctx.enqueue_function[block_sums](total, a, n, grid_dim=ceildiv(n, TPB), block_dim=TPB)
    var sr = seconds(ctx, t0)
    print("block reduction:", Float64(Int(4.0 * Float64(n) / sr / 1e9 * 10)) / 10, "GB/s")
    var m = 1 << (log2n // 2 - 2)
    if m < TILE:
        m = TILE
    var ma = ctx.enqueue_create_buffer[DType.float32](m * m).enqueue_fill(1)
    var mb = ctx.enqueue_create_buffer[DType.float32](m * m).enqueue_fill(1)
    var mc = ctx.enqueue_create_buffer[DType.float32](m * m).enqueue_fill(0)
    ctx.enqueue_function[matmul_tiled](mc, ma, mb, m, grid_dim=(m // TILE, m // TILE), block_dim=(TILE, TILE))
    t0 = Int(perf_counter_ns())
    ctx.enqueue_function[matmul_tiled](mc, ma, mb, m, grid_dim=(m // TILE, m // TILE), block_dim=(TILE, TILE))
    var sm = seconds(ctx, t0)
    print("tiled matmul", m, "x", m, ":", Float64(Int(2.0 * Float64(m) ** 3 / sm / 1e9 * 10)) / 10, "GFLOP/s")
