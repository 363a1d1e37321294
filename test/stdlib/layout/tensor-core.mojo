# layout.tensor_core.TensorCore: one warp computes D = A * B + C. Each lane
# loads its fragments (NVIDIA's mma.sync register layouts: lane 5 holds rows
# 1 and 9, columns 1 and 5 of A for 16x8x8), mma_op combines the warp's
# fragments, store_d writes each lane's share of D. On the cpu device the
# product is exact float32; on NVIDIA it is mma.sync (tf32 for float32).
# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis build --emit=ptx %s | FileCheck %s --check-prefix=PTX
# RUN: not %ignis build --emit=asm --target-accelerator=amdgpu:gfx942 %s 2>&1 | FileCheck %s --check-prefix=AMD
# RUN: not %ignis run %s --half-warp 2>&1 | FileCheck %s --check-prefix=HALF

from std.gpu import thread_idx, lane_id
from std.gpu.host import DeviceContext
from std.sys import argv
from std.utils import Index
from layout import Layout, LayoutTensor
from layout.tensor_core import TensorCore

comptime M = 16
comptime N = 8


def mma_kernel[
    dtype: DType, K: Int, transpose_b: Bool
](
    a: LayoutTensor[dtype, Layout.row_major(M, K), MutAnyOrigin],
    b: LayoutTensor[dtype, Layout.row_major(K, N) if not transpose_b else Layout.row_major(N, K), MutAnyOrigin],
    c: LayoutTensor[DType.float32, Layout.row_major(M, N), MutAnyOrigin],
    d: LayoutTensor[DType.float32, Layout.row_major(M, N), MutAnyOrigin],
    frag: LayoutTensor[dtype, Layout.row_major(32, 8), MutAnyOrigin],
):
    var mma = TensorCore[DType.float32, dtype, Index(M, N, K), transpose_b]()
    var a_reg = mma.load_a(a)
    var b_reg = mma.load_b(b)
    var c_reg = mma.load_c(c)
    var d_reg = mma.mma_op(a_reg, b_reg, c_reg)
    mma.store_d(d, d_reg)
    # Each lane's A fragment, for the layout check.
    comptime for i in range(K // 2):
        frag[lane_id(), i] = a_reg.ptr[i]


def run[dtype: DType, K: Int, transpose_b: Bool = False](ctx: DeviceContext, name: String) raises:
    var abuf = ctx.enqueue_create_buffer[dtype](M * K)
    var bbuf = ctx.enqueue_create_buffer[dtype](K * N)
    var cbuf = ctx.enqueue_create_buffer[DType.float32](M * N)
    var dbuf = ctx.enqueue_create_buffer[DType.float32](M * N)
    var fbuf = ctx.enqueue_create_buffer[dtype](32 * 8)
    with abuf.map_to_host() as ah, bbuf.map_to_host() as bh, cbuf.map_to_host() as ch:
        for i in range(M * K):
            ah[i] = Scalar[dtype](i % 7 - 3)  # row i // K, column i % K
        for i in range(K * N):
            bh[i] = Scalar[dtype](i % 5 - 2)
        for i in range(M * N):
            ch[i] = Float32(i)
    comptime kernel = mma_kernel[dtype, K, transpose_b]
    ctx.enqueue_function[kernel](
        LayoutTensor[dtype, Layout.row_major(M, K), MutAnyOrigin](abuf),
        LayoutTensor[dtype, Layout.row_major(K, N) if not transpose_b else Layout.row_major(N, K), MutAnyOrigin](bbuf),
        LayoutTensor[DType.float32, Layout.row_major(M, N), MutAnyOrigin](cbuf),
        LayoutTensor[DType.float32, Layout.row_major(M, N), MutAnyOrigin](dbuf),
        LayoutTensor[dtype, Layout.row_major(32, 8), MutAnyOrigin](fbuf),
        grid_dim=1,
        block_dim=32,
    )
    ctx.synchronize()
    var ok = True
    with abuf.map_to_host() as ah, bbuf.map_to_host() as bh, cbuf.map_to_host() as ch, dbuf.map_to_host() as dh:
        for m in range(M):
            for n in range(N):
                var acc = ch[m * N + n]
                for k in range(K):
                    var bv = bh[n * K + k] if transpose_b else bh[k * N + n]
                    acc += Float32(ah[m * K + k]) * Float32(bv)
                if acc != dh[m * N + n]:
                    ok = False
        print(name, "d[0,0]", dh[0], "d[15,7]", dh[M * N - 1], "matches:", ok)
    with fbuf.map_to_host() as fh:
        print(name, "lane 5 holds a:", fh[5 * 8], fh[5 * 8 + 1], fh[5 * 8 + 2], fh[5 * 8 + 3])


def half_warp(d: LayoutTensor[DType.float32, Layout.row_major(M, N), MutAnyOrigin]):
    var mma = TensorCore[DType.float32, DType.float32, Index(M, N, 8)]()
    var c_reg = mma.load_c(d)
    if thread_idx.x < 16:
        c_reg = mma.mma_op(c_reg, c_reg, c_reg)


def main() raises:
    var ctx = DeviceContext()
    if len(argv()) > 1:
        var dbuf = ctx.enqueue_create_buffer[DType.float32](M * N)
        ctx.enqueue_function[half_warp](
            LayoutTensor[DType.float32, Layout.row_major(M, N), MutAnyOrigin](dbuf),
            grid_dim=1, block_dim=32,
        )
        ctx.synchronize()
        return
    run[DType.float32, 8](ctx, "f32 16x8x8")
    run[DType.float32, 4](ctx, "f32 16x8x4")
    run[DType.float32, 8, True](ctx, "f32 16x8x8 transpose_b")
    run[DType.float16, 16](ctx, "f16 16x8x16")
    run[DType.bfloat16, 16](ctx, "bf16 16x8x16")

# A[m, k] = (m * K + k) % 7 - 3. Lane 5 (group 1, thread 1) holds, for K = 8,
# A[1, 1], A[9, 1], A[1, 5], A[9, 5] = 9%7-3, 73%7-3, 13%7-3, 77%7-3.
# CHECK: f32 16x8x8 d[0,0] {{.*}} matches: True
# CHECK: f32 16x8x8 lane 5 holds a: -1.0 0.0 3.0 -3.0
# CHECK: f32 16x8x4 d[0,0] {{.*}} matches: True
# K = 4: A[1, 1], A[9, 1] = 5%7-3, 37%7-3.
# CHECK: f32 16x8x4 lane 5 holds a: 2.0 -1.0 
# CHECK: f32 16x8x8 transpose_b d[0,0] {{.*}} matches: True
# CHECK: f16 16x8x16 d[0,0] {{.*}} matches: True
# K = 16: A[1, 2], A[1, 3], A[9, 2], A[9, 3] = 18%7-3, 19%7-3, 146%7-3, 147%7-3.
# CHECK: f16 16x8x16 lane 5 holds a: 1.0 2.0 3.0 -3.0
# CHECK: bf16 16x8x16 d[0,0] {{.*}} matches: True

# PTX: mma.sync.aligned.m16n8k8.row.col.f32.tf32.tf32.f32
# PTX: mma.sync.aligned.m16n8k4.row.col.f32.tf32.tf32.f32
# PTX: mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32
# PTX: mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32

# AMD: error: compile-time assertion failed: TensorCore is not supported on AMD GPUs by Ignis yet

# HALF: warp mma in kernel 'half_warp': block (0, 0, 0), warp 0
