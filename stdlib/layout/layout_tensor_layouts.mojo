# Compile-time helpers of layout.layout_tensor: the leaves (flattened
# integers) of a Layout's modes, and the layout of a tile.

from layout.int_tuple import IntTuple, UNKNOWN_VALUE
from layout.layout import Layout
from layout.runtime_tuple import _leaf


def _leaves_before(layout: Layout, mode: Int) -> Int:
    """How many integers of the shape come before mode `mode`."""
    var n = 0
    for m in range(mode):
        n += len(layout.shape.tuple_at(m).flatten())
    return n


def _mode_leaves(layout: Layout, mode: Int) -> Int:
    """How many integers mode `mode` of the shape has."""
    return len(layout.shape.tuple_at(mode).flatten())


def _mode_known(layout: Layout, mode: Int) -> Bool:
    """Whether every extent of mode `mode` is known."""
    var s = layout.shape.tuple_at(mode).flatten()
    for i in range(len(s)):
        if s[i] == UNKNOWN_VALUE:
            return False
    return True


def _tile_layout[*tile_shape: Int](layout: Layout) -> Layout:
    """The layout of a tile of tile_shape elements: mode i keeps the first
    tile_shape[i] coordinates of layout's mode i with its strides (for a
    nested mode, as many of its leading extents as the tile covers)."""
    var shape = IntTuple()
    var stride = IntTuple()
    comptime for i in range(len(tile_shape)):
        var t = tile_shape[i]
        if layout.shape.is_value(i):
            shape.append(t)
            stride.append(layout.stride[i])
        else:
            var ms = layout.shape.tuple_at(i).flatten()
            var md = layout.stride.tuple_at(i).flatten()
            var s = IntTuple()
            var d = IntTuple()
            var rest = t
            for k in range(len(ms)):
                if rest == 1:
                    break
                if k == len(ms) - 1 or rest <= ms[k]:
                    s.append(rest)
                    d.append(md[k])
                    rest = 1
                else:
                    s.append(ms[k])
                    d.append(md[k])
                    rest //= ms[k]
            if len(s) == 0:
                shape.append(1)
                stride.append(md[0])
            elif len(s) == 1:
                shape.append(s[0])
                stride.append(d[0])
            else:
                shape.append(s)
                stride.append(d)
    return Layout(shape, stride)


def _tile_is_masked[*tile_shape: Int](layout: Layout) -> Bool:
    """Whether tiles of tile_shape can run past the edge of layout: an
    integer mode whose extent is unknown or not a multiple of the tile's."""
    comptime for i in range(len(tile_shape)):
        if layout.shape.is_value(i):
            var n = layout.shape[i]
            if n == UNKNOWN_VALUE or n % tile_shape[i] != 0:
                return True
    return False
