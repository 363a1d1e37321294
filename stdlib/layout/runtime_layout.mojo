# RuntimeLayout: a Layout whose shape and strides are held at run time, as
# RuntimeTuples nested like the compile-time `layout` parameter. That
# parameter may leave extents or strides UNKNOWN_VALUE; a LayoutTensor made
# with a RuntimeLayout reads those from it.
#
# Ignis's own implementation of Mojo 1.0's `layout.runtime_layout`.

from layout.int_tuple import IntTuple, UNKNOWN_VALUE, flatten
from layout.layout import Layout
from layout.runtime_tuple import RuntimeTuple, _leaf
from std.utils.index import IndexList


@register_passable("trivial")
struct RuntimeLayout[
    layout: Layout,
    /,
    *,
    element_type: DType = DType.int64,
    linear_idx_type: DType = DType.int64,
](ImplicitlyCopyable, Writable):
    """Shape and strides of `layout`, held at run time."""

    comptime flat_rank = len(flatten(Self.layout.shape))
    comptime ShapeType = RuntimeTuple[
        Self.layout.shape, element_type = Self.element_type
    ]
    comptime StrideType = RuntimeTuple[
        Self.layout.stride, element_type = Self.linear_idx_type
    ]

    var shape: Self.ShapeType
    var stride: Self.StrideType

    def __init__(out self):
        """The static layout's own shape and strides (all must be known)."""
        comptime assert Self.layout.all_dims_known(), (
            "Static layout with known dims is required"
        )
        self.shape = {}
        self.stride = {}

    def __init__(out self, shape: Self.ShapeType, stride: Self.StrideType):
        self.shape = shape
        self.stride = stride

    def __init__(out self, *, copy: Self):
        self.shape = copy.shape
        self.stride = copy.stride

    @staticmethod
    def row_major[rank: Int, //](shape: IndexList[rank, ...]) -> Self:
        """The row-major layout of shape (the last extent contiguous)."""
        comptime assert rank == Self.flat_rank, (
            "row_major needs one extent per mode of the layout"
        )
        var s = Self.ShapeType()
        var d = Self.StrideType()
        var step = 1
        comptime for k in range(rank):
            comptime i = rank - 1 - k
            s.value[i] = shape[i]
            d.value[i] = step
            step *= shape[i]
        return Self(s, d)

    @staticmethod
    def col_major[rank: Int, //](shape: IndexList[rank, ...]) -> Self:
        """The column-major layout of shape (the first extent contiguous)."""
        comptime assert rank == Self.flat_rank, (
            "col_major needs one extent per mode of the layout"
        )
        var s = Self.ShapeType()
        var d = Self.StrideType()
        var step = 1
        comptime for i in range(rank):
            s.value[i] = shape[i]
            d.value[i] = step
            step *= shape[i]
        return Self(s, d)

    def __call__(self, idx: Int) -> Int:
        """The offset of linear index idx (the first mode varying fastest)."""
        var offset = 0
        var rest = idx
        comptime for i in range(Self.flat_rank):
            var n = self.shape.value[i]
            comptime if i == Self.flat_rank - 1:
                offset += rest * self.stride.value[i]
            else:
                offset += (rest % n) * self.stride.value[i]
                rest //= n
        return offset

    def __call__[n: Int](self, crd: IndexList[n, ...]) -> Int:
        """The offset of a coordinate with one integer per leaf mode."""
        comptime assert n == Self.flat_rank, (
            "one coordinate per mode of the layout"
        )
        var offset = 0
        comptime for i in range(n):
            offset += crd[i] * self.stride.value[i]
        return offset

    def size(self) -> Int:
        return self.shape.product()

    def dim(self, i: Int) -> Int:
        """The extent of leaf mode i."""
        return self.shape.value[i]

    def bound_check_required(self) -> Bool:
        """Whether an extent differs from the static layout's."""
        comptime for i in range(Self.flat_rank):
            comptime d = _leaf(Self.layout.shape, i)
            if self.shape.value[i] != d:
                return True
        return False

    def cast[
        _element_type: DType,
        /,
        *,
        target_linear_idx_type: DType = Self.linear_idx_type,
    ](self) -> RuntimeLayout[
        Self.layout,
        element_type=_element_type,
        linear_idx_type=target_linear_idx_type,
    ]:
        return RuntimeLayout[
            Self.layout,
            element_type=_element_type,
            linear_idx_type=target_linear_idx_type,
        ](
            self.shape.cast[_element_type](),
            self.stride.cast[target_linear_idx_type](),
        )

    @staticmethod
    def __len__() -> Int:
        return len(Self.layout)

    def write_repr_to(self, mut writer: Some[Writer]):
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`((4, 8):(8, 1))`, as Layout prints."""
        writer.write("(", self.shape, ":", self.stride, ")")
