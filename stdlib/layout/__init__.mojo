# The layout package: compile-time layouts (layout.tile_layout) and the
# tensors that view memory through them (layout.tile_tensor).

from layout.tile_layout import (
    TensorLayout,
    Layout as MixedLayout,
    RowMajorLayout,
    ColMajorLayout,
    row_major,
    col_major,
)
from layout.tile_tensor import TileTensor, stack_allocation
