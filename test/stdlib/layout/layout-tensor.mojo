# RUN: %ignis run %s | FileCheck %s
# layout.layout_tensor on the host: indexing through row- and column-major
# Layout parameters, tiles, fill, copy_from, stack_allocation, printing.
from layout import Layout, LayoutTensor, IntTuple


def main():
    var storage = InlineArray[Float32, 12](fill=0)
    var t = LayoutTensor[DType.float32, Layout.row_major(3, 4)](storage)
    for i in range(3):
        for j in range(4):
            t[i, j] = Float32(i * 10 + j)
    # Row-major: (i, j) at i * 4 + j.
    # CHECK: 1.0 10.0 23.0
    print(storage[1], storage[4], storage[11])
    # A rank-2 LayoutTensor prints a row per line, each element followed
    # by a space.
    # CHECK-NEXT: 0.0 1.0 2.0 3.0
    # CHECK-NEXT: 10.0 11.0 12.0 13.0
    # CHECK-NEXT: 20.0 21.0 22.0 23.0
    print(t)
    # CHECK-NEXT: 3 4 4 1 12
    print(t.dim[0](), t.dim[1](), t.stride[0](), t.stride[1](), t.size())
    # Tile (0, 1) of 2x2 tiles: rows 0-1, columns 2-3.
    # CHECK-NEXT: 2.0 3.0
    # CHECK-NEXT: 12.0 13.0
    print(t.tile[2, 2](0, 1))

    # The same memory column-major (4x3): the transpose.
    var c = LayoutTensor[DType.float32, Layout.col_major(4, 3)](storage)
    # CHECK-NEXT: 12.0
    print(c[2, 1])

    # Rank 1 prints its elements separated by spaces.
    var v = LayoutTensor[DType.float32, Layout(IntTuple(4), IntTuple(3))](storage)
    # CHECK-NEXT: 0.0 3.0 12.0 21.0
    print(v)

    var s = LayoutTensor[DType.int32, Layout.row_major(2, 2)].stack_allocation()
    _ = s.fill(7)
    s[1, 1] = 8
    # CHECK-NEXT: 7 7
    # CHECK-NEXT: 7 8
    print(s)
    var d = LayoutTensor[DType.int32, Layout.col_major(2, 2)].stack_allocation()
    d.copy_from(s)
    # copy_from goes coordinate by coordinate: d[1, 1] is s[1, 1].
    # CHECK-NEXT: 8 7
    print(d[1, 1], d[0, 1])
