# elementwise[simd_width, target="gpu"](body, shape, ctx) launches one kernel
# that calls the parametric closure body[4] on each whole vector and body[1]
# on the tail; the closure's captures ({var}: copies) are kernel arguments,
# passed by value. The bounds check of a GPU instance traps (no host calls).
# RUN: %ignis run %s 2>&1 | FileCheck %s
# RUN: %ignis build --emit=ptx %s 2>&1 | FileCheck %s --check-prefix=PTX

from std.gpu.host import DeviceContext
from std.algorithm.functional import elementwise, vectorize
from std.utils.coord import Coord
from std.utils import IndexList
from std.sys import align_of, size_of
from std.gpu import lane_id
from std.gpu.primitives.warp import sum as warp_sum


def main() raises:
    var ctx = DeviceContext()
    var n = 10
    var buf = ctx.enqueue_create_buffer[DType.float32](n).enqueue_fill(0)
    var p = buf.unsafe_ptr()
    var scale: Float32 = 3
    var rows = IndexList[2](7, 9)

    def body[width: Int, alignment: Int = 1](c: Coord) {var}:
        var i = Int(c[0].value())
        comptime for k in range(width):
            p[i + k] = Float32(i + k) * scale + Float32(width) + Float32(rows[1] - 9)

    elementwise[simd_width=4, target="gpu"](body, Coord(n), ctx)
    with buf.map_to_host() as h:
        print(h)
    # CHECK: HostBuffer([4.0, 7.0, 10.0, 13.0, 16.0, 19.0, 22.0, 25.0, 25.0, 28.0])

    # Each GPU thread has its own copy of the captures: bump is 1 in every
    # thread after its increment. Warp operations see whole warps of
    # consecutive indices: out[w] = sum(i + 1) over warp w.
    var sums = ctx.enqueue_create_buffer[DType.float32](2).enqueue_fill(0)
    var o = sums.unsafe_ptr()
    var bump = 0

    def per_warp[width: Int, alignment: Int = 1](c: Coord) {var}:
        var i = Int(c[0].value())
        bump += 1
        var total = warp_sum(Float32(i + bump))
        if lane_id() == 0:
            o[i // 32] = total

    elementwise[simd_width=1, target="gpu"](per_warp, Coord(64), ctx)
    with sums.map_to_host() as h:
        print(h, bump)
    # CHECK-NEXT: HostBuffer([528.0, 1552.0]) 0

    # On the host (target="cpu", the default), with an Int shape.
    var seen = String()
    def show[width: Int, alignment: Int = 1](c: Coord) {mut seen}:
        seen += String(width) + "@" + String(c) + " "
    elementwise[simd_width=2](show, 5, ctx)
    print(seen)
    # CHECK-NEXT: 2@(0) 2@(2) 1@(4)

    # vectorize with the body as an argument.
    var total = 0
    def acc[w: Int](i: Int) {mut total}:
        total += w * 100 + i
    vectorize[4](10, acc)
    print(total)
    # CHECK-NEXT: 1021

    print(align_of[DType.float32](), size_of[DType.float64](), align_of[SIMD[DType.float32, 4]]())
    # CHECK-NEXT: 4 8 16

# The kernel takes the shape, then the captures by value: p (a pointer),
# scale (an f32) and rows (an IndexList[2], two 64-bit words).
# PTX-NOT: warning
# PTX-LABEL: .visible .entry ignis_kernel_0(
# PTX-DAG: ld.param.b64 {{.*}}[ignis_kernel_0_param_0];
# PTX-DAG: ld.param.b64 {{.*}}[ignis_kernel_0_param_1];
# PTX-DAG: ld.param.b32 {{.*}}[ignis_kernel_0_param_2];
# PTX-DAG: ld.param.v2.b64 {{.*}}[ignis_kernel_0_param_3];
# PTX-DAG: st.global.b32
# PTX-NOT: ignis_rt_
