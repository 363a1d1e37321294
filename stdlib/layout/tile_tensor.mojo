# TileTensor: a pointer to elements of `dtype` viewed through a layout whose
# shape and strides are compile-time values (layout.tile_layout). Indexing
# `t[i, j]` reads the element at offset i * stride0 + j * stride1; `tile`
# views a block of the tensor with the same strides; `stack_allocation`
# makes a tensor in the stack frame or, in a kernel, in shared memory.
# Tensors are trivially copyable views: they never own their memory.
#
# Ignis's own implementation of Mojo 1.0's `layout.tile_tensor` for flat
# layouts of rank 1 to 4 with static dimensions.

from std.memory import UnsafePointer
from std.memory.address_space import AddressSpace
from std.memory.unsafe_pointer import _device_check
from std.gpu.host.device_context import DeviceBuffer, HostBuffer
from layout.tile_layout import (
    TensorLayout,
    Layout,
    TiledLayout,
    VectorizedLayout,
    DistributedLayout,
    _vectorizable,
    NestedLayout,
    _tile_steps,
    _tile_fits,
)
from layout.int_tuple import IntTuple, UNKNOWN_VALUE
from layout.layout import Layout as IntTupleLayout
from layout.layout_tensor import LayoutTensor
from layout.coord import Coord, CoordLike


def _product_of[*values: Int]() -> Int:
    var p = 1
    comptime for i in range(len(values)):
        p *= values[i]
    return p


