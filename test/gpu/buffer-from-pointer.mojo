# A DeviceBuffer over memory another buffer owns (owning=False), made from
# a pointer whose origin is cast away, launches like the owner and frees
# nothing: the owner still reads the kernel's result afterwards.
# RUN: %ignis run %s 2>&1 | FileCheck %s

from std.gpu import thread_idx
from std.gpu.host import DeviceContext, DeviceBuffer


def twice(out: UnsafePointer[Int32, MutAnyOrigin], n: Int):
    if thread_idx.x < n:
        out[thread_idx.x] = Int32(thread_idx.x * 2)


struct Holder:
    var p: UnsafePointer[Int32, MutAnyOrigin]

    def __init__(out self, p: UnsafePointer[mut=True, Int32, _]):
        self.p = p.as_unsafe_any_origin()


def main() raises:
    var ctx = DeviceContext()
    var owner = ctx.enqueue_create_buffer[DType.int32](4).enqueue_fill(0)
    var h = Holder(owner.unsafe_ptr())
    for _ in range(2):
        var view = DeviceBuffer[DType.int32](ctx, h.p, 3, owning=False)
        print(len(view))
        ctx.enqueue_function[twice](view, 3, grid_dim=1, block_dim=4)
    ctx.synchronize()
    # CHECK: 3
    # CHECK: 3
    # CHECK: DeviceBuffer([0, 2, 4, 0])
    print(owner)
