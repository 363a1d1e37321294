# RUN: %ignis run %s | FileCheck %s
# layout.tile_layout.blocked_product of type-level layouts: a nested
# layout (NestedLayout) in the type, printed through to_layout(), and a
# TileTensor over it indexed with one integer per leaf mode.
from layout import TileTensor, print_layout
from layout.tile_layout import row_major, col_major, blocked_product


def main():
    # A 3x2 column-major tile repeated over a 2x5 column-major tiler.
    var blocked = blocked_product(col_major[3, 2](), col_major[2, 5]())
    # CHECK: (((3, 2), (2, 5)):((1, 6), (3, 12))) 60 60 4
    print(blocked, blocked.size(), blocked.cosize(), blocked(7))
    # CHECK-NEXT: (((3, 2), (2, 5)):((1, 6), (3, 12)))
    # CHECK-NEXT:        0    1    2    3    4    5    6    7    8    9
    # CHECK-NEXT:     +----+----+----+----+----+----+----+----+----+----+
    # CHECK-NEXT:  0  |  0 |  3 | 12 | 15 | 24 | 27 | 36 | 39 | 48 | 51 |
    # CHECK-NEXT:     +----+----+----+----+----+----+----+----+----+----+
    # CHECK-NEXT:  1  |  1 |  4 | 13 | 16 | 25 | 28 | 37 | 40 | 49 | 52 |
    # CHECK:       5  |  8 | 11 | 20 | 23 | 32 | 35 | 44 | 47 | 56 | 59 |
    print_layout(blocked.to_layout())

    # 2x2 column-major blocks, 2x3 of them in row-major order.
    comptime layout = blocked_product(col_major[2, 2](), row_major[2, 3]())
    # CHECK: 4 2 24 ((1, 1), (0, 0))
    print(layout.flat_rank, layout.rank, layout.size(), layout.idx2crd(13))
    var storage = InlineArray[Float32, 24](uninitialized=True)
    for i in range(24):
        storage[i] = Float32(i)
    var tensor = TileTensor(storage, layout)
    # Leaves (2, 2, 2, 3) with strides (1, 12, 2, 4): (1, 0, 0, 1) is 5.
    # CHECK-NEXT: 5.0 15.0 24 4
    print(
        tensor[1, 0, 0, 1],
        tensor[1, 1, 1, 0],
        tensor.num_elements(),
        tensor.flat_rank,
    )
    tensor[0, 1, 1, 2] = -1.0
    # CHECK-NEXT: -1.0
    print(storage[22])