def _split_shape[L: TensorLayout, count: Int, axis: Int]() -> List[Int]:
    var shape = List[Int]()
    comptime for i in range(L.rank):
        if i == axis:
            shape.append(L.static_shape[i]() // count)
        else:
            shape.append(L.static_shape[i]())
    return shape^


def _unknown_at(t: IntTuple, i: Int) -> IntTuple:
    """t with element i UNKNOWN_VALUE."""
    var out = IntTuple()
    for k in range(len(t)):
        if k == i:
            out.append(UNKNOWN_VALUE)
        else:
            out.append(t[k])
    return out


def _int_tuple_layout[L: TensorLayout]() -> IntTupleLayout:
    """The layout.Layout value of a type-level layout."""
    var shape = IntTuple()
    var stride = IntTuple()
    comptime for i in range(L.rank):
        shape.append(L.static_shape[i]())
        stride.append(L.static_stride[i]())
    return IntTupleLayout(shape, stride)



@register_passable("trivial")
struct TileTensor[
    mut: Bool = True,
    //,
    dtype: DType,
    LayoutType: TensorLayout,
    origin: Int = 0,
    *,
    address_space: Int = AddressSpace.GENERIC,
    element_size: Int = 1,
](ImplicitlyCopyable, Writable):
    """A view of memory of `dtype` elements through `LayoutType`."""

    comptime ElementType = SIMD[Self.dtype, Self.element_size]
    comptime rank = Self.LayoutType.rank
    comptime flat_rank = Self.LayoutType.flat_rank
    comptime PointerType = UnsafePointer[
        Scalar[Self.dtype], address_space = Self.address_space
    ]

    var ptr: UnsafePointer[Scalar[Self.dtype], address_space = Self.address_space]
    var layout: Self.LayoutType

    # --- construction -------------------------------------------------------

    def __init__(
        out self,
        ptr: UnsafePointer[SIMD[Self.dtype, 1], address_space = Self.address_space],
        layout: Self.LayoutType,
    ):
        self.ptr = ptr
        self.layout = layout

    def __init__[
        size: Int
    ](out self, ref storage: InlineArray[SIMD[Self.dtype, 1], size], layout: Self.LayoutType):
        self.ptr = rebind[Self.PointerType](storage.unsafe_ptr())
        self.layout = layout

    def __init__(
        out self, ref list: List[SIMD[Self.dtype, 1]], layout: Self.LayoutType
    ):
        """A view of a List's elements (the List must outlive it)."""
        self.ptr = rebind[Self.PointerType](list.unsafe_ptr())
        self.layout = layout

    def __init__(out self, buffer: DeviceBuffer[Self.dtype], layout: Self.LayoutType):
        self.ptr = rebind[Self.PointerType](buffer.unsafe_ptr())
        self.layout = layout

    def __init__(out self, buffer: HostBuffer[Self.dtype], layout: Self.LayoutType):
        self.ptr = rebind[Self.PointerType](buffer.unsafe_ptr())
        self.layout = layout

    def __init__(out self, *, copy: Self):
        self.ptr = copy.ptr
        self.layout = copy.layout

    # --- elements -----------------------------------------------------------

    @always_inline
    def _offset(self, i: Int) -> Int:
        comptime assert Self.flat_rank == 1, "one index for a rank-1 tensor"
        return i * self.layout._stride_value[0]()

    @always_inline
    def _offset(self, i: Int, j: Int) -> Int:
        comptime assert Self.flat_rank == 2, "two indices for a rank-2 tensor"
        return (
            i * self.layout._stride_value[0]()
            + j * self.layout._stride_value[1]()
        )

    @always_inline
    def _offset(self, i: Int, j: Int, k: Int) -> Int:
        comptime assert Self.flat_rank == 3, "three indices for a rank-3 tensor"
        return (
            i * self.layout._stride_value[0]()
            + j * self.layout._stride_value[1]()
            + k * self.layout._stride_value[2]()
        )

    @always_inline
    def _offset(self, i: Int, j: Int, k: Int, l: Int) -> Int:
        comptime assert Self.flat_rank == 4, "four indices for a rank-4 tensor"
        return (
            i * self.layout._stride_value[0]()
            + j * self.layout._stride_value[1]()
            + k * self.layout._stride_value[2]()
            + l * self.layout._stride_value[3]()
        )

    @always_inline
    def _load(self, offset: Int, loc: _SourceLocation) -> Self.ElementType:
        var p = self.ptr + offset * Self.element_size
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), Self.element_size, 0, loc
        )
        return p.load[width = Self.element_size]()

    @always_inline
    def _store(self, offset: Int, value: Self.ElementType, loc: _SourceLocation):
        var p = self.ptr + offset * Self.element_size
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), Self.element_size, 1, loc
        )
        p.store[Self.element_size](value)

    @always_inline
    def __getitem__(self, i: Int) -> Self.ElementType:
        return self._load(self._offset(i), __builtin.call_location())

    @always_inline
    def __getitem__(self, i: Int, j: Int) -> Self.ElementType:
        return self._load(self._offset(i, j), __builtin.call_location())

    @always_inline
    def __getitem__(self, i: Int, j: Int, k: Int) -> Self.ElementType:
        return self._load(self._offset(i, j, k), __builtin.call_location())

    @always_inline
    def __getitem__(self, i: Int, j: Int, k: Int, l: Int) -> Self.ElementType:
        return self._load(self._offset(i, j, k, l), __builtin.call_location())

    @always_inline
    def __setitem__(self, i: Int, value: Self.ElementType):
        self._store(self._offset(i), value, __builtin.call_location())

    @always_inline
    def __setitem__(self, i: Int, j: Int, value: Self.ElementType):
        self._store(self._offset(i, j), value, __builtin.call_location())

    @always_inline
    def __setitem__(self, i: Int, j: Int, k: Int, value: Self.ElementType):
        self._store(self._offset(i, j, k), value, __builtin.call_location())

    @always_inline
    def __setitem__(
        self, i: Int, j: Int, k: Int, l: Int, value: Self.ElementType
    ):
        self._store(self._offset(i, j, k, l), value, __builtin.call_location())

    @always_inline
    def _coord_offset[A: CoordLike](self, crd: A) -> Int:
        """The offset of a coordinate with one integer per leaf mode (nested
        as the layout's shape, or flat)."""
        comptime assert len(A.S.flatten()) == Self.flat_rank, (
            "a coordinate needs one integer per leaf mode of the layout"
        )
        var offset = 0
        comptime for i in range(Self.flat_rank):
            offset += crd._coord_leaf(i) * self.layout._stride_value[i]()
        return offset

    @always_inline
    def __getitem__[A: CoordLike](self, crd: A) -> Self.ElementType:
        return self._load(self._coord_offset(crd), __builtin.call_location())

    @always_inline
    def __setitem__[A: CoordLike](self, crd: A, value: Self.ElementType):
        self._store(self._coord_offset(crd), value, __builtin.call_location())

    @always_inline
    def load[
        width: Int, A: CoordLike
    ](self, crd: A) -> SIMD[Self.dtype, width * Self.element_size]:
        """`width` elements from coordinate crd (consecutive in memory)."""
        var p = self.ptr + self._coord_offset(crd) * Self.element_size
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr),
            width * Self.element_size,
            0,
            __builtin.call_location(),
        )
        return p.load[width = width * Self.element_size]()

    @always_inline
    def load[
        width: Int
    ](self, crd: Tuple[Int, Int]) -> SIMD[Self.dtype, width * Self.element_size]:
        """`width` elements from (i, j)."""
        return self.load[width](Coord(crd))

    @always_inline
    def store[
        width: Int, A: CoordLike, //
    ](self, crd: A, value: SIMD[Self.dtype, width]):
        """Stores `value`'s elements from coordinate crd on (consecutive in
        memory)."""
        var p = self.ptr + self._coord_offset(crd) * Self.element_size
        _device_check[Scalar[Self.dtype]](
            __builtin.addrspace_cast[0](p._ptr), width, 1, __builtin.call_location()
        )
        p.store[width](value)

    @always_inline
    def store[
        width: Int, //
    ](self, crd: Tuple[Int, Int], value: SIMD[Self.dtype, width]):
        self.store(Coord(crd), value)

    def as_immut(
        self,
    ) -> TileTensor[
        mut=False,
        Self.dtype,
        Self.LayoutType,
        Self.origin,
        address_space = Self.address_space,
        element_size = Self.element_size,
    ]:
        """The same view, read-only."""
        return TileTensor[
            mut=False,
            Self.dtype,
            Self.LayoutType,
            Self.origin,
            address_space = Self.address_space,
            element_size = Self.element_size,
        ](rebind[UnsafePointer[SIMD[Self.dtype, 1], address_space = Self.address_space]](self.ptr), self.layout)

    # --- views --------------------------------------------------------------

    comptime TileType[*tile_shape: Int] = TileTensor[
        Self.dtype,
        TiledLayout[Self.LayoutType, *tile_shape],
        Self.origin,
        address_space = Self.address_space,
        element_size = Self.element_size,
    ]

    @always_inline
    def tile[*tile_shape: Int](self, i: Int) -> Self.TileType[*tile_shape]:
        """The i-th block of `tile_shape` elements: a view with this
        tensor's strides."""
        comptime assert len(tile_shape) == 1 and Self.rank == 1, (
            "one tile index for a rank-1 tensor"
        )
        var at = i * tile_shape[0] * Self.LayoutType.static_stride[0]()
        return Self.TileType[*tile_shape](
            self.ptr + at * Self.element_size,
            TiledLayout[Self.LayoutType, *tile_shape](),
        )

    @always_inline
    def tile[
        *tile_shape: Int
    ](self, i: Int, j: Int) -> Self.TileType[*tile_shape]:
        """The block (i, j) of `tile_shape` (rows x columns) elements."""
        comptime assert len(tile_shape) == 2 and Self.rank == 2, (
            "two tile indices for a rank-2 tensor"
        )
        comptime assert _tile_fits[Self.LayoutType, *tile_shape](), (
            "a tile of a nested mode has the extent of its inner leaf"
        )
        comptime steps = _tile_steps[Self.LayoutType, *tile_shape]()
        var at = i * steps[0] + j * steps[1]
        return Self.TileType[*tile_shape](
            self.ptr + at * Self.element_size,
            TiledLayout[Self.LayoutType, *tile_shape](),
        )

    @always_inline
    def tile[
        *tile_shape: Int
    ](self, i: Int, j: Int, k: Int) -> Self.TileType[*tile_shape]:
        comptime assert len(tile_shape) == 3 and Self.rank == 3, (
            "three tile indices for a rank-3 tensor"
        )
        var at = (
            i * tile_shape[0] * Self.LayoutType.static_stride[0]()
            + j * tile_shape[1] * Self.LayoutType.static_stride[1]()
            + k * tile_shape[2] * Self.LayoutType.static_stride[2]()
        )
        return Self.TileType[*tile_shape](
            self.ptr + at * Self.element_size,
            TiledLayout[Self.LayoutType, *tile_shape](),
        )

    def split[
        count: Int, axis: Int = 0
    ](self) -> InlineArray[
        Self.TileType[*_split_shape[Self.LayoutType, count, axis]()], count
    ]:
        """The tensor cut into `count` equal tiles along `axis` (rank 2;
        count must divide that extent)."""
        comptime assert Self.rank == 2 and Self.flat_rank == 2, (
            "split takes a rank-2 tensor"
        )
        comptime assert Self.LayoutType.static_shape[axis]() % count == 0, (
            "split: count must divide the extent"
        )
        comptime part = Self.LayoutType.static_shape[axis]() // count
        comptime Part = Self.TileType[
            *_split_shape[Self.LayoutType, count, axis]()
        ]
        var parts = InlineArray[Part, count](uninitialized=True)
        comptime for k in range(count):
            var at = k * part * self.layout._stride_value[axis]()
            parts[k] = Part(
                self.ptr + at * Self.element_size,
                TiledLayout[
                    Self.LayoutType,
                    *_split_shape[Self.LayoutType, count, axis](),
                ](),
            )
        return parts^

    comptime SplitPartType[axis: Int] = TileTensor[
        Self.dtype,
        NestedLayout[
            _unknown_at(Self.LayoutType.shape_tuple, axis),
            Self.LayoutType.stride_tuple,
        ],
        Self.origin,
        address_space = Self.address_space,
        element_size = Self.element_size,
    ]

    def split[
        axis: Int = 0
    ](self, count: Int, index: Int) -> Self.SplitPartType[axis]:
        """Part `index` of the tensor cut into `count` parts along `axis`
        (rank 2): its extent there is known only at run time (the last
        part takes what is left)."""
        comptime assert Self.rank == 2 and Self.flat_rank == 2, (
            "split takes a rank-2 tensor"
        )
        var extent = self.layout._shape_value[axis]()
        var part = (extent + count - 1) // count
        var first = min(index * part, extent)
        var layout = NestedLayout[
            _unknown_at(Self.LayoutType.shape_tuple, axis),
            Self.LayoutType.stride_tuple,
        ]()
        comptime for m in range(2):
            layout._shape_values[m] = self.layout._shape_value[m]()
            layout._stride_values[m] = self.layout._stride_value[m]()
        layout._shape_values[axis] = min(part, extent - first)
        var at = first * self.layout._stride_value[axis]()
        return Self.SplitPartType[axis](
            self.ptr + at * Self.element_size, layout
        )

    comptime VectorizedType[*vector: Int] = TileTensor[
        Self.dtype,
        VectorizedLayout[Self.LayoutType, *vector],
        Self.origin,
        address_space = Self.address_space,
        element_size = Self.element_size * _product_of[*vector](),
    ]

    @always_inline
    def vectorize[*vector: Int](self) -> Self.VectorizedType[*vector]:
        """The same memory as a tensor of vectors of shape `vector` (one
        extent per mode; the vector must run along the unit-stride mode):
        `t.vectorize[1, 4]()` of a 16x16 row-major tensor is a 16x4 tensor
        whose elements are SIMD[dtype, 4]."""
        comptime assert _vectorizable[Self.LayoutType, *vector](), (
            "vectorize: the vector must run along the unit-stride mode and"
            " divide the shape"
        )
        return Self.VectorizedType[*vector](
            rebind[Self.VectorizedType[*vector].PointerType](self.ptr),
            VectorizedLayout[Self.LayoutType, *vector](),
        )

    comptime DistributedType[T: TensorLayout] = TileTensor[
        Self.dtype,
        DistributedLayout[Self.LayoutType, T],
        Self.origin,
        address_space = Self.address_space,
        element_size = Self.element_size,
    ]

    @always_inline
    def distribute[
        T: TensorLayout, //, thread_layout: T
    ](self, thread_id: Int) -> Self.DistributedType[T]:
        """The elements thread `thread_id` of `thread_layout` owns: thread
        coordinate c_i = (thread_id // thread_stride_i) % thread_shape_i
        takes elements c_i, c_i + thread_shape_i, ... of mode i."""
        comptime assert T.rank == Self.rank, (
            "distribute: the thread layout needs the tensor's rank"
        )
        var at = 0
        comptime for i in range(Self.rank):
            var c = (thread_id // T.static_stride[i]()) % T.static_shape[i]()
            at += c * Self.LayoutType.static_stride[i]()
        return Self.DistributedType[T](
            self.ptr + at * Self.element_size,
            DistributedLayout[Self.LayoutType, T](),
        )

    @always_inline
    def _copy_elements_from(self, src: TileTensor, loc: _SourceLocation):
        """Element by element (colexicographic order), each converted to
        this tensor's dtype."""
        comptime assert src.element_size == Self.element_size, (
            "copy: both tensors need the same element size"
        )
        comptime assert src.LayoutType.size == Self.LayoutType.size, (
            "copy: both tensors need the same number of elements"
        )
        comptime for i in range(Self.LayoutType.size):
            var v = src._load(src.layout(i), loc)
            self._store(
                self.layout(i),
                rebind[Self.ElementType](
                    v.cast[Self.dtype]()
                ),
                loc,
            )

    @always_inline
    def copy_from(self, src: TileTensor):
        """Copies src's elements into this tensor (same number of elements,
        visited in the same order), converting each to this dtype."""
        self._copy_elements_from(src, __builtin.call_location())

    def to_layout_tensor(
        self,
    ) -> LayoutTensor[
        Self.dtype,
        _int_tuple_layout[Self.LayoutType](),
        Self.origin,
        address_space = Self.address_space,
    ]:
        """The same memory as a LayoutTensor (layout.Layout value)."""
        return LayoutTensor[
            Self.dtype,
            _int_tuple_layout[Self.LayoutType](),
            Self.origin,
            address_space = Self.address_space,
        ](self.ptr)

    # --- shape --------------------------------------------------------------

    def dim[i: Int](self) -> Int:
        """The extent of mode i (of leaf i for a nested layout)."""
        return self.layout._shape_value[i]()

    def num_elements(self) -> Int:
        comptime if Self.LayoutType.all_dims_known:
            return Self.LayoutType.size
        else:
            var n = 1
            comptime for i in range(Self.flat_rank):
                n *= self.layout._shape_value[i]()
            return n

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`[1.0, 2.0]`; a rank-2 tensor prints its rows:
        `[[1.0, 2.0], [3.0, 4.0]]`."""
        comptime if Self.rank == 2 and Self.flat_rank == 2:
            var rows = self.layout._shape_value[0]()
            var cols = self.layout._shape_value[1]()
            writer.write("[")
            for m in range(rows):
                writer.write("[")
                for n in range(cols):
                    writer.write(self.ptr[self._offset(m, n)])
                    if n < cols - 1:
                        writer.write(", ")
                writer.write("]")
                if m < rows - 1:
                    writer.write(", ")
            writer.write("]")
        else:
            var n = self.num_elements()
            writer.write("[")
            for i in range(n):
                writer.write(self.ptr[self.layout(i)])
                if i < n - 1:
                    writer.write(", ")
            writer.write("]")


def stack_allocation[
    LayoutType: TensorLayout,
    //,
    dtype: DType,
    address_space: Int = AddressSpace.GENERIC,
](
    layout: LayoutType,
    *,
    _slot: __builtin.pointer[Scalar[dtype]] = __builtin.stack_alloc[
        Scalar[dtype], LayoutType.cosize
    ](),
) -> TileTensor[dtype, LayoutType, address_space=address_space] where address_space != AddressSpace.SHARED:
    """A tensor of `layout` in the caller's stack frame (uninitialised)."""
    return TileTensor[dtype, LayoutType, address_space=address_space](
        UnsafePointer[Scalar[dtype], address_space=address_space](
            raw=__builtin.addrspace_cast[address_space](_slot)
        ),
        layout,
    )


def stack_allocation[
    LayoutType: TensorLayout,
    //,
    dtype: DType,
    address_space: Int = AddressSpace.GENERIC,
](
    layout: LayoutType,
    *,
    _shared: __builtin.pointer[Scalar[dtype], AddressSpace.SHARED] = __builtin.shared_alloc[
        Scalar[dtype], LayoutType.cosize
    ](),
) -> TileTensor[dtype, LayoutType, address_space=address_space] where address_space == AddressSpace.SHARED:
    """In a kernel, a tensor of `layout` in the block's shared memory: one
    allocation per call site, the same for every thread of the block
    (uninitialised)."""
    return TileTensor[dtype, LayoutType, address_space=address_space](
        UnsafePointer[Scalar[dtype], address_space=address_space](
            raw=__builtin.addrspace_cast[address_space](_shared)
        ),
        layout,
    )
