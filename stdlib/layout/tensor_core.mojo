# layout.tensor_core: warp-wide matrix multiply-accumulate (tensor cores).
#
# `TensorCore[out_type, in_type, Index(M, N, K)]` loads the calling lane's
# share (fragment) of an M x K tile of A, a K x N tile of B and an M x N
# tile of C into register tiles, `mma_op` computes D = A * B + C for the
# whole warp, and `store_d` writes the lane's share of D back. Fragments
# follow NVIDIA's mma.sync register layouts (lane l: group g = l // 4,
# thread-in-group t = l % 4), so lane-level code sees what it would on the
# GPU. Every lane of the warp takes part in mma_op.
#
# On NVIDIA mma_op is `mma.sync.aligned` (tf32 for float32 inputs); on the
# cpu device the runtime gathers the warp's fragments and computes the
# product exactly in float32 (gpu/runtime/CpuMma.cpp). Shapes: float32
# 16x8x8 and 16x8x4, float16 / bfloat16 16x8x16, accumulating in float32.
# AMD GPUs (whose MFMA layouts differ) are not supported yet: a
# compile-time error.
#
# Ignis's own implementation of the part of Mojo 1.0's `layout.tensor_core`
# that programs use.

from std.sys import is_nvidia_gpu, is_amd_gpu
from std.memory import UnsafePointer
from std.memory.address_space import AddressSpace
from std.gpu.globals import WARP_SIZE
from std.gpu.primitives.id import lane_id
from std.utils.index import IndexList
from layout.layout import Layout
from layout.layout_tensor import LayoutTensor

comptime shape_16x8x4 = IndexList[3](16, 8, 4)
comptime shape_16x8x8 = IndexList[3](16, 8, 8)
comptime shape_16x8x16 = IndexList[3](16, 8, 16)


def num_matrix_reg[dim_1: Int, dim_2: Int]() -> Int:
    """Registers per lane that a dim_1 x dim_2 fragment takes (its elements
    spread over the warp)."""
    return (dim_1 * dim_2) // WARP_SIZE


def _mma_kind[in_type: DType, out_type: DType, m: Int, n: Int, k: Int]() -> Int:
    """The runtime's code for a supported mma (ignis_gpu_cpu_warp_mma), or
    -1."""
    if out_type != DType.float32 or m != 16 or n != 8:
        return -1
    if in_type == DType.float32 and k == 8:
        return 0
    if in_type == DType.float32 and k == 4:
        return 1
    if in_type == DType.float16 and k == 16:
        return 2
    if in_type == DType.bfloat16 and k == 16:
        return 3
    return -1


# The fragment layouts: the row and column of the element that register i
# of lane l holds (group g = l // 4, thread-in-group t = l % 4).


@always_inline
def _a_row[half: Bool, k: Int](lane: Int, i: Int) -> Int:
    comptime if half:
        return lane // 4 + 8 * ((i // 2) % 2)
    elif k == 8:
        return lane // 4 + 8 * (i % 2)
    else:
        return lane // 4 + 8 * i


