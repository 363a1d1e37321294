# RUN: %ignis run %s | FileCheck %s
# layout.tile_tensor on the host: indexing ranks 1 to 3 through row-major,
# column-major and explicit layouts, printing, dims, and stack_allocation.
from layout import TileTensor, row_major, col_major
from layout.tile_layout import Layout
from layout.tile_tensor import stack_allocation


def main():
    var storage = InlineArray[Float32, 12](fill=0)
    var t = TileTensor(storage.unsafe_ptr(), row_major[3, 4]())
    for i in range(3):
        for j in range(4):
            t[i, j] = Float32(i * 10 + j)
    # Row-major: element (i, j) is at i * 4 + j.
    # CHECK: 0.0 1.0 10.0 23.0
    print(storage[0], storage[1], storage[4], storage[11])
    # CHECK-NEXT: {{\[\[}}0.0, 1.0, 2.0, 3.0], [10.0, 11.0, 12.0, 13.0], [20.0, 21.0, 22.0, 23.0]]
    print(t)
    # CHECK-NEXT: 3 x 4 = 12
    print(t.dim[0](), "x", t.dim[1](), "=", t.num_elements())

    # The same memory through a column-major 4x3 layout: element (i, j) is
    # at i + 4 * j, so it is the transpose.
    var tt = TileTensor(storage.unsafe_ptr(), col_major[4, 3]())
    # CHECK-NEXT: 12.0 12.0
    print(tt[2, 1], t[1, 2])

    # Rank 1 and rank 3.
    var v = TileTensor(storage.unsafe_ptr(), row_major[12]())
    # CHECK-NEXT: [0.0, 1.0, 2.0, 3.0, 10.0, 11.0, 12.0, 13.0, 20.0, 21.0, 22.0, 23.0]
    print(v)
    var cube = TileTensor(storage.unsafe_ptr(), row_major[2, 3, 2]())
    # (1, 2, 1) is at 1 * 6 + 2 * 2 + 1 = 11.
    # CHECK-NEXT: 23.0
    print(cube[1, 2, 1])
    # A rank-3 tensor prints its elements with the first mode fastest:
    # offsets 0, 6, 2, 8, 4, 10, 1, 7, 3, 9, 5, 11.
    # CHECK-NEXT: [0.0, 12.0, 2.0, 20.0, 10.0, 22.0, 1.0, 13.0, 3.0, 21.0, 11.0, 23.0]
    print(cube)

    # Strided: every other element.
    var evens = TileTensor(storage.unsafe_ptr(), Layout[6, 2]())
    # CHECK-NEXT: [0.0, 2.0, 10.0, 12.0, 20.0, 22.0]
    print(evens)

    # A tensor in the stack frame.
    var s = stack_allocation[dtype=DType.int32](row_major[2, 2]())
    s[0, 0] = 1
    s[0, 1] = 2
    s[1, 0] = 3
    s[1, 1] = s[0, 0] + s[1, 0]
    # CHECK-NEXT: {{\[\[}}1, 2], [3, 4]]
    print(s)
    tiles()


def tiles():
    var storage = InlineArray[Float32, 16](fill=0)
    for i in range(16):
        storage[i] = Float32(i)
    var t = TileTensor(storage, row_major[4, 4]())
    # Block (1, 0) of 2x2 blocks starts at row 2, column 0 and keeps the
    # parent's strides (4, 1).
    var b = t.tile[2, 2](1, 0)
    # CHECK-NEXT: ((2, 2):(4, 1))
    print(b.layout)
    # CHECK-NEXT: {{\[\[}}8.0, 9.0], [12.0, 13.0]]
    print(b)
    # Writes through a tile land in the parent.
    b[1, 1] = -1.0
    # CHECK-NEXT: -1.0
    print(storage[13])
    # Rank 1: the third block of four.
    # CHECK-NEXT: [8.0, 9.0, 10.0, 11.0]
    print(TileTensor(storage, row_major[16]()).tile[4](2))
    # A tile of a column-major tensor keeps the column-major strides.
    var c = TileTensor(storage, col_major[4, 4]()).tile[2, 2](0, 1)
    # CHECK-NEXT: ((2, 2):(1, 4))
    # CHECK-NEXT: 8.0 9.0
    print(c.layout)
    print(c[0, 0], c[1, 0])
