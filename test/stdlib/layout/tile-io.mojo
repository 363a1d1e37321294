# TileTensor.vectorize, distribute and copy_from, and layout.tile_io's
# copiers in a kernel (global -> shared -> global), with the async copy's
# commit and wait; the kernel's PTX calls nothing.
# RUN: %ignis run %s 2>&1 | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX

from std.gpu import thread_idx, block_idx, barrier
from std.gpu.host import DeviceContext
from std.gpu.memory import async_copy_commit_group, async_copy_wait_all
from layout import TileTensor, stack_allocation, row_major
from layout.tile_io import (
    GenericToSharedAsyncTileCopier,
    SharedToGenericTileCopier,
)


def host_views():
    var data = InlineArray[Int32, 32](fill=0)
    for i in range(32):
        data[i] = Int32(i)
    var t = TileTensor(data, row_major[4, 8]())
    # A 4x8 row-major tensor as 4x2 vectors of 4: element (1, 1) holds
    # columns 4..7 of row 1.
    var v = t.vectorize[1, 4]()
    # CHECK: [12, 13, 14, 15] 2
    print(v[1, 1], v.dim[1]())
    # Thread 5 of a 2x4 row-major thread layout is coordinate (1, 1): rows
    # 1 and 3, columns 1 and 5.
    var f = t.distribute[row_major[2, 4]()](5)
    # CHECK: 9 13 25 29
    print(f[0, 0], f[0, 1], f[1, 0], f[1, 1])
    # Vectors distribute too: thread 1 of a 1x2 layout gets vector column 1.
    var g = v.distribute[row_major[1, 2]()](1)
    # CHECK: [28, 29, 30, 31]
    print(g[3, 0])
    # copy_from converts each element to the destination's dtype.
    var out = InlineArray[Float32, 4](fill=0)
    var dst = TileTensor(out, row_major[2, 2]())
    dst.copy_from(t.tile[2, 2](1, 1))
    # CHECK: {{\[\[}}18.0, 19.0], [26.0, 27.0]]
    print(dst)


comptime data_layout = row_major[8, 8]()


def plus_one(t: TileTensor[DType.float32, type_of(data_layout), MutAnyOrigin]):
    var tile = t.tile[4, 8](block_idx.x, 0)
    var shared = stack_allocation[
        DType.float32, address_space=AddressSpace.SHARED
    ](row_major[4, 8]())
    # 4 rows of 2 vectors: 8 threads of the block's 32 copy.
    comptime threads = row_major[4, 2]()
    GenericToSharedAsyncTileCopier[threads]().copy(
        shared.vectorize[1, 4](), tile.vectorize[1, 4]()
    )
    async_copy_commit_group()
    async_copy_wait_all()
    barrier()
    shared[thread_idx.x // 8, thread_idx.x % 8] += 1
    barrier()
    SharedToGenericTileCopier[threads]().copy(
        tile.vectorize[1, 4](), shared.vectorize[1, 4]()
    )


def main() raises:
    host_views()
    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.float32](64)
    with buf.map_to_host() as h:
        for i in range(64):
            h[i] = Float32(i)
    ctx.enqueue_function[plus_one](
        TileTensor(buf, data_layout), grid_dim=2, block_dim=32
    )
    with buf.map_to_host() as h:
        var ok = True
        for i in range(64):
            ok = ok and h[i] == Float32(i + 1)
        # CHECK: True 1.0 64.0
        print(ok, h[0], h[63])


# PTX: .visible .entry ignis_kernel_0(
# PTX: st.shared.v4.b32
# PTX-NOT: call
