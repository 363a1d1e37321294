# Layout: a map from coordinates to offsets, given by a shape and strides
# (IntTuples). `Layout.row_major(4, 8)` is ((4, 8):(8, 1)): coordinate
# (i, j) is at i * 8 + j. A linear index names a coordinate
# colexicographically (the first mode varies fastest), as in CuTe. Layouts
# are compile-time values and parameters of LayoutTensor.
#
# Ignis's own implementation of Mojo 1.0's `layout.layout`. Shapes and
# strides may nest (`(((3, 2), (2, 5)):((1, 6), (3, 12)))`): construction,
# size, cosize, index maps and printing take any nesting; coalesce,
# composition and complement take flat layouts; blocked_product,
# tile_to_shape and zipped_divide take flat modes and build nested ones.

from layout.int_tuple import (
    IntTuple,
    UNKNOWN_VALUE,
    _fail,
    _with_leaves,
    prefix_product,
    product_each,
)


@register_passable("trivial")
struct Layout(ImplicitlyCopyable, Sized, Writable, Equatable):
    var shape: IntTuple
    var stride: IntTuple

    def __init__(out self):
        """The empty layout (rank 0, size 1)."""
        self.shape = IntTuple()
        self.stride = IntTuple()

    def __init__(out self, shape: IntTuple):
        """The column-major (compact, first mode contiguous) layout of
        shape, nested as shape is."""
        self.shape = shape
        self.stride = prefix_product(shape)

    def __init__(out self, shape: IntTuple, stride: IntTuple):
        if len(shape) != len(stride) or len(shape.flatten()) != len(
            stride.flatten()
        ):
            _fail("a Layout needs strides nested as its shape")
        self.shape = shape
        self.stride = stride

    @staticmethod
    def row_major(*dims: Int) -> Layout:
        """The row-major layout of dims (the last mode contiguous)."""
        var shape = IntTuple()
        for d in dims:
            shape.append(d)
        return Layout.row_major(shape)

    @staticmethod
    def row_major(shape: IntTuple) -> Layout:
        """The last integer of shape contiguous, the first the farthest."""
        var flat = shape.flatten()
        var stride = IntTuple()
        for i in range(len(flat)):
            var step = 1
            for j in range(i + 1, len(flat)):
                step *= flat[j]
            stride.append(step)
        return Layout(shape, _with_leaves(shape, stride))

    @staticmethod
    def col_major(*dims: Int) -> Layout:
        """The column-major layout of dims (the first mode contiguous)."""
        var shape = IntTuple()
        for d in dims:
            shape.append(d)
        return Layout(shape)

    @staticmethod
    def col_major(shape: IntTuple) -> Layout:
        return Layout(shape)

    def __len__(self) -> Int:
        return len(self.shape)

    def rank(self) -> Int:
        return len(self.shape)

    def size(self) -> Int:
        """The number of coordinates: the product of the shape."""
        return self.shape.product()

    def cosize(self) -> Int:
        """One past the largest offset the layout reaches (0 when empty)."""
        var shape = self.shape.flatten()
        var stride = self.stride.flatten()
        var top = 0
        for i in range(len(shape)):
            if shape[i] == 0:
                return 0
            top += (shape[i] - 1) * stride[i]
        return top + 1

    def __getitem__(self, i: Int) -> Layout:
        """Mode i as a layout of its own."""
        return Layout(self.shape.tuple_at(i), self.stride.tuple_at(i))

    def __call__(self, index: Int) -> Int:
        """The offset of linear index `index` (its coordinate taken
        colexicographically)."""
        return _index_offset(index, self.shape, self.stride)

    def __call__(self, crd: IntTuple) -> Int:
        """The offset of coordinate crd (see crd2idx)."""
        return self.crd2idx(crd)

    def idx2crd(self, index: Int) -> IntTuple:
        """The coordinate, nested as the shape, whose offset is `index`:
        each integer mode's is (index // stride) % shape."""
        var shape = self.shape.flatten()
        var stride = self.stride.flatten()
        var crd = IntTuple()
        for i in range(len(shape)):
            if stride[i] == 0:
                crd.append(0)
            else:
                crd.append((index // stride[i]) % shape[i])
        return _with_leaves(self.shape, crd)

    def crd2idx(self, crd: IntTuple) -> Int:
        """The offset of coordinate crd: one coordinate per mode, where an
        integer for a nested mode counts through it colexicographically
        (`(2, 1)` and `((0, 1), (1, 0))` name the same element of
        ((2, 2), (2, 2))); a single integer is a linear index."""
        return _crd_offset(crd, self.shape, self.stride)

    def all_dims_known(self) -> Bool:
        var shape = self.shape.flatten()
        var stride = self.stride.flatten()
        for i in range(len(shape)):
            if shape[i] == UNKNOWN_VALUE or stride[i] == UNKNOWN_VALUE:
                return False
        return True

    def __eq__(self, other: Self) -> Bool:
        return self.shape == other.shape and self.stride == other.stride

    def __ne__(self, other: Self) -> Bool:
        return not self == other

    def write_repr_to(self, mut writer: Some[Writer]):
        """What repr() writes: the same as write_to."""
        self.write_to(writer)

    def write_to(self, mut writer: Some[Writer]):
        """`((4, 8):(8, 1))`; one mode prints `(8:1)`."""
        writer.write("(", self.shape, ":", self.stride, ")")


def size(layout: Layout) -> Int:
    return layout.size()


def cosize(layout: Layout) -> Int:
    return layout.cosize()


def crd2idx(crd: IntTuple, layout: Layout) -> Int:
    return layout.crd2idx(crd)


def idx2crd(index: Int, layout: Layout) -> IntTuple:
    return layout.idx2crd(index)


def _index_offset(index: Int, shape: IntTuple, stride: IntTuple) -> Int:
    """The offset of linear index `index` over the modes of shape, the
    first varying fastest (nested modes recursively)."""
    var offset = 0
    var rest = index
    for i in range(len(shape)):
        if shape.is_value(i):
            offset += (rest % shape[i]) * stride[i]
            rest //= shape[i]
        else:
            var sub = shape.tuple_at(i)
            var n = sub.product()
            offset += _index_offset(rest % n, sub, stride.tuple_at(i))
            rest //= n
    return offset


def _crd_offset(crd: IntTuple, shape: IntTuple, stride: IntTuple) -> Int:
    if len(crd) == 1 and crd.is_value(0) and len(shape) != 1:
        return _index_offset(crd[0], shape, stride)
    if len(crd) != len(shape):
        _fail("crd2idx: the coordinate does not match the layout's modes")
    var offset = 0
    for i in range(len(crd)):
        if crd.is_value(i):
            if shape.is_value(i):
                offset += crd[i] * stride[i]
            else:
                offset += _index_offset(
                    crd[i], shape.tuple_at(i), stride.tuple_at(i)
                )
        elif shape.is_value(i):
            _fail("crd2idx: a nested coordinate for an integer mode")
        else:
            offset += _crd_offset(
                crd.tuple_at(i), shape.tuple_at(i), stride.tuple_at(i)
            )
    return offset


def make_layout(a: Layout, b: Layout) -> Layout:
    """A layout of two modes: a's (nested when a has several) then b's:
    make_layout(((2, 3):(3, 1)), ((4, 5):(5, 1))) is
    (((2, 3), (4, 5)):((3, 1), (5, 1)))."""
    return Layout(IntTuple(a.shape, b.shape), IntTuple(a.stride, b.stride))


def make_ordered_layout(shape: IntTuple, order: IntTuple) -> Layout:
    """The compact layout of shape whose integers get strides in the order
    `order` gives (nested as shape): the smallest order value stride 1,
    the next the product of the extents before it, and so on."""
    var flat = shape.flatten()
    var rank = order.flatten()
    if len(rank) != len(flat):
        _fail("make_ordered_layout: the order needs one value per extent")
    var stride = IntTuple()
    for _ in range(len(flat)):
        stride.append(0)
    var step = 1
    var done = IntTuple()
    for _ in range(len(flat)):
        # The not yet placed extent with the smallest order value.
        var best = -1
        for i in range(len(flat)):
            var taken = False
            for k in range(len(done)):
                if done[k] == i:
                    taken = True
            if not taken and (best < 0 or rank[i] < rank[best]):
                best = i
        done.append(best)
        stride._set(best, step)
        step *= flat[best]
    return Layout(shape, _with_leaves(shape, stride))


def _flat_mode(layout: Layout, i: Int, what: StaticString) -> Layout:
    if not layout.shape.is_value(i):
        _fail(what)
    return layout[i]


def blocked_product(layout_a: Layout, layout_b: Layout) -> Layout:
    """Each element of the tiler layout_b replaced by the tile layout_a:
    mode i of the result is (a_i, b_i) with strides (a's, b's times the
    tile's size). For tiles that are compact (cosize == size) with integer
    modes, and a tiler of the same rank."""
    if layout_a.rank() != layout_b.rank():
        _fail("blocked_product: the tile and the tiler need the same rank")
    if layout_a.cosize() != layout_a.size():
        _fail("blocked_product: the tile must be compact")
    var n = layout_a.size()
    var shape = IntTuple()
    var stride = IntTuple()
    for i in range(layout_a.rank()):
        var a = _flat_mode(layout_a, i, "blocked_product: nested tile mode")
        var b = _flat_mode(layout_b, i, "blocked_product: nested tiler mode")
        shape.append(IntTuple(a.shape[0], b.shape[0]))
        stride.append(IntTuple(a.stride[0], b.stride[0] * n))
    return Layout(shape, stride)


def tile_to_shape(tile: Layout, target_shape: IntTuple) -> Layout:
    """The tile repeated (column-major) until it covers target_shape:
    blocked_product(tile, col_major(target / tile extent per mode))."""
    var tile_shape = product_each(tile.shape)
    var target = product_each(target_shape)
    if len(tile_shape) != len(target):
        _fail("tile_to_shape: the target needs the tile's rank")
    var tiler = IntTuple()
    for i in range(len(target)):
        if target[i] % tile_shape[i] != 0:
            _fail(
                "Tile to shape failed: target shape is not divisible by tile"
                " shape"
            )
        tiler.append(target[i] // tile_shape[i])
    return blocked_product(tile, Layout(tiler))


def zipped_divide(layout_a: Layout, layout_b: Layout) -> Layout:
    """layout_a cut into tiles of layout_b's shape, mode by mode: the
    result's first mode is one tile (b_i elements of each mode with a's
    strides), its second the grid of tiles (a_i / b_i of them, strides
    times b_i): zipped_divide((6, 8):(8, 1), (2, 2)) is
    (((2, 2), (3, 4)):((8, 1), (16, 2))). For integer modes that b's
    extents divide."""
    if layout_b.rank() > layout_a.rank():
        _fail("zipped_divide: the tiler has more modes than the layout")
    var tile_shape = IntTuple()
    var tile_stride = IntTuple()
    var rest_shape = IntTuple()
    var rest_stride = IntTuple()
    for i in range(layout_a.rank()):
        var a = _flat_mode(layout_a, i, "zipped_divide: nested layout mode")
        var b = 1
        if i < layout_b.rank():
            b = layout_b.shape.tuple_at(i).product()
        if a.shape[0] % b != 0:
            _fail("zipped_divide: the tile does not divide the layout")
        if i < layout_b.rank():
            tile_shape.append(b)
            tile_stride.append(a.stride[0])
        rest_shape.append(a.shape[0] // b)
        rest_stride.append(a.stride[0] * b)
    return make_layout(
        Layout(tile_shape, tile_stride), Layout(rest_shape, rest_stride)
    )


def coalesce(layout: Layout) -> Layout:
    """The same map with as few modes as possible: size-1 modes dropped and
    a mode merged into the previous one when it continues it
    (stride == previous shape * previous stride)."""
    var shape = IntTuple()
    var stride = IntTuple()
    var flat_shape = layout.shape.flatten()
    var flat_stride = layout.stride.flatten()
    for i in range(len(flat_shape)):
        var s = flat_shape[i]
        var d = flat_stride[i]
        if s == 1:
            continue
        var n = len(shape)
        if n > 0 and d == shape[n - 1] * stride[n - 1]:
            shape._set(n - 1, shape[n - 1] * s)
            continue
        shape.append(s)
        stride.append(d)
    if len(shape) == 0:
        return Layout(IntTuple(1), IntTuple(0))
    return Layout(shape, stride)


def composition(a: Layout, b: Layout) -> Layout:
    """a after b: offset(i) = a(b(i)), for a b whose every mode stays inside
    one mode of coalesce(a) or divides it evenly."""
    var ca = coalesce(a)
    var shape = IntTuple()
    var stride = IntTuple()
    for m in range(len(b.shape)):
        var bs = b.shape[m]
        var bd = b.stride[m]
        # Walk a's modes: bd skips whole modes of a, then the rest lands in
        # one mode when it divides its extent.
        var rest = bd
        var k = 0
        while k < len(ca.shape) - 1 and rest % ca.shape[k] == 0 and rest >= ca.shape[k]:
            rest //= ca.shape[k]
            k += 1
        if bs == 1:
            shape.append(1)
            stride.append(0)
            continue
        if k < len(ca.shape) - 1 and rest * bs > ca.shape[k]:
            _fail("composition: this mode of the right layout spans several modes of the left one")
        shape.append(bs)
        stride.append(rest * ca.stride[k])
    return Layout(shape, stride)


def complement(layout: Layout, cotarget: Int) -> Layout:
    """The layout of the offsets in [0, cotarget) that `layout` does not
    reach, ordered by stride: with it, `layout` tiles [0, cotarget)."""
    # Modes sorted by stride (a small insertion sort over at most 4 modes).
    var shape = layout.shape
    var stride = layout.stride
    for i in range(1, len(stride)):
        var j = i
        while j > 0 and stride[j - 1] > stride[j]:
            var ts = shape[j]
            var td = stride[j]
            shape._set(j, shape[j - 1])
            stride._set(j, stride[j - 1])
            shape._set(j - 1, ts)
            stride._set(j - 1, td)
            j -= 1
    var rshape = IntTuple()
    var rstride = IntTuple()
    var current = 1
    for i in range(len(shape)):
        if stride[i] == 0 or shape[i] == 1:
            continue
        if stride[i] % current != 0:
            _fail("complement: the layout is not injective on a grid")
        if stride[i] // current > 1:
            rshape.append(stride[i] // current)
            rstride.append(current)
        current = shape[i] * stride[i]
    var last = (cotarget + current - 1) // current
    if last > 1 or len(rshape) == 0:
        rshape.append(last)
        rstride.append(current)
    return coalesce(Layout(rshape, rstride))


def _digits(n: Int) -> Int:
    var d = 1
    var v = n if n >= 0 else -n
    while v >= 10:
        v //= 10
        d += 1
    return d


def _write_padded(mut writer: Some[Writer], value: Int, width: Int):
    """value right-aligned in width columns."""
    for _ in range(width - _digits(value) - (1 if value < 0 else 0)):
        writer.write(" ")
    writer.write(value)


def format_layout(layout: Layout, mut writer: Some[Writer]):
    """A 2D layout as a table: for each coordinate (row, column), its
    offset (a nested mode counts through its elements colexicographically)."""
    var cell = _digits(layout.cosize()) + 2
    var rows = layout.shape.tuple_at(0).product()
    var cols = layout.shape.tuple_at(1).product()

    writer.write("    ")
    for n in range(cols):
        writer.write("  ")
        _write_padded(writer, n, cell - 2)
        if n + 1 != cols:
            writer.write(" ")
    writer.write("\n")
    for m in range(rows):
        writer.write("    ")
        for _ in range(cols):
            writer.write("+")
            for _ in range(cell):
                writer.write("-")
        writer.write("+\n")
        _write_padded(writer, m, 2)
        writer.write("  ")
        for n in range(cols):
            writer.write("| ")
            _write_padded(writer, layout.crd2idx(IntTuple(m, n)), cell - 2)
            writer.write(" ")
        writer.write("|\n")
    writer.write("    ")
    for _ in range(cols):
        writer.write("+")
        for _ in range(cell):
            writer.write("-")
    writer.write("+\n")


def print_layout(layout: Layout):
    """Prints a 2D layout, then its table of offsets (format_layout)."""
    if layout.rank() != 2:
        _fail("print_layout only supports 2D layouts")
    print(layout)
    var out = String()
    format_layout(layout, out)
    print(out, end="")
