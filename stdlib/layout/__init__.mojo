# The layout package: compile-time layouts and the tensors that view memory
# through them.
#   layout.tile_layout / layout.tile_tensor: layouts carried in types, and
#     TileTensor (the newer API);
#   layout.int_tuple / layout.layout / layout.layout_tensor: IntTuple-based
#     Layout values, and LayoutTensor;
#   layout.runtime_tuple / layout.runtime_layout: their run-time forms.

from layout.int_tuple import IntTuple, UNKNOWN_VALUE
from layout.layout import Layout, composition, coalesce, complement, make_layout
from layout.layout import print_layout, format_layout
from layout.tile_layout import (
    TensorLayout,
    Layout as MixedLayout,
    RowMajorLayout,
    ColMajorLayout,
    row_major,
    col_major,
)
from layout.coord import Coord, coord, Idx, ComptimeInt, CoordLike
from layout.tile_tensor import TileTensor, stack_allocation
from layout.layout_tensor import LayoutTensor, LayoutTensorIter
from layout.runtime_tuple import RuntimeTuple
from layout.runtime_layout import RuntimeLayout
