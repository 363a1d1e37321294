# Vector loads and stores may assume an alignment: UnsafePointer's
# load[width, alignment=]/store[width, alignment=] and LayoutTensor's
# aligned_load (the whole vector's alignment) and load/store with
# load_alignment/store_alignment become single vector accesses in PTX; without
# an alignment a vector access assumes only the element's.
# RUN: %ignis run %s 2>&1 | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX
# RUN: not %ignis run -D BAD %s 2>&1 | FileCheck %s --check-prefix=BAD

from std.gpu import global_idx
from std.gpu.host import DeviceContext
from std.sys import is_defined
from layout import Layout, LayoutTensor
from std.utils import Index

comptime n = 32
comptime layout = Layout.row_major(n)

def scale(src: UnsafePointer[Float32], dst: UnsafePointer[Float32]):
    var i = Int(global_idx.x) * 4
    var v = src.load[width=4, alignment=16](i)
    dst.store[4, alignment=16](i, v * 2)

def add_tiles(
    a: LayoutTensor[DType.float32, layout, MutAnyOrigin],
    out_t: LayoutTensor[DType.float32, layout, MutAnyOrigin],
):
    var i = Int(global_idx.x) * 4
    var v = a.aligned_load[width=4](Index(i))
    out_t.store[4, store_alignment=16](Index(i), v + 1)

def unaligned(src: UnsafePointer[Float32], dst: UnsafePointer[Float32]):
    var i = Int(global_idx.x) * 4 + 1
    dst.store[4](i, src.load[width=4](i))

# PTX-LABEL: .entry ignis_kernel_0(
# PTX: ld.global.v4.{{[bf]}}32
# PTX: st.global.v4.{{[bf]}}32
# PTX-LABEL: .entry ignis_kernel_1(
# PTX: ld{{(.global)?}}.v4.{{[bf]}}32
# PTX: st{{(.global)?}}.v4.{{[bf]}}32
# PTX-LABEL: .entry ignis_kernel_2(
# PTX-NOT: .v4
# PTX: ld.global.{{[bf]}}32
# PTX-NOT: .v4
# PTX: ret;

def main() raises:
    var ctx = DeviceContext()
    var a = ctx.enqueue_create_buffer[DType.float32](n)
    with a.map_to_host() as h:
        for i in range(n):
            h[i] = Float32(i)
    var b = ctx.enqueue_create_buffer[DType.float32](n).enqueue_fill(0)
    ctx.enqueue_function[scale](a.unsafe_ptr(), b.unsafe_ptr(), grid_dim=1, block_dim=n // 4)
    with b.map_to_host() as h:
        print(h[0], h[5], h[31])
    # CHECK: 0.0 10.0 62.0
    var ta = LayoutTensor[DType.float32, layout, MutAnyOrigin](a.unsafe_ptr())
    var tb = LayoutTensor[DType.float32, layout, MutAnyOrigin](b.unsafe_ptr())
    ctx.enqueue_function[add_tiles](ta, tb, grid_dim=1, block_dim=n // 4)
    with b.map_to_host() as h:
        print(h[0], h[5], h[31])
    # CHECK-NEXT: 1.0 6.0 32.0
    var c = ctx.enqueue_create_buffer[DType.float32](n + 8).enqueue_fill(0)
    ctx.enqueue_function[unaligned](a.unsafe_ptr(), c.unsafe_ptr(), grid_dim=1, block_dim=7)
    with c.map_to_host() as h:
        print(h[0], h[1], h[28])
    # CHECK-NEXT: 0.0 1.0 28.0
    comptime if is_defined["BAD"]():
        _ = a.unsafe_ptr().load[width=4, alignment=12]()
        # BAD: unsafe_pointer.mojo:{{[0-9]+}}:{{[0-9]+}}: error: expected a compile-time power-of-two alignment parameter, found something else
        # BAD: aligned-access.mojo:[[@LINE-2]]:13: note: in instantiation of 'UnsafePointer[SIMD[DType.float32, 1], 0, 0].load[4, 12, False]' called here
