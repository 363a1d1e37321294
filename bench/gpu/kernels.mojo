# Mojo kernels on the cpu device against the same work as a plain loop, in
# one run: a barrier-free vector add (a block entry: the thread loop compiled
# into the kernel's entry) and a shared-memory tree reduction with a barrier
# per step (split at its barriers into regions, each a loop over the block's
# threads; fibers before).
#   ignis run -O3 bench/gpu/kernels.mojo     (bench/gpu/run.sh runs it)

from std.gpu import thread_idx, block_idx, block_dim, global_idx, barrier
from std.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace
from std.math import ceildiv
from std.time import perf_counter_ns

comptime N = 1 << 22
comptime TPB = 256
comptime REPS = 5


def add_kernel(out: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin], b: UnsafePointer[Float32, MutAnyOrigin], n: Int):
    var i = global_idx.x
    if i < n:
        out[i] = a[i] + b[i]


def reduce_kernel(out: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin]):
    var s = stack_allocation[TPB, Float32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    s[t] = a[block_idx.x * TPB + t]
    barrier()
    var stride = TPB // 2
    while stride > 0:
        if t < stride:
            s[t] += s[t + stride]
        barrier()
        stride //= 2
    if t == 0:
        out[block_idx.x] = s[0]


def best(times: List[Int]) -> Int:
    var m = times[0]
    for t in times:
        if t < m:
            m = t
    return m


def main() raises:
    var ctx = DeviceContext(api="cpu")
    var a = ctx.enqueue_create_buffer[DType.float32](N)
    var b = ctx.enqueue_create_buffer[DType.float32](N)
    var out = ctx.enqueue_create_buffer[DType.float32](N)
    var partial = ctx.enqueue_create_buffer[DType.float32](N // TPB)
    var pa = a.unsafe_ptr()
    var pb = b.unsafe_ptr()
    var po = out.unsafe_ptr()
    for i in range(N):
        pa[i] = Float32(i % 7)
        pb[i] = Float32(i % 5)

    var loop_t = List[Int]()
    var kern_t = List[Int]()
    for _ in range(REPS):
        var t0 = perf_counter_ns()
        for i in range(N):
            po[i] = pa[i] + pb[i]
        loop_t.append(Int(perf_counter_ns() - t0))
        t0 = perf_counter_ns()
        ctx.enqueue_function[add_kernel](out, a, b, N, grid_dim=ceildiv(N, TPB), block_dim=TPB)
        ctx.synchronize()
        kern_t.append(Int(perf_counter_ns() - t0))
    var l = best(loop_t)
    var k = best(kern_t)
    print("vector add, 4M f32:    plain loop", l // 1000, "us   cpu device", k // 1000, "us   ratio", round(Float64(k) / Float64(l) * 10) / 10, "x")

    var rl = List[Int]()
    var rk = List[Int]()
    var check = Float32(0)
    for _ in range(REPS):
        var t0 = perf_counter_ns()
        for blk in range(N // TPB):
            var s = Float32(0)
            for j in range(TPB):
                s += pa[blk * TPB + j]
            partial.unsafe_ptr()[blk] = s
        rl.append(Int(perf_counter_ns() - t0))
        check = partial.unsafe_ptr()[3]
        t0 = perf_counter_ns()
        ctx.enqueue_function[reduce_kernel](partial, a, grid_dim=N // TPB, block_dim=TPB)
        ctx.synchronize()
        rk.append(Int(perf_counter_ns() - t0))
    var l2 = best(rl)
    var k2 = best(rk)
    print("block sums, 8 barriers: plain loop", l2 // 1000, "us   cpu device", k2 // 1000, "us   ratio", round(Float64(k2) / Float64(l2) * 10) / 10, "x")
    print("same results:", check == partial.unsafe_ptr()[3])
