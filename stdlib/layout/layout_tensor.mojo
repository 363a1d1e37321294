# LayoutTensor: a pointer to elements of `dtype` viewed through a Layout
# value given as a parameter (`LayoutTensor[DType.float32,
# Layout.row_major(4, 8)]`). Indexing `t[i, j]` reads the element at
# layout.crd2idx((i, j)); `tile` views a block with the same strides;
# `stack_allocation()` makes one in the stack frame or, in a kernel, in
# shared memory; copy_dram_to_sram(_async) spreads a copy over the threads
# of a block. Tensors are trivially copyable views: they never own memory.
#
# Ignis's own implementation of Mojo 1.0's `layout.layout_tensor`. Every
# tensor carries a RuntimeLayout (its shape and strides at run time); the
# compile-time layout's known values are used directly, so a fully static
# tensor never reads it, while UNKNOWN_VALUE extents and strides (and the
# clipped shapes of masked tiles) come from it. LayoutTensorIter walks tiles
# of memory. The async copy is a plain copy (no target here has cp.async
# lowering yet); async_copy_wait_all then has nothing to wait for.

from std.memory import UnsafePointer
from std.memory.address_space import AddressSpace
from std.memory.unsafe_pointer import _device_check
from std.gpu.host.device_context import DeviceBuffer, HostBuffer
from std.gpu.primitives.id import thread_idx, block_dim
from layout.int_tuple import IntTuple, UNKNOWN_VALUE
from layout.layout import Layout
from layout.runtime_layout import RuntimeLayout
from layout.runtime_tuple import RuntimeTuple, _leaf
from layout.layout_tensor_layouts import (
    _leaves_before,
    _mode_leaves,
    _mode_known,
    _tile_layout,
    _tile_is_masked,
)
from layout.vectorized_tensor import (
    VectorizedLayoutTensor,
    _vector_layout,
    _distributed_layout,
)
from std.utils.index import IndexList


