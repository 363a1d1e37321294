# A kernel without collectives runs on the cpu device through a block entry:
# the loop over the block's threads is compiled into `ignis_kernel_N$cpu`
# (flags 2), which the runtime calls once per block. Every index keeps its
# value, printing keeps thread order, and faults keep their messages.
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis run -O3 %s | FileCheck %s
# RUN: %ignis build --emit=llvm %s | FileCheck %s --check-prefix=IR

from std.gpu import thread_idx, block_idx, block_dim, grid_dim, lane_id, warp_id
from std.gpu.host import DeviceContext


def ids(out: UnsafePointer[Int, MutAnyOrigin]):
    var lin = (thread_idx.z * block_dim.y + thread_idx.y) * block_dim.x + thread_idx.x
    var blk = (block_idx.z * grid_dim.y + block_idx.y) * grid_dim.x + block_idx.x
    out[blk * 24 + lin] = (
        thread_idx.x + 10 * thread_idx.y + 100 * thread_idx.z
        + 1000 * block_idx.x + 10000 * block_idx.y + 100000 * block_idx.z
    )


def lanes(out: UnsafePointer[Int, MutAnyOrigin]):
    out[thread_idx.x] = warp_id() * 100 + lane_id()


def talk(scale: Int):
    print("thread", thread_idx.x, thread_idx.y, "of", block_dim.x * block_dim.y, "scale", scale)


def bounded(p: UnsafePointer[Float32, MutAnyOrigin]):
    p[thread_idx.x + block_idx.x * block_dim.x] = Float32(thread_idx.x)


def main() raises:
    var ctx = DeviceContext(api="cpu")
    var o = ctx.enqueue_create_buffer[DType.int64](24 * 12)
    ctx.enqueue_function[ids](o, grid_dim=(2, 3, 2), block_dim=(4, 3, 2))
    print(o.unsafe_ptr()[0], o.unsafe_ptr()[23], o.unsafe_ptr()[24 + 5], o.unsafe_ptr()[24 * 11 + 23])
    # CHECK: 0 123 1011 121123
    var l = ctx.enqueue_create_buffer[DType.int64](40)
    ctx.enqueue_function[lanes](l, grid_dim=1, block_dim=40)
    print(l.unsafe_ptr()[0], l.unsafe_ptr()[31], l.unsafe_ptr()[32], l.unsafe_ptr()[39])
    # CHECK-NEXT: 0 31 100 107
    ctx.enqueue_function[talk](7, grid_dim=1, block_dim=(2, 2))
    ctx.synchronize()
    # CHECK-NEXT: thread 0 0 of 4 scale 7
    # CHECK-NEXT: thread 1 0 of 4 scale 7
    # CHECK-NEXT: thread 0 1 of 4 scale 7
    # CHECK-NEXT: thread 1 1 of 4 scale 7
    var small = ctx.enqueue_create_buffer[DType.float32](6)
    try:
        ctx.enqueue_function[bounded](small, grid_dim=3, block_dim=4)
    except e:
        print(e)
    # CHECK-NEXT: out-of-bounds write in kernel 'bounded' at block-entry.mojo:31:5: block (1, 0, 0), thread (2, 0, 0) wrote 4 bytes at offset 24 of a 24-byte device buffer

# IR: @"ignis_kernel_0$desc" = internal constant {{.*}} ptr @"ignis_kernel_0$cpu", i64 2,
# IR: define internal void @"ignis_kernel_0$cpu"(ptr
# IR: call ptr @ignis_gpu_cpu_state()
# IR: load atomic i64, ptr %{{.*}} monotonic
