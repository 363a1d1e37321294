# The host API: contexts, buffers and copies, 2D/3D grids from tuples,
# compile_function, dynamic shared memory, syncwarp and votes, atomics on
# shared memory, and a barrier inside a loop and inside a library helper.
# RUN: %ignis run %s | FileCheck %s

from std.gpu import thread_idx, block_idx, block_dim, grid_dim, global_idx, barrier, syncwarp, lane_id, warp_id
from std.gpu.host import DeviceContext, DeviceAttribute
from std.gpu.memory import external_memory
from std.gpu.primitives import warp, block
from std.memory import stack_allocation, AddressSpace
from std.atomic import Atomic
from std.sys import is_gpu, is_cpu_device, is_nvidia_gpu


def ids(out: UnsafePointer[Int32, MutAnyOrigin]):
    var linear = global_idx.x + grid_dim.x * block_dim.x * (global_idx.y + grid_dim.y * block_dim.y * global_idx.z)
    out[linear] = Int32(block_idx.x * 100 + thread_idx.y * 10 + thread_idx.z)


def dynamic(out: UnsafePointer[Float32, MutAnyOrigin]):
    var s = external_memory[Float32]()
    s[thread_idx.x] = Float32(thread_idx.x) * 2
    barrier()
    out[thread_idx.x] = s[block_dim.x - 1 - thread_idx.x]


def votes(out: UnsafePointer[Int64, MutAnyOrigin]):
    var counter = stack_allocation[1, Int64, address_space=AddressSpace.SHARED]()
    if thread_idx.x == 0:
        counter[0] = 0
    barrier()
    _ = Atomic[DType.int64].fetch_add(counter, 1)
    syncwarp()
    var odd = lane_id() % 2 == 1
    var mask = warp.vote[DType.uint32](odd)
    var any_big = warp.any(lane_id() > 30)
    var all_small = warp.all(lane_id() < 32)
    barrier()
    if thread_idx.x == 0:
        out[0] = counter[0]
        out[1] = Int64(mask)
        out[2] = Int64(Int(any_big))
        out[3] = Int64(Int(all_small))
        out[4] = Int64(warp_id())
        out[5] = Int64(Int(is_gpu()) * 10 + Int(is_cpu_device()) * 100 + Int(is_nvidia_gpu()))


def looped(out: UnsafePointer[Float32, MutAnyOrigin]):
    var acc = Float32(0)
    for r in range(4):
        acc += block.sum[block_size=64](Float32(thread_idx.x + r))
        barrier()
    if thread_idx.x == 0:
        out[0] = acc


def main() raises:
    var ctx = DeviceContext()
    print(ctx.name(), ctx.api(), ctx.id(), DeviceContext.number_of_devices(api="cpu"))
    # CHECK: cpu cpu 0 1
    print(ctx.get_attribute(DeviceAttribute.MAX_THREADS_PER_BLOCK), ctx.get_attribute(DeviceAttribute.WARP_SIZE))
    # CHECK-NEXT: 1024 32

    var out = ctx.enqueue_create_buffer[DType.int32](2 * 2 * 2 * 2).enqueue_fill(-1)
    ctx.enqueue_function[ids](out, grid_dim=(2, 1, 1), block_dim=(2, 2, 2))
    print(out)
    # CHECK-NEXT: DeviceBuffer([0, 0, 100, 100, 10, 10, 110, 110, 1, 1, 101, 101, 11, 11, 111, 111])

    var f = ctx.enqueue_create_buffer[DType.float32](8)
    var k = ctx.compile_function[dynamic]()
    ctx.enqueue_function(k, f, grid_dim=1, block_dim=8, shared_mem_bytes=32)
    print(f)
    # CHECK-NEXT: DeviceBuffer([14.0, 12.0, 10.0, 8.0, 6.0, 4.0, 2.0, 0.0])

    var v = ctx.enqueue_create_buffer[DType.int64](6).enqueue_fill(0)
    ctx.enqueue_function[votes](v, grid_dim=1, block_dim=32)
    print(v)
    # CHECK-NEXT: DeviceBuffer([32, 2863311530, 1, 1, 0, 110])

    var r = ctx.enqueue_create_buffer[DType.float32](1)
    ctx.enqueue_function[looped](r, grid_dim=1, block_dim=64)
    print(r)
    # CHECK-NEXT: DeviceBuffer([8448.0])

    # Host buffers and every direction of copy.
    var h = ctx.enqueue_create_host_buffer[DType.float32](4).enqueue_fill(1.5)
    var d = ctx.enqueue_create_buffer[DType.float32](4)
    var d2 = ctx.enqueue_create_buffer[DType.float32](4)
    var h2 = ctx.enqueue_create_host_buffer[DType.float32](4)
    ctx.enqueue_copy(dst_buf=d, src_buf=h)
    ctx.enqueue_copy(dst_buf=d2, src_buf=d)
    ctx.enqueue_copy(dst_buf=h2, src_buf=d2)
    ctx.synchronize()
    h2[3] = 7
    print(h2, len(h2))
    # CHECK-NEXT: HostBuffer([1.5, 1.5, 1.5, 7.0]) 4
    print(is_gpu())
    # CHECK-NEXT: False
