# Layouts whose shape and strides are compile-time integers carried in the
# type: `row_major[4, 8]()` is a value of `Layout[4, 8, 8, 1]` (the shape,
# then the strides). The layout maps a coordinate to an offset,
# sum(coord[i] * stride[i]), and a linear index to a coordinate
# colexicographically (the first mode varies fastest), as CuTe-style
# layouts do. Layout values hold nothing at run time.
#
# Ignis's own implementation of Mojo 1.0's `layout.tile_layout` for layouts
# with static dimensions: flat ones (`Layout[*values]`), and the nested
# layouts blocked_product makes (`NestedLayout[shape, stride]`, seen by
# TileTensor through their leaves).

from std.memory.address_space import AddressSpace
from layout.int_tuple import IntTuple, _with_leaves
from layout.layout import Layout as IntTupleLayout
from layout.layout import zipped_divide as _zipped_divide_values
from layout.coord import Coord, CoordLike, _all_known, _unknown_like
from layout.int_tuple import UNKNOWN_VALUE
from std.utils.index import IndexList
from std.utils.coord import RuntimeInt


trait TensorLayout(ImplicitlyCopyable):
    """A layout as TileTensor uses it: rank, shape and strides known at
    compile time."""

    comptime rank: Int
    comptime flat_rank: Int
    comptime size: Int
    comptime cosize: Int
    comptime all_dims_known: Bool
    comptime shape_tuple: IntTuple
    comptime stride_tuple: IntTuple

    @staticmethod
    def static_shape[i: Int]() -> Int:
        ...

    @staticmethod
    def static_stride[i: Int]() -> Int:
        ...

    def _shape_value[i: Int](self) -> Int:
        """Extent of leaf i at run time (the static one when known)."""
        ...

    def _stride_value[i: Int](self) -> Int:
        """Stride of leaf i at run time (the static one when known)."""
        ...


def _product[first: Int, last: Int, *values: Int]() -> Int:
    """values[first] * ... * values[last - 1] (1 when empty)."""
    var p = 1
    comptime for i in range(first, last):
        p *= values[i]
    return p


def _cosize[rank: Int, *values: Int]() -> Int:
    """1 + the largest offset the layout maps to (0 when empty)."""
    var top = 0
    comptime for i in range(rank):
        comptime if values[i] == 0:
            return 0
        top += (values[i] - 1) * values[rank + i]
    return top + 1


def _row_major_strides[*shape: Int]() -> List[Int]:
    var strides = List[Int]()
    comptime for i in range(len(shape)):
        strides.append(_product[i + 1, len(shape), *shape]())
    return strides^


def _col_major_strides[*shape: Int]() -> List[Int]:
    var strides = List[Int]()
    comptime for i in range(len(shape)):
        strides.append(_product[0, i, *shape]())
    return strides^


