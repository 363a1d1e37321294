# RUN: %ignis run %s | FileCheck %s
# TileTensor with coordinates and nested layouts: indexing, load and store
# with a Coord or an (i, j) tuple, a List as storage, tiles of a nested
# layout, as_immut, and split into equal tiles or run-time-sized parts.
from layout import TileTensor, Coord, coord, Idx
from layout.tile_layout import row_major, col_major, blocked_product, row_major_nested


def corner(t: TileTensor[DType.int32, element_size=1, ...]) -> Int:
    comptime assert t.flat_rank == 2
    return Int(t[0, 0])


def main():
    var layout = row_major[3, 6]()
    var values = List[Int32](capacity=layout.static_product)
    for i in range(layout.static_product):
        values.append(Int32(i))
    var t = TileTensor(values, layout)
    # CHECK: 18 8 8 [7, 8, 9]
    print(
        layout.static_product,
        t[Coord(Idx[1], Idx[2])],
        t[coord[1, 2]()],
        t.load[3]((1, 1)),
    )
    t.store((2, 3), SIMD[DType.int32, 2](-1, -2))
    t[Coord(0, 5)] = 50
    # CHECK-NEXT: -1 -2 50
    print(values[15], values[16], values[5])

    # A nested layout: a 2x2 grid of 3x2 fragments, the grid outermost.
    var nested = row_major_nested(
        Coord(Coord(Idx[2], Idx[3]), Coord(Idx[2], Idx[2]))
    )
    var cells = InlineArray[Int32, 24](uninitialized=True)
    for i in range(24):
        cells[i] = Int32(i)
    var grid = TileTensor(cells, nested)
    # Leaves (2, 3, 2, 2) with strides (12, 4, 2, 1).
    # CHECK-NEXT: 19 19
    print(
        grid[1, 1, 1, 1],
        grid[Coord(Coord(Idx[1], Idx[1]), Coord(Idx[1], Idx[1]))],
    )
    # tile[3, 2](1, 0): grid row 1, column 0, a 3x2 fragment.
    var frag = grid.tile[3, 2](1, 0)
    # CHECK-NEXT: {{\[\[}}12, 13], [16, 17], [20, 21]] 12
    print(frag, corner(frag))
    # In a blocked layout the block is the inner leaf: tile (1, 2) is the
    # block at grid row 1, column 2.
    var blocked = blocked_product(col_major[2, 2](), row_major[2, 3]())
    var bt = TileTensor(cells, blocked)
    # CHECK-NEXT: {{\[\[}}20, 22], [21, 23]]
    print(bt.tile[2, 2](1, 2))

    # split: equal tiles, or one part with a run-time extent.
    var data = InlineArray[Int32, 12](uninitialized=True)
    for i in range(12):
        data[i] = Int32(i)
    var m = TileTensor(data, row_major[6, 2]())
    var halves = m.as_immut().split[2]()
    # CHECK-NEXT: {{\[\[}}6, 7], [8, 9], [10, 11]]
    print(halves[1])
    var cols = m.split[2, axis=1]()
    # CHECK-NEXT: {{\[\[}}1], [3], [5], [7], [9], [11]]
    print(cols[1])
    # 6 rows in 4 parts of 2 (the last gets what is left: none).
    var part = m.split[axis=0](4, 1)
    # CHECK-NEXT: 2 2 4 {{\[\[}}4, 5], [6, 7]]
    print(part.layout.shape[0](), part.layout.shape[1](), part[0, 0], part)
    var last = m.split[axis=0](4, 3)
    # CHECK-NEXT: 0
    print(last.layout.shape[0]().value())
    _ = values^
