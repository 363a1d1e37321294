# Matrix multiplication, naive (one thread per output element reading rows
# and columns from global memory) and tiled (each block stages TILE x TILE
# tiles of A and B in shared memory, with a barrier before and after use).
#   ignis run examples/gpu/matmul.mojo

from std.gpu import thread_idx, block_idx, barrier
from std.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace
from std.math import ceildiv

comptime M = 48
comptime K = 40
comptime N = 36
comptime TILE = 16


def matmul_naive(
    c: UnsafePointer[Float32, MutAnyOrigin],
    a: UnsafePointer[Float32, MutAnyOrigin],
    b: UnsafePointer[Float32, MutAnyOrigin],
):
    var row = block_idx.y * TILE + thread_idx.y
    var col = block_idx.x * TILE + thread_idx.x
    if row < M and col < N:
        var acc = Float32(0)
        for k in range(K):
            acc += a[row * K + k] * b[k * N + col]
        c[row * N + col] = acc


def matmul_tiled(
    c: UnsafePointer[Float32, MutAnyOrigin],
    a: UnsafePointer[Float32, MutAnyOrigin],
    b: UnsafePointer[Float32, MutAnyOrigin],
):
    var a_tile = stack_allocation[TILE * TILE, Float32, address_space=AddressSpace.SHARED]()
    var b_tile = stack_allocation[TILE * TILE, Float32, address_space=AddressSpace.SHARED]()
    var tx = thread_idx.x
    var ty = thread_idx.y
    var row = block_idx.y * TILE + ty
    var col = block_idx.x * TILE + tx
    var acc = Float32(0)
    for t in range(ceildiv(K, TILE)):
        var ak = t * TILE + tx
        var bk = t * TILE + ty
        a_tile[ty * TILE + tx] = a[row * K + ak] if row < M and ak < K else 0
        b_tile[ty * TILE + tx] = b[bk * N + col] if bk < K and col < N else 0
        barrier()
        for k in range(TILE):
            acc += a_tile[ty * TILE + k] * b_tile[k * TILE + tx]
        barrier()
    if row < M and col < N:
        c[row * N + col] = acc


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](M * K)
    var b = ctx.enqueue_create_buffer[DType.float32](K * N)
    var c1 = ctx.enqueue_create_buffer[DType.float32](M * N).enqueue_fill(0)
    var c2 = ctx.enqueue_create_buffer[DType.float32](M * N).enqueue_fill(0)
    with a.map_to_host() as ha, b.map_to_host() as hb:
        for i in range(M * K):
            ha[i] = Float32(i % 7) - 3
        for i in range(K * N):
            hb[i] = Float32(i % 5) - 2
    var grid = (ceildiv(N, TILE), ceildiv(M, TILE))
    ctx.enqueue_function[matmul_naive](c1, a, b, grid_dim=grid, block_dim=(TILE, TILE))
    ctx.enqueue_function[matmul_tiled](c2, a, b, grid_dim=grid, block_dim=(TILE, TILE))
    with a.map_to_host() as ha, b.map_to_host() as hb, c1.map_to_host() as h1, c2.map_to_host() as h2:
        var same = True
        var trace = Float32(0)
        for i in range(M):
            for j in range(N):
                var ref_ = Float32(0)
                for k in range(K):
                    ref_ += ha[i * K + k] * hb[k * N + j]
                if h1[i * N + j] != ref_ or h2[i * N + j] != ref_:
                    same = False
            if i < N:
                trace += h2[i * N + i]
        print("c[0, 0:4] =", h2[0], h2[1], h2[2], h2[3])
        print("trace:", trace)
        print("naive and tiled match the CPU:", same)
