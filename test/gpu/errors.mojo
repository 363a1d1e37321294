# Launches that cannot work are located errors.
# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# RUN: not %ignis build --target-accelerator=intel:xe %s 2>&1 | FileCheck %s --check-prefix=ACCEL

from std.gpu import thread_idx
from std.gpu.host import DeviceContext

# ACCEL: ignis: error: invalid accelerator 'intel:xe' (expected nvidia:sm_NN, amdgpu:gfxNNN or cpu)


def raising(p: UnsafePointer[Float32, MutAnyOrigin]) raises:
    p[0] = 1


def returning(p: UnsafePointer[Float32, MutAnyOrigin]) -> Int:
    return 1


def two(p: UnsafePointer[Float32, MutAnyOrigin], n: Int):
    p[thread_idx.x] = Float32(n)


def main() raises:
    var ctx = DeviceContext()
    var b = ctx.enqueue_create_buffer[DType.float32](4)
    ctx.enqueue_function[raising](b, grid_dim=1, block_dim=4)
    # CHECK: device_context.mojo:{{[0-9]+}}:{{[0-9]+}}: error: kernel 'raising' raises: a kernel cannot raise (handle errors inside it)
    # CHECK: errors.mojo:[[@LINE-2]]:5: note: in instantiation of 'DeviceContext.enqueue_function[__main__.raising, DeviceBuffer[DType.float32]]' called here
    ctx.enqueue_function[returning](b, grid_dim=1, block_dim=4)
    # CHECK: error: kernel 'returning' returns a value: a kernel returns None
    # CHECK: errors.mojo:[[@LINE-2]]:5: note: in instantiation of
    ctx.enqueue_function[two](b, grid_dim=1, block_dim=4)
    # CHECK: error: kernel 'two' takes 2 argument(s), but 1 were given
    # CHECK: errors.mojo:[[@LINE-2]]:5: note: in instantiation of

    var two = Float32(2)

    def inner(p: UnsafePointer[Float32, MutAnyOrigin]):
        p[0] = two

    ctx.enqueue_function[inner](b, grid_dim=1, block_dim=4)
    # CHECK: error: a kernel must be a function defined at module level, not a nested function that captures 'two'
    # CHECK: errors.mojo:[[@LINE-2]]:5: note: in instantiation of
