# Sum of a large array: each block reduces its part in shared memory with
# barriers until one warp is left, then with warp shuffles; one atomic add
# per block combines the blocks.
#   ignis run examples/gpu/reduction.mojo

from std.gpu import thread_idx, block_idx, block_dim, barrier, WARP_SIZE
from std.gpu.host import DeviceContext
from std.gpu.primitives import warp
from std.memory import stack_allocation, AddressSpace
from std.atomic import Atomic
from std.math import ceildiv

comptime N = 100000
comptime TPB = 256


def block_sum(
    total: UnsafePointer[Int64, MutAnyOrigin],
    data: UnsafePointer[Int64, MutAnyOrigin],
    n: Int,
):
    var shared = stack_allocation[TPB, Int64, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var i = block_idx.x * block_dim.x + t
    shared[t] = data[i] if i < n else 0
    barrier()
    var stride = TPB // 2
    while stride >= WARP_SIZE:
        if t < stride:
            shared[t] += shared[t + stride]
        barrier()
        stride //= 2
    if t < WARP_SIZE:
        var s = warp.sum(shared[t])
        if t == 0:
            _ = Atomic[DType.int64].fetch_add(total, s)


def main() raises:
    var ctx = DeviceContext()
    var data = ctx.enqueue_create_buffer[DType.int64](N)
    var total = ctx.enqueue_create_buffer[DType.int64](1).enqueue_fill(0)
    var expected = 0
    with data.map_to_host() as h:
        for i in range(N):
            h[i] = Int64(i % 1000)
            expected += i % 1000
    ctx.enqueue_function[block_sum](total, data, N, grid_dim=ceildiv(N, TPB), block_dim=TPB)
    with total.map_to_host() as h:
        print("sum:", h[0], " expected:", expected, " correct:", Int(h[0]) == expected)