@register_passable("trivial")
struct LayoutTensor[
    mut: Bool = True,
    //,
    dtype: DType,
    layout: Layout,
    origin: Int = 0,
    *,
    address_space: Int = AddressSpace.GENERIC,
    masked: Bool = False,
](ImplicitlyCopyable, Writable):
    """A view of memory of `dtype` elements through `layout`."""

    comptime element_type = Scalar[Self.dtype]
    comptime rank = Self.layout.rank()
    comptime flat_rank = len(Self.layout.shape.flatten())
    comptime _static = Self.layout.all_dims_known() and not Self.masked

    var ptr: UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space]
    var runtime_layout: RuntimeLayout[Self.layout]

    # --- construction -------------------------------------------------------

    def __init__(
        out self,
        ptr: UnsafePointer[SIMD[Self.dtype, 1], address_space = Self.address_space],
    ):
        comptime assert Self.layout.all_dims_known(), (
            "a layout with UNKNOWN_VALUE dimensions needs a RuntimeLayout"
        )
        self.ptr = ptr
        self.runtime_layout = Self._partial_layout()

    def __init__(
        out self,
        ptr: UnsafePointer[SIMD[Self.dtype, 1], address_space = Self.address_space],
        runtime_layout: RuntimeLayout[Self.layout, ...],
    ):
        """A view through runtime_layout: its extents and strides stand for
        the layout's UNKNOWN_VALUE ones."""
        self.ptr = ptr
        self.runtime_layout = RuntimeLayout[Self.layout](
            RuntimeTuple[Self.layout.shape](runtime_layout.shape.value),
            RuntimeTuple[Self.layout.stride](runtime_layout.stride.value),
        )

    def __init__(out self, buffer: DeviceBuffer[Self.dtype]):
        comptime assert Self.layout.all_dims_known(), (
            "a layout with UNKNOWN_VALUE dimensions needs a RuntimeLayout"
        )
        self.ptr = rebind[type_of(self.ptr)](buffer.unsafe_ptr())
        self.runtime_layout = Self._partial_layout()

    def __init__(
        out self,
        buffer: DeviceBuffer[Self.dtype],
        runtime_layout: RuntimeLayout[Self.layout, ...],
    ):
        self = Self(
            rebind[type_of(self.ptr)](buffer.unsafe_ptr()), runtime_layout
        )

    def __init__(out self, buffer: HostBuffer[Self.dtype]):
        comptime assert Self.layout.all_dims_known(), (
            "a layout with UNKNOWN_VALUE dimensions needs a RuntimeLayout"
        )
        self.ptr = rebind[type_of(self.ptr)](buffer.unsafe_ptr())
        self.runtime_layout = Self._partial_layout()

    def __init__(
        out self,
        buffer: HostBuffer[Self.dtype],
        runtime_layout: RuntimeLayout[Self.layout, ...],
    ):
        self = Self(
            rebind[type_of(self.ptr)](buffer.unsafe_ptr()), runtime_layout
        )

    def __init__[
        size: Int
    ](out self, ref storage: InlineArray[SIMD[Self.dtype, 1], size]):
        comptime assert Self.layout.all_dims_known(), (
            "a layout with UNKNOWN_VALUE dimensions needs a RuntimeLayout"
        )
        self.ptr = rebind[type_of(self.ptr)](storage.unsafe_ptr())
        self.runtime_layout = Self._partial_layout()

    def __init__(
        out self,
        ptr: UnsafePointer[SIMD[Self.dtype, 1], address_space = Self.address_space],
        *,
        _unset_layout: Bool,
    ):
        """A view whose runtime layout holds the static layout's known
        values (the caller sets the others)."""
        self.ptr = ptr
        self.runtime_layout = Self._partial_layout()

    def __init__(out self, *, copy: Self):
        self.ptr = copy.ptr
        self.runtime_layout = copy.runtime_layout

    @staticmethod
    def _partial_layout() -> RuntimeLayout[Self.layout]:
        return RuntimeLayout[Self.layout](
            RuntimeTuple[Self.layout.shape](), RuntimeTuple[Self.layout.stride]()
        )

    @staticmethod
    def stack_allocation(
        *,
        _slot: __builtin.pointer[Scalar[Self.dtype]] = __builtin.stack_alloc[
            Scalar[Self.dtype], Self.layout.cosize()
        ](),
    ) -> Self where Self.address_space != AddressSpace.SHARED:
        """A tensor in the caller's stack frame (uninitialised)."""
        return Self(
            UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space](
                raw=__builtin.addrspace_cast[Self.address_space](_slot)
            )
        )

    @staticmethod
    def stack_allocation(
        *,
        _shared: __builtin.pointer[
            Scalar[Self.dtype], AddressSpace.SHARED
        ] = __builtin.shared_alloc[Scalar[Self.dtype], Self.layout.cosize()](),
    ) -> Self where Self.address_space == AddressSpace.SHARED:
        """In a kernel, a tensor in the block's shared memory: one allocation
        per call site, the same for every thread of the block
        (uninitialised)."""
        return Self(
            UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space](
                raw=__builtin.addrspace_cast[Self.address_space](_shared)
            )
        )

    # --- shape and strides ----------------------------------------------------

    @always_inline
    def _stride_leaf[i: Int](self) -> Int:
        """Stride of leaf mode i: the layout's, or the runtime one when the
        layout leaves it unknown."""
        comptime s = _leaf(Self.layout.stride, i)
        comptime if s == UNKNOWN_VALUE:
            return self.runtime_layout.stride.value[i]
        else:
            return s

    @always_inline
    def _shape_leaf[i: Int](self) -> Int:
        comptime s = _leaf(Self.layout.shape, i)
        comptime if s == UNKNOWN_VALUE or Self.masked:
            return self.runtime_layout.shape.value[i]
        else:
            return s

    @always_inline
    def _offset[n: Int](self, idx: IndexList[n, ...]) -> Int:
        """The offset of a coordinate: one integer per leaf mode, or one per
        mode (counting through a nested mode colexicographically)."""
        var offset = 0
        comptime if n == Self.flat_rank:
            comptime for i in range(n):
                offset += idx[i] * self._stride_leaf[i]()
        else:
            comptime assert n == Self.rank, (
                "as many indices as the tensor's rank"
            )
            comptime for m in range(n):
                comptime first = _leaves_before(Self.layout, m)
                comptime count = _mode_leaves(Self.layout, m)
                var rest = idx[m]
                comptime for k in range(count):
                    comptime if k == count - 1:
                        offset += rest * self._stride_leaf[first + k]()
                    else:
                        var extent = self._shape_leaf[first + k]()
                        offset += (rest % extent) * self._stride_leaf[first + k]()
                        rest //= extent
        return offset

    @always_inline
    def _linear_offset(self, i: Int) -> Int:
        """The offset of linear index i (colexicographic)."""
        comptime if Self._static:
            comptime L = Self.layout
            return L(i)
        else:
            return self.runtime_layout(i)

    def size(self) -> Int:
        comptime if Self._static:
            return Self.layout.size()
        else:
            return self.runtime_layout.size()

    def dim[i: Int](self) -> Int:
        """The extent of mode i (known at compile time unless the layout
        leaves it unknown or the tensor is masked)."""
        comptime if _mode_known(Self.layout, i) and not Self.masked:
            return Self.layout[i].size()
        else:
            comptime first = _leaves_before(Self.layout, i)
            comptime count = _mode_leaves(Self.layout, i)
            var n = 1
            comptime for k in range(count):
                n *= self.runtime_layout.shape.value[first + k]
            return n

    def dim(self, i: Int) -> Int:
        """The extent of mode i."""
        comptime for m in range(Self.rank):
            if m == i:
                return self.dim[m]()
        return 0

    @staticmethod
    def shape[i: Int]() -> Int:
        """Extent i of the layout, static as in Mojo 1.0 (`t.shape[0]()`
        works in a comptime expression of a run-time tensor t); a run-time
        extent is UNKNOWN_VALUE here, `dim[i]()` gives its value."""
        return Self.layout.shape[i]

    @staticmethod
    def stride[i: Int]() -> Int:
        """Stride i of the layout, static (UNKNOWN_VALUE for a run-time
        stride; `runtime_layout.stride` holds those)."""
        return Self.layout.stride[i]

    # --- elements -----------------------------------------------------------

    @always_inline
    def _load(self, offset: Int, loc: _SourceLocation) -> Scalar[Self.dtype]:
        var p = self.ptr + offset
        _device_check[Scalar[Self.dtype]](__builtin.addrspace_cast[0](p._ptr), 1, 0, loc)
        return p.load()

    @always_inline
    def _store(self, offset: Int, value: Scalar[Self.dtype], loc: _SourceLocation):
        var p = self.ptr + offset
        _device_check[Scalar[Self.dtype]](__builtin.addrspace_cast[0](p._ptr), 1, 1, loc)
        p.store[1](value)

    @always_inline
    def __getitem__(self, i: Int) -> Scalar[Self.dtype]:
        comptime assert Self.rank == 1 or Self.flat_rank == 1, (
            "one index for a rank-1 tensor"
        )
        return self._load(self._offset(IndexList[1](i)), __builtin.call_location())

    @always_inline
    def __getitem__(self, i: Int, j: Int) -> Scalar[Self.dtype]:
        comptime assert Self.rank == 2 or Self.flat_rank == 2, (
            "two indices for a rank-2 tensor"
        )
        return self._load(
            self._offset(IndexList[2](i, j)), __builtin.call_location()
        )

    @always_inline
    def __getitem__(self, i: Int, j: Int, k: Int) -> Scalar[Self.dtype]:
        comptime assert Self.rank == 3 or Self.flat_rank == 3, (
            "three indices for a rank-3 tensor"
        )
        return self._load(
            self._offset(IndexList[3](i, j, k)), __builtin.call_location()
        )

    @always_inline
    def __getitem__(self, i: Int, j: Int, k: Int, l: Int) -> Scalar[Self.dtype]:
        comptime assert Self.rank == 4 or Self.flat_rank == 4, (
            "four indices for a rank-4 tensor"
        )
        return self._load(
            self._offset(IndexList[4](i, j, k, l)), __builtin.call_location()
        )

    @always_inline
    def __setitem__(self, i: Int, value: Scalar[Self.dtype]):
        comptime assert Self.rank == 1 or Self.flat_rank == 1, (
            "one index for a rank-1 tensor"
        )
        self._store(
            self._offset(IndexList[1](i)), value, __builtin.call_location()
        )

    @always_inline
    def __setitem__(self, i: Int, j: Int, value: Scalar[Self.dtype]):
        comptime assert Self.rank == 2 or Self.flat_rank == 2, (
            "two indices for a rank-2 tensor"
        )
        self._store(
            self._offset(IndexList[2](i, j)), value, __builtin.call_location()
        )

    @always_inline
    def __setitem__(self, i: Int, j: Int, k: Int, value: Scalar[Self.dtype]):
        comptime assert Self.rank == 3 or Self.flat_rank == 3, (
            "three indices for a rank-3 tensor"
        )
        self._store(
            self._offset(IndexList[3](i, j, k)), value, __builtin.call_location()
        )

    @always_inline
    def __setitem__(
        self, i: Int, j: Int, k: Int, l: Int, value: Scalar[Self.dtype]
    ):
        comptime assert Self.rank == 4 or Self.flat_rank == 4, (
            "four indices for a rank-4 tensor"
        )
        self._store(
            self._offset(IndexList[4](i, j, k, l)),
            value,
            __builtin.call_location(),
        )

    # --- vectors --------------------------------------------------------------

    @always_inline
    def load[
        n: Int, //, width: Int, load_alignment: Int = 1
    ](self, idx: IndexList[n]) -> SIMD[Self.dtype, width]:
        """`width` consecutive elements from coordinate idx (the last mode
        must be contiguous); the load may assume load_alignment bytes."""
        var p = self.ptr + self._offset(idx)
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 0, __builtin.call_location()
        )
        return p.load[width=width, alignment=load_alignment]()

    @always_inline
    def load[
        width: Int, load_alignment: Int = 1
    ](self, m: Int, n: Int) -> SIMD[Self.dtype, width]:
        """`width` consecutive elements from (m, n) of a rank-2 tensor."""
        var p = self.ptr + self._offset(IndexList[2](m, n))
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 0, __builtin.call_location()
        )
        return p.load[width=width, alignment=load_alignment]()

    @always_inline
    def aligned_load[
        n: Int, //, width: Int
    ](self, idx: IndexList[n]) -> SIMD[Self.dtype, width]:
        """load with the alignment of a whole vector."""
        var p = self.ptr + self._offset(idx)
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 0, __builtin.call_location()
        )
        return p.load[
            width=width, alignment=width * __builtin.size_of[Scalar[Self.dtype]]
        ]()

    @always_inline
    def store[
        n: Int, //, width: Int, store_alignment: Int = 1
    ](self, idx: IndexList[n], value: SIMD[Self.dtype, width]):
        """Stores `width` consecutive elements at coordinate idx."""
        var p = self.ptr + self._offset(idx)
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 1, __builtin.call_location()
        )
        p.store[width, alignment=store_alignment](value)

    @always_inline
    def store[
        width: Int, store_alignment: Int = 1
    ](self, m: Int, n: Int, value: SIMD[Self.dtype, width]):
        """Stores `width` consecutive elements at (m, n) of a rank-2
        tensor."""
        var p = self.ptr + self._offset(IndexList[2](m, n))
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 1, __builtin.call_location()
        )
        p.store[width, alignment=store_alignment](value)

    # --- whole-tensor operations ---------------------------------------------

    def fill(self, value: Scalar[Self.dtype]) -> Self:
        """Sets every element to value; returns the tensor."""
        for i in range(self.size()):
            self.ptr[self._linear_offset(i)] = value
        return self

    def copy_from(self, other: LayoutTensor[Self.dtype, ...]):
        """Copies other's elements (same size), coordinate by coordinate."""
        for i in range(self.size()):
            self.ptr[self._linear_offset(i)] = rebind[Scalar[Self.dtype]](
                other.ptr[other._linear_offset(i)]
            )

    # --- views --------------------------------------------------------------

    comptime TileType[*tile_shape: Int] = LayoutTensor[
        Self.dtype,
        _tile_layout[*tile_shape](Self.layout),
        Self.origin,
        address_space = Self.address_space,
        masked = Self.masked or _tile_is_masked[*tile_shape](Self.layout),
    ]

    @always_inline
    def _tile_at[
        *tile_shape: Int
    ](self, corner: IndexList[len(tile_shape)]) -> Self.TileType[*tile_shape]:
        """The tile whose first element is at coordinate corner (one integer
        per mode); its runtime layout clips the shape at the tensor's edge
        when masked."""
        var t = Self.TileType[*tile_shape](
            self.ptr + self._offset(corner), _unset_layout=True
        )
        comptime if not Self.TileType[*tile_shape]._static:
            comptime assert Self.rank == Self.flat_rank, (
                "tiles of a nested layout need all its dimensions known"
            )
            comptime for m in range(Self.rank):
                comptime size = tile_shape[m]
                var left = self.dim[m]() - corner[m]
                t.runtime_layout.shape.value[m] = max(0, min(size, left))
                t.runtime_layout.stride.value[m] = self._stride_leaf[m]()
        return t

    @always_inline
    def tile[*tile_shape: Int](self, i: Int) -> Self.TileType[*tile_shape]:
        comptime assert len(tile_shape) == 1 and Self.rank == 1, (
            "one tile index for a rank-1 tensor"
        )
        return self._tile_at[*tile_shape](IndexList[1](i * tile_shape[0]))

    @always_inline
    def tile[
        *tile_shape: Int
    ](self, i: Int, j: Int) -> Self.TileType[*tile_shape]:
        comptime assert len(tile_shape) == 2 and Self.rank == 2, (
            "two tile indices for a rank-2 tensor"
        )
        return self._tile_at[*tile_shape](
            IndexList[2](i * tile_shape[0], j * tile_shape[1])
        )

    @always_inline
    def tile[
        *tile_shape: Int
    ](self, i: Int, j: Int, k: Int) -> Self.TileType[*tile_shape]:
        comptime assert len(tile_shape) == 3 and Self.rank == 3, (
            "three tile indices for a rank-3 tensor"
        )
        return self._tile_at[*tile_shape](
            IndexList[3](i * tile_shape[0], j * tile_shape[1], k * tile_shape[2])
        )

    comptime TiledIteratorType[*tile_shape: Int, axis: Int = 0] = LayoutTensorIter[
        Self.dtype,
        _tile_layout[*tile_shape](Self.layout),
        Self.origin,
        address_space = Self.address_space,
        axis=axis,
        masked = Self.masked or _tile_is_masked[*tile_shape](Self.layout),
    ]

    def tiled_iterator[
        *tile_shape: Int, axis: Int = 0
    ](self, *tile_coords: Int) -> Self.TiledIteratorType[
        *tile_shape, axis=axis
    ]:
        """An iterator over the tiles of tile_shape along `axis`, starting
        at tile tile_coords; `iter += 1` moves to the next tile."""
        comptime assert len(tile_shape) == Self.rank, (
            "one tile extent per mode of the tensor"
        )
        var corner = IndexList[len(tile_shape)]()
        comptime for m in range(len(tile_shape)):
            corner[m] = tile_coords[m] * tile_shape[m]
        var first = self._tile_at[*tile_shape](corner)
        comptime first_leaf = _leaves_before(Self.layout, axis)
        var axis_stride = self._stride_leaf[first_leaf]()
        return Self.TiledIteratorType[*tile_shape, axis=axis](
            first.ptr,
            self.dim[axis]() * axis_stride,
            first.runtime_layout,
            stride=tile_shape[axis] * axis_stride,
            dimension_bound=self.dim[axis](),
            idx=tile_coords[axis],
        )

    def vectorize[
        *vector_shape: Int
    ](self) -> VectorizedLayoutTensor[
        Self.dtype,
        _vector_layout(Self.layout, vector_shape[0], vector_shape[1]),
        vector_shape[0],
        vector_shape[1],
        Self.layout.stride[0],
        Self.layout.stride[1],
        Self.address_space,
    ]:
        """A rank-2 view of blocks of vector_shape elements, each read and
        written as one SIMD vector (row-major within the block)."""
        comptime assert len(vector_shape) == 2 and Self.rank == 2, (
            "vectorize takes two block dimensions of a rank-2 tensor"
        )
        comptime assert Self._static, (
            "vectorize needs a layout with every dimension known"
        )
        return {self.ptr}

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """A rank-2 tensor prints a row per line, each element followed by a
        space; other ranks print their elements in colexicographic order,
        separated by spaces."""
        comptime if Self.rank == 2:
            var rows = self.dim[0]()
            var cols = self.dim[1]()
            for m in range(rows):
                for n in range(cols):
                    writer.write(self[m, n], " ")
                if m < rows - 1:
                    writer.write("\n")
        else:
            var n = self.size()
            for i in range(n):
                writer.write(self.ptr[self._linear_offset(i)])
                if i != n - 1:
                    writer.write(" ")