@always_inline
def _a_col[half: Bool, k: Int](lane: Int, i: Int) -> Int:
    comptime if half:
        return 2 * (lane % 4) + i % 2 + 8 * (i // 4)
    elif k == 8:
        return lane % 4 + 4 * (i // 2)
    else:
        return lane % 4


@always_inline
def _b_row[half: Bool](lane: Int, i: Int) -> Int:
    """The k of B's register i (its n is lane // 4)."""
    comptime if half:
        return 2 * (lane % 4) + i % 2 + 8 * (i // 2)
    else:
        return lane % 4 + 4 * i


@always_inline
def _c_row(lane: Int, i: Int) -> Int:
    return lane // 4 + 8 * (i // 2)


@always_inline
def _c_col(lane: Int, i: Int) -> Int:
    return 2 * (lane % 4) + i % 2


@always_inline
def _regs[
    dtype: DType, layout: Layout
](slot: __builtin.pointer[Scalar[dtype]]) -> LayoutTensor[
    dtype, layout, MutAnyOrigin, address_space = AddressSpace.LOCAL
]:
    """A register tile over the caller's stack slot."""
    return LayoutTensor[
        dtype, layout, MutAnyOrigin, address_space = AddressSpace.LOCAL
    ](
        UnsafePointer[Scalar[dtype], address_space = AddressSpace.LOCAL](
            raw=__builtin.addrspace_cast[AddressSpace.LOCAL](slot)
        )
    )


@always_inline
def _bits32[dtype: DType](p: UnsafePointer[Scalar[dtype], address_space = AddressSpace.LOCAL], i: Int) -> Int32:
    """The 32 bits at element i (4-byte registers: a float32, or a pair of
    16-bit values from element 2i)."""
    var q = p.bitcast[Int32]()
    return q[i]


@register_passable("trivial")
struct TensorCore[
    out_type: DType,
    in_type: DType,
    shape: IndexList[3],
    transpose_b: Bool = False,
](Defaultable, ImplicitlyCopyable):
    """Warp-wide D = A * B + C on shape[0] x shape[1] x shape[2] tiles."""

    comptime _m = Self.shape[0]
    comptime _n = Self.shape[1]
    comptime _k = Self.shape[2]
    comptime _half = Self.in_type == DType.float16 or Self.in_type == DType.bfloat16
    comptime _a_n = num_matrix_reg[Self._m, Self._k]()
    comptime _b_n = num_matrix_reg[Self._k, Self._n]()
    comptime _c_n = num_matrix_reg[Self._m, Self._n]()

    comptime a_reg_type = SIMD[Self.in_type, Self._a_n]
    comptime b_reg_type = SIMD[Self.in_type, Self._b_n]
    comptime c_reg_type = SIMD[Self.out_type, Self._c_n]
    comptime a_reg_tile_type = LayoutTensor[
        Self.in_type, Layout.col_major(1, Self._a_n), MutAnyOrigin,
        address_space = AddressSpace.LOCAL,
    ]
    comptime b_reg_tile_type = LayoutTensor[
        Self.in_type, Layout.row_major(Self._b_n, 1), MutAnyOrigin,
        address_space = AddressSpace.LOCAL,
    ]
    comptime c_reg_tile_type = LayoutTensor[
        Self.out_type, Layout.col_major(1, Self._c_n), MutAnyOrigin,
        address_space = AddressSpace.LOCAL,
    ]

    def __init__(out self):
        comptime assert not is_amd_gpu(), (
            "TensorCore is not supported on AMD GPUs by Ignis yet"
        )
        comptime assert _mma_kind[Self.in_type, Self.out_type, Self._m, Self._n, Self._k]() >= 0, (
            "no mma of this shape and these types: float32 16x8x8 or 16x8x4,"
            " float16/bfloat16 16x8x16, accumulating in float32"
        )

    @always_inline
    def load_a(
        self,
        a: LayoutTensor,
        *,
        _slot: __builtin.pointer[Scalar[Self.in_type]] = __builtin.stack_alloc[
            Scalar[Self.in_type], Self._a_n
        ](),
    ) -> Self.a_reg_tile_type:
        """The calling lane's fragment of the shape[0] x shape[2] tile a."""
        comptime assert a.rank == 2, "load_a takes a rank-2 tile"
        var r = _regs[Self.in_type, Self.a_reg_tile_type.layout](_slot)
        var lane = lane_id()
        comptime for i in range(Self._a_n):
            var row = _a_row[Self._half, Self._k](lane, i)
            var col = _a_col[Self._half, Self._k](lane, i)
            r.ptr[i] = rebind[Scalar[Self.in_type]](a[row, col])
        return r

    @always_inline
    def load_b(
        self,
        b: LayoutTensor,
        *,
        _slot: __builtin.pointer[Scalar[Self.in_type]] = __builtin.stack_alloc[
            Scalar[Self.in_type], Self._b_n
        ](),
    ) -> Self.b_reg_tile_type:
        """The calling lane's fragment of the shape[2] x shape[1] tile b (of
        its shape[1] x shape[2] transpose with transpose_b)."""
        comptime assert b.rank == 2, "load_b takes a rank-2 tile"
        var r = _regs[Self.in_type, Self.b_reg_tile_type.layout](_slot)
        var lane = lane_id()
        comptime for i in range(Self._b_n):
            var k = _b_row[Self._half](lane, i)
            comptime if Self.transpose_b:
                r.ptr[i] = rebind[Scalar[Self.in_type]](b[lane // 4, k])
            else:
                r.ptr[i] = rebind[Scalar[Self.in_type]](b[k, lane // 4])
        return r

    @always_inline
    def load_c(
        self,
        c: LayoutTensor,
        *,
        _slot: __builtin.pointer[Scalar[Self.out_type]] = __builtin.stack_alloc[
            Scalar[Self.out_type], Self._c_n
        ](),
    ) -> Self.c_reg_tile_type:
        """The calling lane's fragment of the shape[0] x shape[1] tile c."""
        comptime assert c.rank == 2, "load_c takes a rank-2 tile"
        var r = _regs[Self.out_type, Self.c_reg_tile_type.layout](_slot)
        var lane = lane_id()
        comptime for i in range(Self._c_n):
            r.ptr[i] = rebind[Scalar[Self.out_type]](c[_c_row(lane, i), _c_col(lane, i)])
        return r

    @always_inline
    def store_d(self, d_dst: LayoutTensor[mut=True, ...], d_src: LayoutTensor):
        """Writes the calling lane's fragment d_src (from mma_op or load_c)
        into its places in the shape[0] x shape[1] tile d_dst."""
        comptime assert d_dst.rank == 2, "store_d writes a rank-2 tile"
        comptime assert d_dst.dtype == Self.out_type, (
            "destination tensor must have the same type"
        )
        var lane = lane_id()
        comptime for i in range(Self._c_n):
            d_dst[_c_row(lane, i), _c_col(lane, i)] = rebind[Scalar[d_dst.dtype]](
                d_src.ptr[i]
            )

    @always_inline
    def mma_op(
        self,
        a: LayoutTensor,
        b: LayoutTensor,
        c: LayoutTensor,
        *,
        _slot: __builtin.pointer[Scalar[Self.out_type]] = __builtin.stack_alloc[
            Scalar[Self.out_type], Self._c_n
        ](),
    ) -> Self.c_reg_tile_type:
        """D = A * B + C over the warp, from the lanes' fragments a, b, c
        (load_a, load_b, load_c); every lane of the warp must call it."""
        var d = _regs[Self.out_type, Self.c_reg_tile_type.layout](_slot)
        var ap = rebind[UnsafePointer[Scalar[Self.in_type], address_space = AddressSpace.LOCAL]](a.ptr)
        var bp = rebind[UnsafePointer[Scalar[Self.in_type], address_space = AddressSpace.LOCAL]](b.ptr)
        var cp = rebind[UnsafePointer[Scalar[Self.out_type], address_space = AddressSpace.LOCAL]](c.ptr)
        comptime kind = _mma_kind[Self.in_type, Self.out_type, Self._m, Self._n, Self._k]()
        comptime if is_nvidia_gpu():
            var cv = SIMD[DType.float32, 4](
                rebind[Float32](cp[0]), rebind[Float32](cp[1]),
                rebind[Float32](cp[2]), rebind[Float32](cp[3]),
            )
            var r: SIMD[DType.float32, 4]
            comptime if kind == 0:
                r = SIMD[DType.float32, 4](
                    raw=__builtin.llvm_intrinsic[
                        "llvm.nvvm.mma.m16n8k8.row.col.tf32", __builtin.simd[DType.float32, 4]
                    ](
                        _bits32(ap, 0)._value, _bits32(ap, 1)._value,
                        _bits32(ap, 2)._value, _bits32(ap, 3)._value,
                        _bits32(bp, 0)._value, _bits32(bp, 1)._value,
                        cv[0]._value, cv[1]._value, cv[2]._value, cv[3]._value,
                    )
                )
            elif kind == 1:
                r = SIMD[DType.float32, 4](
                    raw=__builtin.llvm_intrinsic[
                        "llvm.nvvm.mma.m16n8k4.row.col.tf32", __builtin.simd[DType.float32, 4]
                    ](
                        _bits32(ap, 0)._value, _bits32(ap, 1)._value,
                        _bits32(bp, 0)._value,
                        cv[0]._value, cv[1]._value, cv[2]._value, cv[3]._value,
                    )
                )
            elif kind == 2:
                var ah = ap.bitcast[SIMD[DType.float16, 2]]()
                var bh = bp.bitcast[SIMD[DType.float16, 2]]()
                r = SIMD[DType.float32, 4](
                    raw=__builtin.llvm_intrinsic[
                        "llvm.nvvm.mma.m16n8k16.row.col.f32.f32", __builtin.simd[DType.float32, 4]
                    ](
                        ah[0]._value, ah[1]._value, ah[2]._value, ah[3]._value,
                        bh[0]._value, bh[1]._value,
                        cv[0]._value, cv[1]._value, cv[2]._value, cv[3]._value,
                    )
                )
            else:
                r = SIMD[DType.float32, 4](
                    raw=__builtin.llvm_intrinsic[
                        "llvm.nvvm.mma.m16n8k16.row.col.bf16", __builtin.simd[DType.float32, 4]
                    ](
                        _bits32(ap, 0)._value, _bits32(ap, 1)._value,
                        _bits32(ap, 2)._value, _bits32(ap, 3)._value,
                        _bits32(bp, 0)._value, _bits32(bp, 1)._value,
                        cv[0]._value, cv[1]._value, cv[2]._value, cv[3]._value,
                    )
                )
            comptime for i in range(4):
                d.ptr[i] = rebind[Scalar[Self.out_type]](r[i])
        else:
            __builtin.external_call["ignis_gpu_cpu_warp_mma"](
                Int(kind)._value,
                __builtin.addrspace_cast[0](ap._ptr),
                __builtin.addrspace_cast[0](bp._ptr),
                __builtin.addrspace_cast[0](cp._ptr),
                __builtin.addrspace_cast[0](d.ptr._ptr),
            )
        return d
