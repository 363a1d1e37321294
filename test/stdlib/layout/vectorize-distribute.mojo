# LayoutTensor.vectorize views a rank-2 tensor as blocks read as SIMD
# vectors; distribute gives each thread of a thread layout every
# rows(threads)-th block row and cols(threads)-th block column; copy_from and
# copy_from_async copy fragment to fragment (here global -> shared -> global,
# each of 4 threads moving its own blocks, doubled on the way back).
# RUN: %ignis run %s | FileCheck %s --match-full-lines

from std.gpu import thread_idx, barrier
from std.gpu.host import DeviceContext
from std.gpu.memory import AddressSpace, async_copy_wait_all
from layout import Layout, LayoutTensor

comptime rows = 4
comptime cols = 8
comptime layout = Layout.row_major(rows, cols)
comptime threads = Layout.row_major(2, 2)


def kernel(t: LayoutTensor[DType.int32, layout, MutAnyOrigin]):
    var shared = LayoutTensor[
        DType.int32, layout, MutAnyOrigin, address_space = AddressSpace.SHARED
    ].stack_allocation()
    var g = t.vectorize[1, 4]().distribute[threads](thread_idx.x)
    var s = shared.vectorize[1, 4]().distribute[threads](thread_idx.x)
    s.copy_from_async(g)
    async_copy_wait_all()
    barrier()
    s[0, 0] = s[0, 0] * 2
    s[1, 0] = s[1, 0] * 2
    g.copy_from(s)


def main() raises:
    var storage = InlineArray[Int32, rows * cols](uninitialized=True)
    for i in range(rows * cols):
        storage[i] = Int32(i)
    var cpu = LayoutTensor[DType.int32, layout](storage)
    var v = cpu.vectorize[1, 4]()
    print(v[0, 1], v[3, 0])
    var two_rows = cpu.vectorize[2, 2]()
    print(two_rows[1, 3])
    # Thread 3 is (1, 1) of the 2x2 threads: block rows 1 and 3, block column 1.
    var frag = v.distribute[threads](3)
    print(frag[0, 0], frag[1, 0])

    var ctx = DeviceContext()
    var buf = ctx.enqueue_create_buffer[DType.int32](rows * cols)
    with buf.map_to_host() as h:
        for i in range(rows * cols):
            h[i] = Int32(i)
    ctx.enqueue_function[kernel, kernel](
        LayoutTensor[DType.int32, layout, MutAnyOrigin](buf),
        grid_dim=1,
        block_dim=4,
    )
    with buf.map_to_host() as h:
        for r in range(rows):
            var line = String()
            for c in range(cols):
                line += String(h[r * cols + c]) + " "
            print(line)
# CHECK: [4, 5, 6, 7] [24, 25, 26, 27]
# CHECK-NEXT: [22, 23, 30, 31]
# CHECK-NEXT: [12, 13, 14, 15] [28, 29, 30, 31]
# CHECK-NEXT: 0 2 4 6 8 10 12 14 
# CHECK-NEXT: 16 18 20 22 24 26 28 30 
# CHECK-NEXT: 32 34 36 38 40 42 44 46 
# CHECK-NEXT: 48 50 52 54 56 58 60 62 
