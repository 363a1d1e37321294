# layout.vectorized_tensor: the view LayoutTensor.vectorize returns, a
# rank-2 tensor whose elements are small row-major blocks read as SIMD.

from std.memory import UnsafePointer
from std.memory.address_space import AddressSpace
from layout.int_tuple import IntTuple
from layout.layout import Layout


def _vector_layout(layout: Layout, rows: Int, cols: Int) -> Layout:
    """The layout of the blocks of rows x cols elements of layout."""
    return Layout(
        IntTuple(layout.shape[0] // rows, layout.shape[1] // cols),
        IntTuple(layout.stride[0] * rows, layout.stride[1] * cols),
    )


def _distributed_layout(layout: Layout, threads: Layout) -> Layout:
    """One thread's share of layout when threads tile it: every
    rows(threads)-th row and cols(threads)-th column."""
    var tm = threads[0].size()
    var tn = threads[1].size()
    return Layout(
        IntTuple(layout.shape[0] // tm, layout.shape[1] // tn),
        IntTuple(layout.stride[0] * tm, layout.stride[1] * tn),
    )


@register_passable("trivial")
struct VectorizedLayoutTensor[
    dtype: DType,
    layout: Layout,
    elem_rows: Int,
    elem_cols: Int,
    row_stride: Int,
    col_stride: Int,
    address_space: Int = AddressSpace.GENERIC,
](ImplicitlyCopyable):
    """A rank-2 view of `layout` (in blocks) over elements of `dtype`; block
    (i, j) is the elem_rows x elem_cols elements from its origin, read and
    written as one SIMD vector in row-major order."""

    comptime width = Self.elem_rows * Self.elem_cols
    comptime DistributedType[threads: Layout] = VectorizedLayoutTensor[
        Self.dtype,
        _distributed_layout(Self.layout, threads),
        Self.elem_rows,
        Self.elem_cols,
        Self.row_stride,
        Self.col_stride,
        Self.address_space,
    ]

    var ptr: UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space]

    def __init__(
        out self,
        ptr: UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space],
    ):
        self.ptr = ptr

    def _base(self, i: Int, j: Int) -> Int:
        comptime L = Self.layout
        return i * L.stride[0] + j * L.stride[1]

    def __getitem__(self, i: Int, j: Int) -> SIMD[Self.dtype, Self.width]:
        var base = self._base(i, j)
        var v = SIMD[Self.dtype, Self.width]()
        comptime for a in range(Self.elem_rows):
            comptime for b in range(Self.elem_cols):
                v[a * Self.elem_cols + b] = self.ptr[
                    base + a * Self.row_stride + b * Self.col_stride
                ]
        return v

    def __setitem__(self, i: Int, j: Int, v: SIMD[Self.dtype, Self.width]):
        var base = self._base(i, j)
        comptime for a in range(Self.elem_rows):
            comptime for b in range(Self.elem_cols):
                self.ptr[base + a * Self.row_stride + b * Self.col_stride] = v[
                    a * Self.elem_cols + b
                ]

    def distribute[threads: Layout](self, thread_id: Int) -> Self.DistributedType[threads]:
        """Thread thread_id's share when the threads, laid out as `threads`
        (a rank-2 layout of thread ids), tile this view; a thread id that
        `threads` does not hold gets thread 0's share."""
        comptime tm = threads[0].size()
        var k = 0
        while k < threads.size() and threads(k) != thread_id:
            k += 1
        if k == threads.size():
            k = 0
        return Self.DistributedType[threads](
            self.ptr + self._base(k % tm, k // tm)
        )

    def copy_from(self, other: VectorizedLayoutTensor[Self.dtype, ...]):
        """Copies other's blocks (same shape) block by block."""
        comptime rows = Self.layout.shape[0]
        comptime n = Self.layout.size()
        for i in range(n):
            self[i % rows, i // rows] = rebind[SIMD[Self.dtype, Self.width]](
                other[i % rows, i // rows]
            )

    def copy_from_async(self, other: VectorizedLayoutTensor[Self.dtype, ...]):
        """copy_from, enqueued; async_copy_wait_all() waits for it (on every
        target Ignis has today the copy is done when this returns)."""
        self.copy_from(other)
