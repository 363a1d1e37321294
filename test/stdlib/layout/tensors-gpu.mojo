# Layout tensors in kernels, on the cpu device and lowered to PTX. Kernels:
# a shared-memory TileTensor with a barrier, a tiled matmul through tiles,
# LayoutTensor copies spread over a block. An out-of-bounds index through a tensor is
# reported at the user's line. The kernels' PTX calls nothing.
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX
# RUN: not %ignis run %s --oob 2>&1 | FileCheck %s --check-prefix=OOB

from std.gpu import thread_idx, block_idx, block_dim, barrier
from std.gpu.host import DeviceContext
from std.gpu.memory import AddressSpace, async_copy_wait_all
from std.sys import argv
from layout import TileTensor, LayoutTensor, Layout, row_major
from layout.tile_tensor import stack_allocation
from layout.layout_tensor import copy_dram_to_sram_async

comptime TPB = 4
comptime N = 8
comptime vec = row_major[N]()
comptime mat = row_major[N, N]()


def reverse_blocks(
    out: TileTensor[DType.float32, type_of(vec), MutAnyOrigin],
    a: TileTensor[DType.float32, type_of(vec), MutAnyOrigin],
):
    """Each block reverses its TPB elements through shared memory."""
    var shared = stack_allocation[
        dtype=DType.float32, address_space=AddressSpace.SHARED
    ](row_major[TPB]())
    var i = block_idx.x * TPB + thread_idx.x
    shared[thread_idx.x] = a[i]
    barrier()
    out[i] = shared[TPB - 1 - thread_idx.x]


def matmul_tiled(
    c: TileTensor[DType.float32, type_of(mat), MutAnyOrigin],
    a: TileTensor[DType.float32, type_of(mat), MutAnyOrigin],
    b: TileTensor[DType.float32, type_of(mat), MutAnyOrigin],
):
    var row = thread_idx.y
    var col = thread_idx.x
    var a_s = stack_allocation[
        dtype=DType.float32, address_space=AddressSpace.SHARED
    ](row_major[TPB, TPB]())
    var b_s = stack_allocation[
        dtype=DType.float32, address_space=AddressSpace.SHARED
    ](row_major[TPB, TPB]())
    var acc: Float32 = 0
    comptime for k in range(N // TPB):
        a_s[row, col] = a.tile[TPB, TPB](block_idx.y, k)[row, col]
        b_s[row, col] = b.tile[TPB, TPB](k, block_idx.x)[row, col]
        barrier()
        comptime for m in range(TPB):
            acc += a_s[row, m] * b_s[m, col]
        barrier()
    c.tile[TPB, TPB](block_idx.y, block_idx.x)[row, col] = acc


def scale_copy(
    out: LayoutTensor[DType.float32, Layout.row_major(N), MutAnyOrigin],
    a: LayoutTensor[DType.float32, Layout.row_major(N), MutAnyOrigin],
):
    """The block copies all N elements into shared memory with TPB threads,
    then each thread doubles two of them."""
    var s = LayoutTensor[
        DType.float32,
        Layout.row_major(N),
        MutAnyOrigin,
        address_space = AddressSpace.SHARED,
    ].stack_allocation()
    copy_dram_to_sram_async[thread_layout=Layout.row_major(TPB)](s, a)
    async_copy_wait_all()
    barrier()
    out[thread_idx.x] = s[thread_idx.x] * 2
    out[thread_idx.x + TPB] = s[thread_idx.x + TPB] * 2


def overrun(a: TileTensor[DType.float32, type_of(vec), MutAnyOrigin]):
    a[thread_idx.x * 4] = 1.0


def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](N * N)
    var b = ctx.enqueue_create_buffer[DType.float32](N * N)
    var c = ctx.enqueue_create_buffer[DType.float32](N * N)
    with a.map_to_host() as h:
        for i in range(N * N):
            h[i] = Float32(i)
    with b.map_to_host() as h:
        for i in range(N * N):
            h[i] = Float32(1.0) if i // N == i % N else Float32(0.0)  # identity
    if len(argv()) > 1:
        var small = ctx.enqueue_create_buffer[DType.float32](N)
        ctx.enqueue_function[overrun](
            TileTensor(small, vec), grid_dim=1, block_dim=4
        )
        ctx.synchronize()
        return

    ctx.enqueue_function[reverse_blocks](
        TileTensor(c, vec), TileTensor(a, vec), grid_dim=N // TPB, block_dim=TPB
    )
    ctx.synchronize()
    with c.map_to_host() as h:
        # CHECK: 3.0 2.0 1.0 0.0 7.0 6.0 5.0 4.0
        for i in range(N):
            print(h[i], end=" ")
        print()

    # a times the identity is a.
    ctx.enqueue_function[matmul_tiled](
        TileTensor(c, mat),
        TileTensor(a, mat),
        TileTensor(b, mat),
        grid_dim=(N // TPB, N // TPB),
        block_dim=(TPB, TPB),
    )
    ctx.synchronize()
    with c.map_to_host() as h:
        var same = True
        for i in range(N * N):
            same = same and h[i] == Float32(i)
        # CHECK-NEXT: matmul: True 9.0 63.0
        print("matmul:", same, h[9], h[63])

    ctx.enqueue_function[scale_copy](
        LayoutTensor[DType.float32, Layout.row_major(N), MutAnyOrigin](c),
        LayoutTensor[DType.float32, Layout.row_major(N), MutAnyOrigin](a),
        grid_dim=1,
        block_dim=TPB,
    )
    ctx.synchronize()
    with c.map_to_host() as h:
        # CHECK-NEXT: 0.0 2.0 4.0 6.0 8.0 10.0 12.0 14.0
        for i in range(N):
            print(h[i], end=" ")
        print()

# PTX-LABEL: .entry ignis_kernel_
# PTX-NOT: call
# PTX: bar.sync
# PTX-NOT: call
# PTX: ret;

# OOB: out-of-bounds write in kernel 'overrun' at tensors-gpu.mojo:81:5: block (0, 0, 0), thread (2, 0, 0) wrote 4 bytes at offset 32 of a 32-byte device buffer
