# RUN: %ignis run %s | FileCheck %s
# LayoutTensorIter over a buffer and from LayoutTensor.tiled_iterator
# (masked edges), nested-layout indexing and tiles, load/store at (m, n),
# and a tile type named through a tensor variable.
from layout import Layout, LayoutTensor, IntTuple
from layout.layout import blocked_product
from layout.layout_tensor import LayoutTensorIter
from std.math import ceildiv


def main():
    # A buffer read as consecutive 2x2 row-major tiles.
    var buf = InlineArray[Int16, 12](uninitialized=True)
    for i in range(12):
        buf[i] = Int16(i)
    var it = LayoutTensorIter[DType.int16, Layout.row_major(2, 2)](
        buf.unsafe_ptr(), 12
    )
    # CHECK: 0 1 | 2 3
    # CHECK-NEXT: 4 5 | 6 7
    # CHECK-NEXT: 8 9 | 10 11
    for _ in range(3):
        var t = it[]
        print(t[0, 0], t[0, 1], "|", t[1, 0], t[1, 1])
        it += 1
    # next() leaves the iterator where it was.
    var first = LayoutTensorIter[DType.int16, Layout.row_major(2, 2)](
        buf.unsafe_ptr(), 12
    )
    # CHECK-NEXT: 8 0
    print(first.next(2)[][0, 0], first.get()[0, 0])
    # A circular iterator wraps at its bound.
    var ring = LayoutTensorIter[
        DType.int16, Layout.row_major(2, 2), circular=True
    ](buf.unsafe_ptr(), 12)
    ring += 4
    # CHECK-NEXT: 4
    print(ring[][0, 0])

    # tiled_iterator: 2x2 tiles of a 4x6 tensor along axis 1, from tile
    # row 1.
    var data = InlineArray[Int32, 24](uninitialized=True)
    for i in range(24):
        data[i] = Int32(i)
    var tensor = LayoutTensor[DType.int32, Layout.row_major(4, 6)](data)
    var row_iter = tensor.tiled_iterator[2, 2, axis=1](1, 0)
    # CHECK-NEXT: 12 13 18 19
    # CHECK-NEXT: 14 15 20 21
    # CHECK-NEXT: 16 17 22 23
    for _ in range(ceildiv(6, 2)):
        var tile = row_iter[]
        print(tile[0, 0], tile[0, 1], tile[1, 0], tile[1, 1])
        row_iter += 1
    # Along axis 0 with 3x4 tiles of the 4x6 tensor: a masked iterator,
    # whose tiles at the edges are cut short.
    var col_iter = tensor.tiled_iterator[3, 4, axis=0](0, 1)
    # CHECK-NEXT: 3 2 4 5
    # CHECK-NEXT: 1 2 22 23
    for _ in range(2):
        var tile = col_iter[]
        print(tile.dim[0](), tile.dim[1](), tile[0, 0], tile[0, 1])
        col_iter += 1

    # Vectors along a row.
    var v = tensor.load[4](1, 2)
    # CHECK-NEXT: [8, 9, 10, 11]
    print(v)
    tensor.store(0, 0, v * 2)
    # CHECK-NEXT: 16 22
    print(tensor[0, 0], tensor[0, 3])

    # A nested (blocked) layout: 2x2 column-major tiles, 2x3 of them.
    comptime blocked = blocked_product(Layout.col_major(2, 2), Layout.row_major(2, 3))
    # CHECK-NEXT: (((2, 2), (2, 3)):((1, 12), (2, 4)))
    print(blocked)
    var cells = InlineArray[Float32, 24](uninitialized=True)
    for i in range(24):
        cells[i] = Float32(i)
    var nested = LayoutTensor[DType.float32, blocked](cells)
    # One index per leaf mode, or one per mode (counting through it).
    # CHECK-NEXT: 5.0 5.0 17.0
    print(nested[1, 0, 0, 1], nested[1, 2], nested[3, 2])
    # CHECK-NEXT: 4 6 24
    print(nested.dim[0](), nested.dim[1](), nested.size())
    var block = nested.tile[2, 2](1, 1)
    # CHECK-NEXT: 16.0 18.0
    # CHECK-NEXT: 17.0 19.0
    print(block)
    # A tile type named through the tensor.
    var tiles: nested.TileType[2, 2]
    var total = Float32(0)
    for i in range(2):
        for j in range(3):
            tiles = nested.tile[2, 2](i, j)
            total += tiles[1, 1]
    # CHECK-NEXT: 78.0
    print(total)