@register_passable("trivial")
struct Layout[*values: Int](TensorLayout, Writable):
    """A flat layout: values holds the shape, then the strides
    (`Layout[2, 3, 3, 1]` is the 2x3 row-major layout)."""

    comptime rank = len(Self.values) // 2
    comptime flat_rank = Self.rank
    comptime size = _product[0, Self.rank, *Self.values]()
    comptime cosize = _cosize[Self.rank, *Self.values]()
    comptime all_dims_known = True
    comptime static_product = Self.size
    comptime shape_tuple = _tuple_of_values[0, Self.rank, *Self.values]()
    comptime stride_tuple = _tuple_of_values[
        Self.rank, 2 * Self.rank, *Self.values
    ]()

    def __init__(out self):
        comptime assert len(Self.values) % 2 == 0, (
            "a Layout takes its shape, then as many strides"
        )

    @staticmethod
    def static_shape[i: Int]() -> Int:
        comptime assert i >= 0 and i < Self.rank, "mode index out of range"
        return Self.values[i]

    @staticmethod
    def static_stride[i: Int]() -> Int:
        comptime assert i >= 0 and i < Self.rank, "mode index out of range"
        return Self.values[Self.rank + i]

    @always_inline
    def _shape_value[i: Int](self) -> Int:
        return Self.static_shape[i]()

    @always_inline
    def _stride_value[i: Int](self) -> Int:
        return Self.static_stride[i]()

    def shape[i: Int](self) -> Int:
        return Self.static_shape[i]()

    def stride[i: Int](self) -> Int:
        return Self.static_stride[i]()

    def product(self) -> Int:
        """The number of coordinates (the product of the shape)."""
        return Self.size

    def size(self) -> Int:
        return Self.size

    def cosize(self) -> Int:
        return Self.cosize

    def __call__(self, i: Int) -> Int:
        """The offset of linear index i (its coordinate taken
        colexicographically)."""
        var offset = 0
        var rest = i
        comptime for m in range(Self.rank):
            comptime extent = Self.values[m]
            offset += (rest % extent) * Self.values[Self.rank + m]
            rest //= extent
        return offset

    def __call__(self, i: Int, j: Int) -> Int:
        comptime assert Self.rank == 2, "two coordinates for a rank-2 layout"
        return i * Self.values[2] + j * Self.values[3]

    def __call__[A: CoordLike](self, crd: A) -> Int:
        """The offset of a coordinate (one integer per mode; a single
        integer is a linear index)."""
        return self.to_layout().crd2idx(_crd_tuple(crd))

    def __init__[
        A: CoordLike, B: CoordLike
    ](out self: NestedLayout[A.S, B.S], shape: A, stride: B):
        """`Layout(shape, stride)` of two coordinates (a NestedLayout,
        whose run-time leaves hold the coordinates' values)."""
        self = NestedLayout[A.S, B.S](shape, stride)

    def to_layout(self) -> IntTupleLayout:
        """The same layout as a layout.Layout value."""
        var shape = IntTuple()
        var stride = IntTuple()
        comptime for m in range(Self.rank):
            shape.append(Self.values[m])
            stride.append(Self.values[Self.rank + m])
        return IntTupleLayout(shape, stride)

    def idx2crd(self, i: Int) -> Coord[_unknown_like(_tuple_of_rank[Self.rank]())]:
        """The coordinate whose offset is i (the inverse of calling the
        layout): coordinate m is (i // stride[m]) % shape[m]."""
        var crd = Coord[_unknown_like(_tuple_of_rank[Self.rank]())]()
        comptime for m in range(Self.rank):
            comptime d = Self.values[Self.rank + m]
            crd.value[m] = 0 if d == 0 else (i // d) % Self.values[m]
        return crd

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`((4, 8):(8, 1))`: the shape, then the strides (`(8:1)` for one
        mode)."""
        comptime if Self.rank == 1:
            writer.write("(", Self.values[0], ":", Self.values[1], ")")
            return
        writer.write("((")
        comptime for m in range(Self.rank):
            comptime if m > 0:
                writer.write(", ")
            writer.write(Self.values[m])
        writer.write("):(")
        comptime for m in range(Self.rank):
            comptime if m > 0:
                writer.write(", ")
            writer.write(Self.values[Self.rank + m])
        writer.write("))")


def _tuple_of_values[first: Int, last: Int, *values: Int]() -> IntTuple:
    var t = IntTuple()
    comptime for i in range(first, last):
        t.append(values[i])
    return t


def _tuple_of_rank[rank: Int]() -> IntTuple:
    var t = IntTuple()
    for _ in range(rank):
        t.append(0)
    return t


def _strides_of[L: TensorLayout]() -> List[Int]:
    var strides = List[Int]()
    comptime for i in range(L.rank):
        strides.append(L.static_stride[i]())
    return strides^


def _outer_leaf(shape: IntTuple, stride: IntTuple, mode: Int) -> Int:
    """For a mode of two leaves, the one a tile index steps (the larger
    stride); the other is the tile's."""
    var d = stride.tuple_at(mode).flatten()
    return 0 if d[0] > d[1] else 1


def _tile_strides[L: TensorLayout, *tile_shape: Int]() -> List[Int]:
    """The strides of a tile of L: an integer mode keeps its stride; a
    nested mode of two leaves keeps its inner leaf's (the tile must have
    that leaf's extent)."""
    var strides = List[Int]()
    comptime S = L.shape_tuple
    comptime D = L.stride_tuple
    comptime for m in range(len(tile_shape)):
        if S.is_value(m):
            strides.append(D[m])
        else:
            var inner = 1 - _outer_leaf(S, D, m)
            strides.append(D.tuple_at(m).flatten()[inner])
    return strides^


def _tile_steps[L: TensorLayout, *tile_shape: Int]() -> List[Int]:
    """How far tile index i of each mode moves: tile extent times the
    stride for an integer mode, the outer leaf's stride for a nested one."""
    var steps = List[Int]()
    comptime S = L.shape_tuple
    comptime D = L.stride_tuple
    comptime for m in range(len(tile_shape)):
        if S.is_value(m):
            steps.append(tile_shape[m] * D[m])
        else:
            steps.append(D.tuple_at(m).flatten()[_outer_leaf(S, D, m)])
    return steps^


def _tile_fits[L: TensorLayout, *tile_shape: Int]() -> Bool:
    """Whether each nested mode has two leaves, the inner one the tile's
    extent."""
    comptime S = L.shape_tuple
    comptime D = L.stride_tuple
    comptime for m in range(len(tile_shape)):
        if not S.is_value(m):
            var leaves = S.tuple_at(m).flatten()
            if len(leaves) != 2:
                return False
            if leaves[1 - _outer_leaf(S, D, m)] != tile_shape[m]:
                return False
    return True


comptime TiledLayout[L: TensorLayout, *tile_shape: Int] = Layout[
    *tile_shape, *_tile_strides[L, *tile_shape]()
]
"""The layout of a tile of shape `tile_shape` inside a tensor of layout L:
the tile's shape with L's strides (of a nested mode, its inner leaf's)."""


comptime RowMajorLayout[*shape: Int] = Layout[
    *shape, *_row_major_strides[*shape]()
]
comptime ColMajorLayout[*shape: Int] = Layout[
    *shape, *_col_major_strides[*shape]()
]


def row_major[*shape: Int]() -> RowMajorLayout[*shape]:
    """The row-major layout of shape (the last mode is contiguous)."""
    return RowMajorLayout[*shape]()


def col_major[*shape: Int]() -> ColMajorLayout[*shape]:
    """The column-major layout of shape (the first mode is contiguous)."""
    return ColMajorLayout[*shape]()


def _vectorized_shape[L: TensorLayout, *vector: Int]() -> List[Int]:
    var shape = List[Int]()
    comptime for i in range(L.rank):
        shape.append(L.static_shape[i]() // vector[i])
    return shape^


def _vectorized_strides[L: TensorLayout, *vector: Int]() -> List[Int]:
    """L's strides counted in vectors of the product of `vector` elements
    (the vector runs along L's unit-stride mode)."""
    var strides = List[Int]()
    comptime width = _product[0, len(vector), *vector]()
    comptime for i in range(L.rank):
        strides.append(L.static_stride[i]() * vector[i] // width)
    return strides^


comptime VectorizedLayout[L: TensorLayout, *vector: Int] = Layout[
    *_vectorized_shape[L, *vector](), *_vectorized_strides[L, *vector]()
]
"""The layout of L seen as vectors of shape `vector`: each mode's extent
divided by the vector's, strides counted in whole vectors."""


def _vectorizable[L: TensorLayout, *vector: Int]() -> Bool:
    """True when the vector lies along one unit-stride mode (contiguous) and
    divides L's shape and strides."""
    var wide = 0
    comptime width = _product[0, len(vector), *vector]()
    comptime for i in range(L.rank):
        comptime if vector[i] > 1:
            wide += 1
            if L.static_stride[i]() != 1:
                return False
        if L.static_shape[i]() % vector[i] != 0:
            return False
        if (L.static_stride[i]() * vector[i]) % width != 0:
            return False
    return wide <= 1 and len(vector) == L.rank


def _distributed_shape[L: TensorLayout, T: TensorLayout]() -> List[Int]:
    var shape = List[Int]()
    comptime for i in range(L.rank):
        shape.append(L.static_shape[i]() // T.static_shape[i]())
    return shape^


def _distributed_strides[L: TensorLayout, T: TensorLayout]() -> List[Int]:
    var strides = List[Int]()
    comptime for i in range(L.rank):
        strides.append(L.static_stride[i]() * T.static_shape[i]())
    return strides^


comptime DistributedLayout[L: TensorLayout, T: TensorLayout] = Layout[
    *_distributed_shape[L, T](), *_distributed_strides[L, T]()
]
"""The part of a tensor of layout L one thread of the thread layout T
gets: every T.shape[i]-th element of mode i."""


def _leaf_of(t: IntTuple, i: Int) -> Int:
    return t.flatten()[i]


@register_passable("trivial")
struct NestedLayout[S: IntTuple, D: IntTuple](TensorLayout, Writable):
    """A layout whose modes may nest (`((2, 2), (2, 3)):((1, 12), (2, 4))`),
    carried in the type as IntTuples; an UNKNOWN_VALUE leaf is an extent
    or stride known only at run time, held in the value. As a TensorLayout
    it is seen through its leaves: `static_shape[i]()` and
    `static_stride[i]()` are the i-th integers of the flattened shape and
    strides, and `flat_rank` counts them (a TileTensor indexes it with one
    integer per leaf)."""

    comptime shape_tuple = Self.S
    comptime stride_tuple = Self.D
    comptime rank = len(Self.S)
    comptime flat_rank = len(Self.S.flatten())
    comptime all_dims_known = _all_known(Self.S) and _all_known(Self.D)
    comptime size = Self.S.product() if Self.all_dims_known else UNKNOWN_VALUE
    comptime static_product = Self.size
    comptime cosize = IntTupleLayout(
        Self.S, Self.D
    ).cosize() if Self.all_dims_known else UNKNOWN_VALUE

    var _shape_values: IndexList[Self.flat_rank]
    var _stride_values: IndexList[Self.flat_rank]

    def __init__(out self):
        """The layout of the type's values (unknown ones 0)."""
        self._shape_values = IndexList[Self.flat_rank]()
        self._stride_values = IndexList[Self.flat_rank]()
        comptime for i in range(Self.flat_rank):
            comptime d = _leaf_of(Self.S, i)
            comptime t = _leaf_of(Self.D, i)
            comptime if d != UNKNOWN_VALUE:
                self._shape_values[i] = d
            comptime if t != UNKNOWN_VALUE:
                self._stride_values[i] = t

    def __init__[A: CoordLike, B: CoordLike](out self, shape: A, stride: B):
        """The layout of shape and stride's values."""
        self._shape_values = IndexList[Self.flat_rank]()
        self._stride_values = IndexList[Self.flat_rank]()
        comptime for i in range(Self.flat_rank):
            self._shape_values[i] = shape._coord_leaf(i)
            self._stride_values[i] = stride._coord_leaf(i)

    def __init__(out self, *, copy: Self):
        self._shape_values = copy._shape_values
        self._stride_values = copy._stride_values

    @staticmethod
    def static_shape[i: Int]() -> Int:
        comptime assert i >= 0 and i < Self.flat_rank, "mode index out of range"
        return _leaf_of(Self.S, i)

    @staticmethod
    def static_stride[i: Int]() -> Int:
        comptime assert i >= 0 and i < Self.flat_rank, "mode index out of range"
        return _leaf_of(Self.D, i)

    @always_inline
    def _shape_value[i: Int](self) -> Int:
        comptime d = _leaf_of(Self.S, i)
        comptime if d != UNKNOWN_VALUE:
            return d
        else:
            return self._shape_values[i]

    @always_inline
    def _stride_value[i: Int](self) -> Int:
        comptime d = _leaf_of(Self.D, i)
        comptime if d != UNKNOWN_VALUE:
            return d
        else:
            return self._stride_values[i]

    def shape[i: Int](self) -> RuntimeInt:
        """The extent of mode i (the product of its leaves)."""
        comptime first = _leaves_before_mode(Self.S, i)
        comptime count = len(Self.S.tuple_at(i).flatten())
        var n = 1
        comptime for k in range(count):
            n *= self._shape_values[first + k]
        return RuntimeInt(n)

    def stride[i: Int](self) -> RuntimeInt:
        """The stride of mode i (of its first leaf)."""
        return RuntimeInt(self._stride_values[_leaves_before_mode(Self.S, i)])

    def product(self) -> Int:
        var p = 1
        comptime for i in range(Self.flat_rank):
            p *= self._shape_values[i]
        return p

    def size(self) -> Int:
        return self.product()

    def cosize(self) -> Int:
        return self.to_layout().cosize()

    def __call__(self, i: Int) -> Int:
        """The offset of linear index i (colexicographic, nested modes
        counted through in turn)."""
        var offset = 0
        var rest = i
        comptime for m in range(Self.flat_rank):
            var extent = self._shape_values[m]
            offset += (rest % extent) * self._stride_values[m]
            rest //= extent
        return offset

    def __call__[A: CoordLike](self, crd: A) -> Int:
        """The offset of a coordinate: one integer per mode (counting
        through a nested mode colexicographically) or nested as the shape;
        a single integer is a linear index."""
        return self.to_layout().crd2idx(_crd_tuple(crd))

    def to_layout(self) -> IntTupleLayout:
        """The same layout as a layout.Layout value (nesting kept, run-time
        values filled in)."""
        var shape = IntTuple()
        var stride = IntTuple()
        for i in range(Self.flat_rank):
            shape.append(self._shape_values[i])
            stride.append(self._stride_values[i])
        return IntTupleLayout(
            _with_leaves(Self.S, shape), _with_leaves(Self.D, stride)
        )

    def idx2crd(self, i: Int) -> Coord[_unknown_like(Self.S)]:
        """The coordinate, nested as the shape, of offset i: each leaf's is
        (i // stride) % extent."""
        var crd = Coord[_unknown_like(Self.S)]()
        comptime for m in range(Self.flat_rank):
            var d = self._stride_values[m]
            crd.value[m] = 0 if d == 0 else (i // d) % self._shape_values[m]
        return crd

    def write_repr_to(self, mut writer: Some[Writer]):
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`(((2, 2), (2, 3)):((1, 12), (2, 4)))`."""
        writer.write(self.to_layout())


def _leaves_before_mode(t: IntTuple, mode: Int) -> Int:
    var n = 0
    for m in range(mode):
        n += len(t.tuple_at(m).flatten())
    return n


def _blocked_shape[A: TensorLayout, B: TensorLayout]() -> IntTuple:
    var shape = IntTuple()
    comptime for i in range(A.rank):
        shape.append(IntTuple(A.static_shape[i](), B.static_shape[i]()))
    return shape


def _blocked_stride[A: TensorLayout, B: TensorLayout]() -> IntTuple:
    var stride = IntTuple()
    comptime for i in range(A.rank):
        stride.append(
            IntTuple(A.static_stride[i](), B.static_stride[i]() * A.size)
        )
    return stride


comptime BlockedProductLayout[A: TensorLayout, B: TensorLayout] = NestedLayout[
    _blocked_shape[A, B](), _blocked_stride[A, B]()
]
"""The layout blocked_product(block, tiler) returns: mode i is
(block_i, tiler_i) with strides (block's, tiler's times the block's
size)."""


def blocked_product[
    A: TensorLayout, B: TensorLayout, //
](block: A, tiler: B) -> BlockedProductLayout[A, B]:
    """Every element of tiler replaced by a copy of block: mode i of the
    result is (block_i, tiler_i) with strides (block_i's, tiler_i's times
    block's size). Both are flat layouts of the same rank."""
    comptime assert A.rank == B.rank, (
        "blocked_product: the block and the tiler need the same rank"
    )
    comptime assert A.rank == A.flat_rank and B.rank == B.flat_rank, (
        "blocked_product: the block and the tiler must be flat layouts"
    )
    return BlockedProductLayout[A, B]()


def _crd_tuple[A: CoordLike](crd: A) -> IntTuple:
    """crd's run-time values, nested as its structure."""
    var flat = IntTuple()
    comptime for i in range(len(A.S.flatten())):
        flat.append(crd._coord_leaf(i))
    return _with_leaves(A.S, flat)


def _row_major_stride_tuple(shape: IntTuple) -> IntTuple:
    """Row-major strides over shape's leaves, nested as shape; a stride is
    UNKNOWN_VALUE when an extent after it is."""
    var flat = shape.flatten()
    var stride = IntTuple()
    for i in range(len(flat)):
        var step = 1
        for k in range(i + 1, len(flat)):
            if flat[k] == UNKNOWN_VALUE or step == UNKNOWN_VALUE:
                step = UNKNOWN_VALUE
            else:
                step *= flat[k]
        stride.append(step)
    return _with_leaves(shape, stride)


def _col_major_stride_tuple(shape: IntTuple) -> IntTuple:
    """Column-major strides over shape's leaves, nested as shape; a stride
    is UNKNOWN_VALUE when an extent before it is."""
    var flat = shape.flatten()
    var stride = IntTuple()
    var step = 1
    for i in range(len(flat)):
        stride.append(step)
        if flat[i] == UNKNOWN_VALUE or step == UNKNOWN_VALUE:
            step = UNKNOWN_VALUE
        else:
            step *= flat[i]
    return _with_leaves(shape, stride)


comptime RowMajorNestedLayout[S: IntTuple] = NestedLayout[
    S, _row_major_stride_tuple(S)
]
comptime ColMajorNestedLayout[S: IntTuple] = NestedLayout[
    S, _col_major_stride_tuple(S)
]


def row_major[A: CoordLike](shape: A) -> RowMajorNestedLayout[A.S]:
    """The row-major layout of a coordinate's extents (compile-time or run
    time): the last extent contiguous."""
    var l = RowMajorNestedLayout[A.S]()
    comptime n = len(A.S.flatten())
    var step = 1
    comptime for k in range(n):
        comptime i = n - 1 - k
        var extent = shape._coord_leaf(i)
        l._shape_values[i] = extent
        l._stride_values[i] = step
        step *= extent
    return l


def col_major[A: CoordLike](shape: A) -> ColMajorNestedLayout[A.S]:
    """The column-major layout of a coordinate's extents: the first extent
    contiguous."""
    var l = ColMajorNestedLayout[A.S]()
    comptime n = len(A.S.flatten())
    var step = 1
    comptime for i in range(n):
        var extent = shape._coord_leaf(i)
        l._shape_values[i] = extent
        l._stride_values[i] = step
        step *= extent
    return l


def row_major[
    B: CoordLike
](shape: Tuple[Int, B]) -> RowMajorNestedLayout[IntTuple(UNKNOWN_VALUE, B.S)]:
    """`row_major((rows, Idx[8]))`: a run-time extent and a coordinate."""
    return row_major(Coord(shape))


def row_major(
    shape: Tuple[Int, Int]
) -> RowMajorNestedLayout[IntTuple(UNKNOWN_VALUE, UNKNOWN_VALUE)]:
    return row_major(Coord(shape))


def row_major_nested[A: CoordLike](shape: A) -> RowMajorNestedLayout[A.S]:
    """Row-major strides over the flattened nested shape, re-nested:
    ((a, b), (c, d)) gets ((b*c*d, c*d), (d, 1))."""
    return row_major(shape)


def col_major_nested[A: CoordLike](shape: A) -> ColMajorNestedLayout[A.S]:
    """Column-major strides over the flattened nested shape, re-nested:
    ((a, b), (c, d)) gets ((1, a), (a*b, a*b*c))."""
    return col_major(shape)


def _zipped_shape[L: TensorLayout, tiler: IntTuple]() -> IntTuple:
    return _zipped_divide_values(
        _values_layout[L](), IntTupleLayout(tiler)
    ).shape


def _zipped_stride[L: TensorLayout, tiler: IntTuple]() -> IntTuple:
    return _zipped_divide_values(
        _values_layout[L](), IntTupleLayout(tiler)
    ).stride


def _values_layout[L: TensorLayout]() -> IntTupleLayout:
    """The flat layout.Layout value of L's leaves."""
    var shape = IntTuple()
    var stride = IntTuple()
    comptime for i in range(L.flat_rank):
        shape.append(L.static_shape[i]())
        stride.append(L.static_stride[i]())
    return IntTupleLayout(shape, stride)


comptime ZippedDivideLayout[L: TensorLayout, tiler: IntTuple] = NestedLayout[
    _zipped_shape[L, tiler](), _zipped_stride[L, tiler]()
]


def zipped_divide[
    L: TensorLayout, //, tiler: Coord
](layout: L) -> ZippedDivideLayout[L, type_of(tiler).S]:
    """layout cut into tiles of tiler's shape: the first mode is one tile
    (the tile's extents with layout's strides), the second the grid of
    tiles: zipped_divide[coord[2, 2]()](row_major[6, 4]()) is
    (((2, 2), (3, 2)):((4, 1), (8, 2)))."""
    comptime assert L.rank == L.flat_rank, (
        "zipped_divide: the layout must be flat"
    )
    return ZippedDivideLayout[L, type_of(tiler).S]()
