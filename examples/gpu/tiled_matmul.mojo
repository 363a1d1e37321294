# Tiled matrix multiplication with layout tensors: C = A x B for M x K and
# K x N float32 matrices. Each block computes one TILE x TILE tile of C:
# it walks the K dimension a tile at a time, staging the tiles of A and B
# in shared memory (TileTensor.tile views them in global memory), with a
# barrier after loading and after using them. The result is checked
# against a CPU loop.
#   ignis run examples/gpu/tiled_matmul.mojo

from std.gpu import thread_idx, block_idx, barrier
from std.gpu.host import DeviceContext
from std.gpu.memory import AddressSpace
from layout import TileTensor, row_major
from layout.tile_tensor import stack_allocation

comptime M = 64
comptime K = 96
comptime N = 48
comptime TILE = 16
comptime a_layout = row_major[M, K]()
comptime b_layout = row_major[K, N]()
comptime c_layout = row_major[M, N]()


def matmul_tiled(
    c: TileTensor[DType.float32, type_of(c_layout), MutAnyOrigin],
    a: TileTensor[DType.float32, type_of(a_layout), MutAnyOrigin],
    b: TileTensor[DType.float32, type_of(b_layout), MutAnyOrigin],
):
    var row = thread_idx.y
    var col = thread_idx.x
    var a_shared = stack_allocation[
        dtype=DType.float32, address_space=AddressSpace.SHARED
    ](row_major[TILE, TILE]())
    var b_shared = stack_allocation[
        dtype=DType.float32, address_space=AddressSpace.SHARED
    ](row_major[TILE, TILE]())
    var acc: Float32 = 0
    for k in range(K // TILE):
        a_shared[row, col] = a.tile[TILE, TILE](block_idx.y, k)[row, col]
        b_shared[row, col] = b.tile[TILE, TILE](k, block_idx.x)[row, col]
        barrier()
        comptime for m in range(TILE):
            acc += a_shared[row, m] * b_shared[m, col]
        barrier()
    c.tile[TILE, TILE](block_idx.y, block_idx.x)[row, col] = acc


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_host_buffer[DType.float32](M * K)
    var b = ctx.enqueue_create_host_buffer[DType.float32](K * N)
    for i in range(M * K):
        a[i] = Float32((i * 7) % 11) - 5
    for i in range(K * N):
        b[i] = Float32((i * 5) % 13) - 6
    var a_dev = ctx.enqueue_create_buffer[DType.float32](M * K)
    var b_dev = ctx.enqueue_create_buffer[DType.float32](K * N)
    var c_dev = ctx.enqueue_create_buffer[DType.float32](M * N)
    a_dev.enqueue_copy_from(a)
    b_dev.enqueue_copy_from(b)

    ctx.enqueue_function[matmul_tiled](
        TileTensor(c_dev, c_layout),
        TileTensor(a_dev, a_layout),
        TileTensor(b_dev, b_layout),
        grid_dim=(N // TILE, M // TILE),
        block_dim=(TILE, TILE),
    )
    var c = ctx.enqueue_create_host_buffer[DType.float32](M * N)
    c_dev.enqueue_copy_to(c)
    ctx.synchronize()

    var host_a = TileTensor(a, a_layout)
    var host_b = TileTensor(b, b_layout)
    var host_c = TileTensor(c, c_layout)
    var same = True
    for i in range(M):
        for j in range(N):
            var want: Float32 = 0
            for k in range(K):
                want += host_a[i, k] * host_b[k, j]
            same = same and host_c[i, j] == want
    print("c[0, 0:4] =", host_c[0, 0], host_c[0, 1], host_c[0, 2], host_c[0, 3])
    print("c tile (1, 2) starts with", host_c.tile[TILE, TILE](1, 2)[0, 0])
    print("matches the CPU:", same)