@register_passable("trivial")
struct LayoutTensorIter[
    mut: Bool = True,
    //,
    dtype: DType,
    layout: Layout,
    origin: Int = 0,
    /,
    *,
    address_space: Int = AddressSpace.GENERIC,
    alignment: Int = 1,
    circular: Bool = False,
    axis: Optional[Int] = None,
    masked: Bool = False,
](ImplicitlyCopyable):
    """Tensors of `layout` at successive places of memory: `iter[]` is the
    tensor at the current place, `iter += n` moves n strides on (wrapping
    at `bound` when circular)."""

    var ptr: UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space]
    var offset: Int
    var stride: Int
    var bound: Int
    var runtime_layout: RuntimeLayout[Self.layout]
    var dimension_bound: Int
    var idx: Int

    def __init__(
        out self,
        ptr: UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space],
        bound: Int,
        stride: Int = Self.layout.size(),
        offset: Int = 0,
    ):
        """Tiles of memory from ptr: the first at `offset`, each `stride`
        elements (the layout's size) after the previous, `bound` elements
        in all."""
        comptime assert Self.layout.all_dims_known(), (
            "Cannot construct LayoutTensorIter with unknown layout."
        )
        self.ptr = ptr
        self.offset = offset
        self.stride = stride
        self.bound = bound
        self.runtime_layout = RuntimeLayout[Self.layout]()
        self.dimension_bound = 0
        self.idx = 0

    def __init__(
        out self,
        ptr: UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space],
        bound: Int,
        runtime_layout: RuntimeLayout[Self.layout, ...],
        stride: Int = UNKNOWN_VALUE,
        offset: Int = 0,
        dimension_bound: Int = 0,
        idx: Int = 0,
    ):
        """Tiles whose shape and strides runtime_layout gives (stride
        defaults to its size); a masked iterator along an axis clips the
        tile's extent on that axis at dimension_bound."""
        comptime if Self.axis is not None:
            comptime assert not Self.circular, (
                "Circular use case is not supported if an axis is defined."
            )
        self.ptr = ptr
        self.offset = offset
        self.stride = runtime_layout.size() if stride == UNKNOWN_VALUE else stride
        self.bound = bound
        self.runtime_layout = RuntimeLayout[Self.layout](
            RuntimeTuple[Self.layout.shape](runtime_layout.shape.value),
            RuntimeTuple[Self.layout.stride](runtime_layout.stride.value),
        )
        self.dimension_bound = dimension_bound
        self.idx = idx

    def __init__(out self, *, copy: Self):
        self.ptr = copy.ptr
        self.offset = copy.offset
        self.stride = copy.stride
        self.bound = copy.bound
        self.runtime_layout = copy.runtime_layout
        self.dimension_bound = copy.dimension_bound
        self.idx = copy.idx

    comptime LayoutTensorType = LayoutTensor[
        Self.dtype,
        Self.layout,
        Self.origin,
        address_space = Self.address_space,
        masked = Self.masked,
    ]

    @always_inline
    def get(self) -> Self.LayoutTensorType:
        """The tensor at the current place."""
        var t = Self.LayoutTensorType(self.ptr + self.offset, _unset_layout=True)
        t.runtime_layout = self.runtime_layout
        return t

    @always_inline
    def __getitem__(self) -> Self.LayoutTensorType:
        return self.get()

    @always_inline
    def __iadd__(mut self, rhs: Int):
        """Moves rhs tiles on (unchecked: stay within the bound)."""
        self.offset += rhs * self.stride
        comptime if Self.axis is not None:
            self.idx += rhs
            comptime if Self.masked:
                comptime a = Self.axis
                comptime extent = _leaf(Self.layout.shape, a)
                self.runtime_layout.shape.value[a] = max(
                    0, min(self.dimension_bound - self.idx * extent, extent)
                )
        comptime if Self.circular:
            self.offset = self.offset % self.bound

    @always_inline
    def next(self, rhs: Int = 1) -> Self:
        """A copy moved rhs tiles on."""
        var result = self
        result += rhs
        return result

    @always_inline
    def next_unsafe(self, rhs: Int = 1) -> Self:
        return self.next(rhs)


