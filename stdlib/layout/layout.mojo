# Layout: a map from coordinates to offsets, given by a shape and strides
# (IntTuples). `Layout.row_major(4, 8)` is ((4, 8):(8, 1)): coordinate
# (i, j) is at i * 8 + j. A linear index names a coordinate
# colexicographically (the first mode varies fastest), as in CuTe. Layouts
# are compile-time values and parameters of LayoutTensor.
#
# Ignis's own implementation of Mojo 1.0's `layout.layout` for flat layouts
# of rank 0 to 4: construction, size, cosize, index maps, coalesce,
# composition with a flat layout, complement and make_layout.

from layout.int_tuple import IntTuple, UNKNOWN_VALUE, _fail


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
        shape."""
        self.shape = shape
        self.stride = IntTuple()
        var step = 1
        for i in range(len(shape)):
            self.stride.append(step)
            step *= shape[i]

    def __init__(out self, shape: IntTuple, stride: IntTuple):
        if len(shape) != len(stride):
            _fail("a Layout needs as many strides as shape modes")
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
        var stride = IntTuple()
        for i in range(len(shape)):
            var step = 1
            for j in range(i + 1, len(shape)):
                step *= shape[j]
            stride.append(step)
        return Layout(shape, stride)

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
        var top = 0
        for i in range(len(self.shape)):
            if self.shape[i] == 0:
                return 0
            top += (self.shape[i] - 1) * self.stride[i]
        return top + 1

    def __call__(self, index: Int) -> Int:
        """The offset of linear index `index`."""
        var offset = 0
        var rest = index
        for i in range(len(self.shape)):
            offset += (rest % self.shape[i]) * self.stride[i]
            rest //= self.shape[i]
        return offset

    def idx2crd(self, index: Int) -> IntTuple:
        """The coordinate of linear index `index` (colexicographic)."""
        var crd = IntTuple()
        var rest = index
        for i in range(len(self.shape)):
            crd.append(rest % self.shape[i])
            rest //= self.shape[i]
        return crd

    def crd2idx(self, crd: IntTuple) -> Int:
        """The offset of coordinate crd."""
        var offset = 0
        for i in range(len(crd)):
            offset += crd[i] * self.stride[i]
        return offset

    def all_dims_known(self) -> Bool:
        for i in range(len(self.shape)):
            if self.shape[i] == UNKNOWN_VALUE or self.stride[i] == UNKNOWN_VALUE:
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


def make_layout(a: Layout, b: Layout) -> Layout:
    """The modes of a followed by the modes of b."""
    var shape = a.shape
    var stride = a.stride
    for i in range(len(b.shape)):
        shape.append(b.shape[i])
        stride.append(b.stride[i])
    return Layout(shape, stride)


def coalesce(layout: Layout) -> Layout:
    """The same map with as few modes as possible: size-1 modes dropped and
    a mode merged into the previous one when it continues it
    (stride == previous shape * previous stride)."""
    var shape = IntTuple()
    var stride = IntTuple()
    for i in range(len(layout.shape)):
        var s = layout.shape[i]
        var d = layout.stride[i]
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
    offset."""
    var cell = _digits(layout.cosize()) + 2
    var rows = layout.shape[0]
    var cols = layout.shape[1]

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
