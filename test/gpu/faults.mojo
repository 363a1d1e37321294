# The cpu device reports a kernel's faults as raised Errors with exact
# messages, naming the kernel, block, thread and the user's line.
# RUN: not %ignis run %s 2>&1 | FileCheck %s

from std.gpu import thread_idx, block_idx, barrier
from std.gpu.host import DeviceContext
from std.memory import stack_allocation, AddressSpace


def oob_write(p: UnsafePointer[Float32, MutAnyOrigin]):
    p[thread_idx.x] = 1.0


def oob_read(out: UnsafePointer[Float32, MutAnyOrigin], p: UnsafePointer[Float32, MutAnyOrigin]):
    out[0] = p[thread_idx.x + 2 * block_idx.x]


def racy(p: UnsafePointer[Float32, MutAnyOrigin]):
    var s = stack_allocation[8, Float32, address_space=AddressSpace.SHARED]()
    s[thread_idx.x] = 1.0
    p[thread_idx.x] = s[(thread_idx.x + 1) % 8]


def fixed(p: UnsafePointer[Float32, MutAnyOrigin]):
    var s = stack_allocation[8, Float32, address_space=AddressSpace.SHARED]()
    s[thread_idx.x] = Float32(thread_idx.x)
    barrier()
    p[thread_idx.x] = s[(thread_idx.x + 1) % 8]


def partial(p: UnsafePointer[Float32, MutAnyOrigin]):
    if thread_idx.x < 4:
        barrier()
    p[thread_idx.x] = 2.0


def main() raises:
    var ctx = DeviceContext()
    var b = ctx.enqueue_create_buffer[DType.float32](8)
    var small = ctx.enqueue_create_buffer[DType.float32](4)
    try:
        ctx.enqueue_function[oob_write](small, grid_dim=1, block_dim=8)
    except e:
        print(e)
    # CHECK: out-of-bounds write in kernel 'oob_write' at faults.mojo:11:5: block (0, 0, 0), thread (4, 0, 0) wrote 4 bytes at offset 16 of a 16-byte device buffer
    try:
        ctx.enqueue_function[oob_read](b, small, grid_dim=2, block_dim=4)
    except e:
        print(e)
    # CHECK-NEXT: out-of-bounds read in kernel 'oob_read' at faults.mojo:15:14: block (1, 0, 0), thread (2, 0, 0) read 4 bytes at offset 16 of a 16-byte device buffer
    try:
        ctx.enqueue_function[racy](b, grid_dim=1, block_dim=8)
    except e:
        print(e)
    # CHECK-NEXT: data race on shared memory in kernel 'racy' at faults.mojo:20:5: block (0, 0, 0), thread (1, 0, 0) wrote 4 bytes at offset 4 of shared memory that thread (0, 0, 0) read at faults.mojo:21:23 with no barrier in between
    ctx.enqueue_function[fixed](b, grid_dim=1, block_dim=8)
    print(b)
    # CHECK-NEXT: DeviceBuffer([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 0.0])
    try:
        ctx.enqueue_function[partial](b, grid_dim=1, block_dim=8)
    except e:
        print(e)
    # CHECK-NEXT: barrier reached by only part of the block in kernel 'partial': block (0, 0, 0): threads (0, 0, 0) to (3, 0, 0) wait at the barrier at faults.mojo:33:9; threads (4, 0, 0) to (7, 0, 0) exited
    try:
        ctx.enqueue_function[fixed](b, grid_dim=1, block_dim=(64, 32))
    except e:
        print(e)
    # CHECK-NEXT: invalid launch of kernel 'fixed': block dimensions (64, 32, 1) make 2048 threads, more than the limit of 1024 per block
    try:
        ctx.enqueue_function[fixed](b, grid_dim=1, block_dim=8, shared_mem_bytes=65536)
    except e:
        print(e)
    # CHECK-NEXT: invalid launch of kernel 'fixed': 65536 bytes of dynamic shared memory exceed the limit of 49152 bytes per block
    # The context stays usable after a fault.
    ctx.enqueue_function[fixed](b, grid_dim=1, block_dim=8)
    print("still running")
    # CHECK-NEXT: still running
    ctx.enqueue_function[oob_write](small, grid_dim=1, block_dim=5)
    # CHECK-NEXT: Unhandled exception caught during execution: out-of-bounds write in kernel 'oob_write' at faults.mojo:11:5: block (0, 0, 0), thread (4, 0, 0) wrote 4 bytes at offset 16 of a 16-byte device buffer