def _compute_distribute_layout[
    data_layout: Layout, threads_layout: Layout, axis: Optional[Int] = None
]() -> Layout:
    """The layout of one thread's share when threads_layout's threads tile
    data_layout (every rows(threads)-th row, cols(threads)-th column)."""
    return _distributed_layout(data_layout, threads_layout)


def _block_thread_id() -> Int:
    return thread_idx.x + block_dim.x * (thread_idx.y + block_dim.y * thread_idx.z)


def copy_dram_to_sram[
    thread_layout: Layout,
    num_threads: Int = thread_layout.size(),
    block_dim_count: Int = 1,
](dst: LayoutTensor[mut=True, ...], src: LayoutTensor):
    """Copies src into dst (same size), the elements spread over the first
    num_threads threads of the block: thread t copies the coordinates t,
    t + num_threads, ... Each thread of the block must call it."""
    comptime assert dst._static and src._static, (
        "copy_dram_to_sram needs tensors with every dimension known"
    )
    var t = _block_thread_id()
    if t >= num_threads:
        return
    comptime DL = dst.layout
    comptime SL = src.layout
    comptime n = DL.size()
    var i = t
    while i < n:
        dst.ptr[DL(i)] = rebind[Scalar[dst.dtype]](src.ptr[SL(i)])
        i += num_threads


