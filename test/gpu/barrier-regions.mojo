# Kernels whose only collectives are block barriers run on the cpu device
# split at their barriers (a loop over the block's threads per region, locals
# in per-thread frames): a tree reduction with a barrier in a loop, a
# shared-memory stencil, a barrier inside a helper and inside a loop with a
# per-thread value live across it, 2-D blocks, and locals whose address a
# callee sees. A kernel that also shuffles keeps fibers (the fallback).
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis run -O3 %s | FileCheck %s
# RUN: %ignis run -g %s | FileCheck %s
# RUN: %ignis build --emit=llvm %s | FileCheck %s --check-prefix=IR

from std.gpu import thread_idx, block_idx, block_dim, barrier
from std.gpu.host import DeviceContext
from std.gpu.primitives import block
from std.memory import stack_allocation, AddressSpace

comptime TPB = 16


def tree_sum(out: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin]):
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


def stencil(out: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin], n: Int):
    var s = stack_allocation[TPB + 2, Float32, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var g = block_idx.x * TPB + t
    s[t + 1] = a[g]
    if t == 0:
        s[0] = a[g - 1] if g > 0 else 0.0
    if t == TPB - 1:
        s[TPB + 1] = a[g + 1] if g + 1 < n else 0.0
    barrier()
    out[g] = s[t] + s[t + 1] + s[t + 2]


def sync_all():
    barrier()


def bump(mut x: Int, by: Int):
    x += by


def rounds(out: UnsafePointer[Int, MutAnyOrigin]):
    """Each round every thread reads its neighbour's slot, then all write:
    the per-thread sum lives across two barriers per round."""
    var s = stack_allocation[TPB, Int, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    var acc = 0
    s[t] = t
    sync_all()
    for r in range(4):
        var v = s[(t + 1) % TPB]
        bump(acc, v * (r + 1))
        sync_all()
        s[t] = v
        barrier()
    out[t] = acc


def grid2d(out: UnsafePointer[Int, MutAnyOrigin]):
    var s = stack_allocation[12, Int, address_space=AddressSpace.SHARED]()
    var lin = thread_idx.y * block_dim.x + thread_idx.x
    s[lin] = lin * 10 + block_idx.x
    barrier()
    out[block_idx.x * 12 + lin] = s[11 - lin]


def unrolled(out: UnsafePointer[Int, MutAnyOrigin]):
    """Forty barriers through a helper, unrolled at compile time."""
    var s = stack_allocation[TPB, Int, address_space=AddressSpace.SHARED]()
    var t = thread_idx.x
    s[t] = 1
    comptime for _ in range(20):
        sync_all()
        var v = s[(t + 1) % TPB]
        sync_all()
        s[t] = v + 1
    out[t] = s[t] * 100 + t


def with_shuffle(out: UnsafePointer[Float32, MutAnyOrigin], a: UnsafePointer[Float32, MutAnyOrigin]):
    var v = block.sum[block_size=64](a[thread_idx.x])
    barrier()
    if thread_idx.x == 0:
        out[0] = v


def main() raises:
    var ctx = DeviceContext(api="cpu")
    comptime N = 4 * TPB
    var a = ctx.enqueue_create_buffer[DType.float32](N)
    for i in range(N):
        a.unsafe_ptr()[i] = Float32(i)
    var sums = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[tree_sum](sums, a, grid_dim=4, block_dim=TPB)
    print(sums)
    # CHECK: DeviceBuffer([120.0, 376.0, 632.0, 888.0])

    var st = ctx.enqueue_create_buffer[DType.float32](N)
    ctx.enqueue_function[stencil](st, a, N, grid_dim=4, block_dim=TPB)
    print(st.unsafe_ptr()[0], st.unsafe_ptr()[15], st.unsafe_ptr()[16], st.unsafe_ptr()[63])
    # CHECK-NEXT: 1.0 45.0 48.0 125.0

    var r = ctx.enqueue_create_buffer[DType.int64](TPB)
    ctx.enqueue_function[rounds](r, grid_dim=1, block_dim=TPB)
    print(r.unsafe_ptr()[0], r.unsafe_ptr()[1], r.unsafe_ptr()[15])
    # CHECK-NEXT: 30 40 20

    var g = ctx.enqueue_create_buffer[DType.int64](24)
    ctx.enqueue_function[grid2d](g, grid_dim=2, block_dim=(4, 3))
    print(g.unsafe_ptr()[0], g.unsafe_ptr()[11], g.unsafe_ptr()[12], g.unsafe_ptr()[23])
    # CHECK-NEXT: 110 0 111 1

    var one = ctx.enqueue_create_buffer[DType.float32](1)
    ctx.enqueue_function[with_shuffle](one, a, grid_dim=1, block_dim=64)
    print(one.unsafe_ptr()[0])
    # CHECK-NEXT: 2016.0

    ctx.enqueue_function[unrolled](r, grid_dim=1, block_dim=TPB)
    print(r.unsafe_ptr()[0], r.unsafe_ptr()[15])
    # CHECK-NEXT: 2100 2115

# Region kernels' descriptors carry flags 4 and a frame size, the fallback
# flags 1; a region kernel's step dispatches on its resume point and returns
# at each barrier after arriving.
# IR-DAG: @"ignis_kernel_0$desc" = internal constant {{.*}} ptr @"ignis_kernel_0$cpu", i64 4, {{.*}}, i64 {{[1-9][0-9]*}} }
# IR-DAG: @"ignis_kernel_4$desc" = internal constant {{.*}} ptr @"ignis_kernel_4$cpu", i64 1, {{.*}}, i64 0 }
# IR-DAG: define internal {{.*}}i64 @"ignis_kernel_0$cpu"(ptr {{.*}}, i64 %{{.*}}, ptr
# IR-DAG: @"ignis_kernel_5$desc" = internal constant {{.*}} ptr @"ignis_kernel_5$cpu", i64 4,
# IR-DAG: switch i64 %{{.*}}, label %{{.*}} [
# IR-DAG: call void @ignis_gpu_cpu_barrier_arrive(ptr {{.*}}, i64 24, i64 5)
