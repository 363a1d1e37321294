# RUN: %ignis run %s | FileCheck %s
# Type-level coordinates (Coord, coord, Idx) and the tile layouts built
# from them: Layout(shape, stride), row_major/col_major of a coordinate,
# row_major_nested/col_major_nested, zipped_divide[tiler], and layouts
# called with coordinates; run-time extents in coordinates and layouts.
from layout import Coord, coord, Idx, print_layout
from layout.tile_layout import (
    Layout,
    col_major,
    col_major_nested,
    row_major,
    row_major_nested,
    zipped_divide,
)


def main():
    # A Coord's type holds its structure; run-time leaves are -1 there.
    var fixed = coord[5, 7]()
    var n = 3
    var mixed = Coord(n, Idx[4])
    var nested = Coord(Coord(Idx[1], Idx[2]), coord[3, 4, 5]())
    # CHECK: (5, 7) 35 (3, 4) (-1, 4) ((1, 2), (3, 4, 5)) 5
    print(
        fixed,
        fixed.product(),
        mixed,
        type_of(mixed).S,
        nested,
        type_of(nested).flat_rank,
    )
    # CHECK-NEXT: 9 (9, 9)
    print(Idx[9], Coord(Idx[9], Idx[9]))

    # Layout(shape, stride): here 2x2 blocks of 2x3 elements, by hand.
    var blocks = Layout(
        Coord(coord[2, 2](), coord[3, 2]()),
        Coord(coord[3, 12](), coord[1, 6]()),
    )
    # CHECK-NEXT: (((2, 2), (3, 2)):((3, 12), (1, 6))) 24
    print(blocks, blocks.size())
    # Natural (nested) and per-mode coordinates name the same element.
    # CHECK-NEXT: 19 19 19
    print(
        blocks(Coord(coord[0, 1](), coord[1, 1]())),
        blocks(coord[2, 4]()),
        blocks(coord[18]()),
    )

    # A flat layout from a coordinate, called with one.
    var rm = row_major(coord[3, 5]())
    var cm = col_major(coord[3, 5]())
    # CHECK-NEXT: ((3, 5):(5, 1)) ((3, 5):(1, 3)) 13 7
    print(rm, cm, rm(coord[2, 3]()), row_major[3, 5]()(coord[1, 2]()))

    # Nested row- and column-major: strides over the flattened shape.
    var shape = Coord(Coord(Idx[2], Idx[2]), Coord(Idx[3], Idx[2]))
    # CHECK-NEXT: (((2, 2), (3, 2)):((12, 6), (2, 1)))
    print(row_major_nested(shape))
    # CHECK-NEXT: (((2, 2), (3, 2)):((1, 2), (4, 12)))
    print(col_major_nested(shape))

    # zipped_divide: one 2x3 tile in the first mode, the grid of tiles in
    # the second.
    var base = row_major[4, 6]()
    var tiles = zipped_divide[coord[2, 3]()](base)
    # CHECK-NEXT: (((2, 3), (2, 2)):((6, 1), (12, 3)))
    # CHECK-NEXT:        0    1    2    3
    # CHECK-NEXT:     +----+----+----+----+
    # CHECK-NEXT:  0  |  0 | 12 |  3 | 15 |
    # CHECK-NEXT:     +----+----+----+----+
    # CHECK-NEXT:  1  |  6 | 18 |  9 | 21 |
    print_layout(tiles.to_layout())
    # Element 4 of tile 3: tile (1, 1), element (0, 2).
    # CHECK: 17 17 ((0, 2), (1, 1))
    print(
        tiles(coord[4, 3]()),
        tiles(Coord(coord[0, 2](), coord[1, 1]())),
        tiles.idx2crd(17),
    )

    # Run-time extents: from tuples, two Ints, or coord[dtype]((...)).
    var rows = 3
    var cols = 2
    var from_tuple = Coord((rows, Idx[4]))
    var both = Coord(rows, cols)
    var dyn = coord[DType.int32]((rows, cols, 5))
    # CHECK-NEXT: (3, 4) (-1, 4) (3, 2) (-1, -1, -1) 30
    print(from_tuple, type_of(from_tuple).S, both, type_of(dyn).S, dyn.product())
    var mixed = row_major((rows, Idx[4]))
    # The strides known at compile time stay in the type.
    # CHECK-NEXT: ((3, 4):(4, 1)) (-1, 4) (4, 1) 12 9
    print(
        mixed,
        type_of(mixed).shape_tuple,
        type_of(mixed).stride_tuple,
        mixed.size(),
        mixed(coord[2, 1]()),
    )
    var cm_dyn = col_major(Coord(rows, cols))
    # CHECK-NEXT: ((3, 2):(1, 3)) (1, -1) (2, 1)
    print(cm_dyn, type_of(cm_dyn).stride_tuple, cm_dyn.idx2crd(5))
    var by_hand = Layout(Coord(rows, Idx[2]), coord[2, 1]())
    # CHECK-NEXT: ((3, 2):(2, 1))
    # CHECK-NEXT:       0   1
    # CHECK-NEXT:     +---+---+
    # CHECK-NEXT:  0  | 0 | 1 |
    # CHECK:       2  | 4 | 5 |
    print_layout(by_hand.to_layout())