def copy_dram_to_sram_async[
    thread_layout: Layout,
    swizzle: Bool = False,
    masked: Bool = False,
    num_threads: Int = thread_layout.size(),
    block_dim_count: Int = 1,
](dst: LayoutTensor[mut=True, ...], src: LayoutTensor):
    """copy_dram_to_sram, enqueued; async_copy_wait_all() waits for it (on
    every target Ignis has today the copy is done when this returns)."""
    copy_dram_to_sram[thread_layout, num_threads, block_dim_count](dst, src)


def copy_dram_to_sram[
    thread_layout: Layout,
    num_threads: Int = thread_layout.size(),
    block_dim_count: Int = 1,
](dst: VectorizedLayoutTensor, src: VectorizedLayoutTensor):
    """The same over vectorized views (`t.vectorize[1, 4]()`): thread t
    copies the vectors t, t + num_threads, ... in coordinate order."""
    var t = _block_thread_id()
    if t >= num_threads:
        return
    comptime VL = dst.layout
    comptime rows = VL.shape[0]
    comptime n = VL.size()
    var i = t
    while i < n:
        dst[i % rows, i // rows] = rebind[SIMD[dst.dtype, dst.width]](
            src[i % rows, i // rows]
        )
        i += num_threads


def copy_dram_to_sram_async[
    thread_layout: Layout,
    swizzle: Bool = False,
    masked: Bool = False,
    num_threads: Int = thread_layout.size(),
    block_dim_count: Int = 1,
](dst: VectorizedLayoutTensor, src: VectorizedLayoutTensor):
    """copy_dram_to_sram over vectorized views, enqueued (done when this
    returns on every target Ignis has today)."""
    copy_dram_to_sram[thread_layout, num_threads, block_dim_count](dst, src)


def copy_sram_to_local[
    src_warp_layout: Layout,
    axis: Optional[Int] = None,
](dst: LayoutTensor[mut=True, ...], src: LayoutTensor):
    """Copies thread_idx.x's share of src (shared memory) into dst (local):
    with the threads laid out over src as src_warp_layout (a rank-2 layout
    of thread ids), thread t holds the elements whose row and column are
    congruent to its own row and column in src_warp_layout, and dst (the
    size of that share) receives them in its coordinate order. `axis` is
    accepted for Mojo's signature; Ignis distributes over both axes."""
    comptime assert dst._static and src._static, (
        "copy_sram_to_local needs tensors with every dimension known"
    )
    comptime TL = src_warp_layout
    comptime SL = src.layout
    comptime DL = dst.layout
    comptime tm = TL[0].size()
    comptime tn = TL[1].size()
    comptime rows = SL[0].size() // tm
    comptime n = DL.size()
    var t = thread_idx.x
    var k = 0
    while k < TL.size() and TL(k) != t:
        k += 1
    if k == TL.size():
        return
    var ti = k % tm
    var tj = k // tm
    for j in range(n):
        var r = ti + tm * (j % rows)
        var c = tj + tn * (j // rows)
        var off = SL(r + SL[0].size() * c)
        dst.ptr[DL(j)] = rebind[Scalar[dst.dtype]](src.ptr[off])
