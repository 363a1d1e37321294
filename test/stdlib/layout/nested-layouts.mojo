# Nested IntTuples and layouts (layout.int_tuple, layout.layout): nested
# list literals as arguments, coordinates for nested modes, idx2crd,
# print_layout of nested modes, and the products and divisions that build
# nested layouts. Every value is worked out by hand in the comments.
# RUN: %ignis run %s | FileCheck %s

from layout import IntTuple, Layout, print_layout
from layout.int_tuple import prefix_product, product_each
from layout.layout import (
    blocked_product,
    coalesce,
    make_layout,
    make_ordered_layout,
    tile_to_shape,
    zipped_divide,
)


def main():
    var t = IntTuple(2, IntTuple(3, 4))
    # CHECK: (2, (3, 4)) 2 24 (2, 3, 4) (3, 4) True False 7
    print(
        t, len(t), t.product(), t.flatten(), t.tuple_at(1), t.is_value(0),
        t.is_value(1), IntTuple(7),
    )
    # Column-major strides nested as the shape; the size of each element.
    # CHECK-NEXT: ((1, 2), 6) (6, 4)
    print(prefix_product(IntTuple(IntTuple(2, 3), 4)), product_each(IntTuple(IntTuple(2, 3), 4)))

    # ((2, 3), 4):((1, 2), 6) is compact: offset = linear index.
    # A declared IntTuple takes a literal mixing integers and lists.
    var shape: IntTuple = [[2, 3], 4]
    var l = Layout(shape, IntTuple(IntTuple(1, 2), 6))
    # CHECK-NEXT: (((2, 3), 4):((1, 2), 6)) 24 24
    print(l, l.size(), l.cosize())
    # Natural coordinate ((1, 2), 3): 1 + 2 * 2 + 3 * 6 = 23; the integer 5
    # for the nested mode counts through (2, 3) as (1, 2); offset 23 is
    # ((23 % 2, 23 // 2 % 3), 23 // 6 % 4).
    # CHECK-NEXT: 23 23 23 ((1, 2), 3)
    print(l(IntTuple(IntTuple(1, 2), 3)), l(IntTuple(5, 3)), l(23), l.idx2crd(23))
    # CHECK-NEXT: (16:1)
    print(coalesce(Layout([[2, 2], [2, 2]], [[1, 2], [4, 8]])))

    # A 2x2 row-major tile, a 1x3 tiler: mode 0 is (2, 1):(2, 4) (the
    # tiler's strides times the tile's 4 elements), mode 1 (2, 3):(1, 4).
    # Row m is 2m; column n is n % 2 + (n // 2) * 4.
    var blocked = blocked_product(Layout.row_major(2, 2), Layout.col_major(1, 3))
    # CHECK-NEXT: (((2, 1), (2, 3)):((2, 4), (1, 4)))
    # CHECK-NEXT: {{^}}       0    1    2    3    4    5{{$}}
    # CHECK-NEXT: {{^}}    +----+----+----+----+----+----+{{$}}
    # CHECK-NEXT: {{^}} 0  |  0 |  1 |  4 |  5 |  8 |  9 |{{$}}
    # CHECK-NEXT: {{^}}    +----+----+----+----+----+----+{{$}}
    # CHECK-NEXT: {{^}} 1  |  2 |  3 |  6 |  7 | 10 | 11 |{{$}}
    # CHECK-NEXT: {{^}}    +----+----+----+----+----+----+{{$}}
    print_layout(blocked)

    # The 2x2 tile repeated to 4x2: a column-major (2, 1) tiler.
    # CHECK-NEXT: (((2, 2), (2, 1)):((2, 4), (1, 8)))
    print(tile_to_shape(Layout.row_major(2, 2), [4, 2]))
    # Extents (2, 2, 3) in the order (2, 0, 1): the second is contiguous,
    # the third comes next (stride 2), the first last (stride 2 * 3).
    # CHECK-NEXT: (((2, 2), 3):((6, 1), 2))
    print(
        make_ordered_layout(
            IntTuple(IntTuple(2, 2), 3), IntTuple(IntTuple(2, 0), 1)
        )
    )
    # (4, 6):(6, 1) in tiles of 2x3: one tile (2, 3):(6, 1), then the 2x2
    # grid of tiles with strides 2 * 6 and 3 * 1.
    # CHECK-NEXT: (((2, 3), (2, 2)):((6, 1), (12, 3)))
    print(zipped_divide(Layout.row_major(4, 6), Layout([2, 3])))
    # CHECK-NEXT: (((2, 2), 3):((2, 1), 1))
    print(make_layout(Layout.row_major(2, 2), Layout.col_major(3)))
