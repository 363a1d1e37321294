# mbarrier_init/arrive/test_wait: PTX mbarrier instructions on NVIDIA; on
# the cpu device a wait reads the pending count between two block barriers,
# so a barrier re-initialised between phases works. A thread that leaves
# without waiting is reported.
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX
# RUN: not %ignis run %s --skip 2>&1 | FileCheck %s --check-prefix=SKIP

from std.gpu import thread_idx
from std.gpu.sync import barrier, mbarrier_init, mbarrier_arrive, mbarrier_test_wait
from std.gpu.host import DeviceContext
from std.gpu.memory import AddressSpace
from std.sys import argv
from layout import TileTensor, row_major
from layout.tile_tensor import stack_allocation

comptime T = 8
comptime vec = row_major[T]()


def rounds(out: TileTensor[DType.float32, type_of(vec), MutAnyOrigin]):
    """Three phases; in each, every thread adds its neighbour's value from
    the previous phase."""
    var b = stack_allocation[dtype=DType.uint64, address_space=AddressSpace.SHARED](
        row_major[1]()
    )
    var s = stack_allocation[dtype=DType.float32, address_space=AddressSpace.SHARED](
        row_major[T]()
    )
    var i = thread_idx.x
    if i == 0:
        mbarrier_init(b.ptr, T)
    s[i] = Float32(i)
    barrier()
    comptime for _ in range(3):
        var mine = s[i] + s[(i + 1) % T]
        _ = mbarrier_arrive(b.ptr)
        while not mbarrier_test_wait(b.ptr, T):
            pass
        s[i] = mine
        if i == 0:
            mbarrier_init(b.ptr, T)
        barrier()
    out[i] = s[i]


def skipper(out: TileTensor[DType.float32, type_of(vec), MutAnyOrigin]):
    var b = stack_allocation[dtype=DType.uint64, address_space=AddressSpace.SHARED](
        row_major[1]()
    )
    if thread_idx.x == 0:
        mbarrier_init(b.ptr, T)
    barrier()
    _ = mbarrier_arrive(b.ptr)
    if thread_idx.x == 0:
        return
    while not mbarrier_test_wait(b.ptr, T):
        pass


def main() raises:
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.float32](T)
    if len(argv()) > 1:
        ctx.enqueue_function[skipper](TileTensor(buf, vec), grid_dim=1, block_dim=T)
        ctx.synchronize()
        return
    ctx.enqueue_function[rounds](TileTensor(buf, vec), grid_dim=1, block_dim=T)
    ctx.synchronize()
    with buf.map_to_host() as h:
        for i in range(T):
            print(h[i], end=" ")
        print()

# After three phases out[i] = s[i] + 3 s[i+1] + 3 s[i+2] + s[i+3] (indices
# mod 8, s[i] = i): 0 + 3 + 6 + 3 = 12 for i = 0, 5 + 18 + 21 + 0 = 44 for 5.
# CHECK: 12.0 20.0 28.0 36.0 44.0 44.0 28.0 12.0

# PTX: mbarrier.init.shared.b64
# PTX: mbarrier.arrive.shared.b64
# PTX: mbarrier.test_wait.shared.b64

# SKIP: barrier reached by only part of the block in kernel 'skipper'
