# RUN: %ignis run %s | FileCheck %s
# layout.tile_layout: shapes, strides, sizes and index maps of row-major,
# column-major and explicit layouts, against values worked out by hand.
from layout import row_major, col_major, TensorLayout
from layout.tile_layout import Layout


def describe[L: TensorLayout](l: L):
    print(L.rank, L.size, L.cosize)


def main():
    comptime rm = row_major[3, 4]()
    # CHECK: ((3, 4):(4, 1))
    print(rm)
    # CHECK-NEXT: 2 12 12
    describe(rm)
    # Linear index 5 is coordinate (2, 1) (the first mode varies fastest):
    # 2 * 4 + 1 * 1.
    # CHECK-NEXT: 9 5 0 11
    print(rm(5), rm(1, 1), rm(0), rm(11))
    # idx2crd inverts the offset map (as Mojo's): offset 7 is (7 // 4 % 3,
    # 7 % 4), a Coord.
    # CHECK-NEXT: (1, 3)
    print(rm.idx2crd(7))

    var cm = col_major[2, 3, 4]()
    # CHECK-NEXT: ((2, 3, 4):(1, 2, 6))
    print(cm)
    # Column-major maps every linear index to itself.
    # CHECK-NEXT: 3 24 24 5 23
    print(type_of(cm).rank, type_of(cm).size, type_of(cm).cosize, cm(5), cm(23))

    var r3 = row_major[2, 3, 4]()
    # CHECK-NEXT: ((2, 3, 4):(12, 4, 1))
    print(r3)
    # Index 5 is coordinate (1, 2, 0): 1 * 12 + 2 * 4.
    # CHECK-NEXT: 20
    print(r3(5))

    # A layout with gaps: shape (2, 2), strides (1, 4) reaches offsets
    # 0, 1, 4, 5, so its cosize (6) exceeds its size (4).
    var gappy = Layout[2, 2, 1, 4]()
    # CHECK-NEXT: 2 4 6
    describe(gappy)
    # CHECK-NEXT: 0 1 4 5
    print(gappy(0), gappy(1), gappy(2), gappy(3))

    # Static shape and strides through the type.
    comptime RM = type_of(rm)
    # CHECK-NEXT: 3 4 4 1
    print(
        RM.static_shape[0](),
        RM.static_shape[1](),
        RM.static_stride[0](),
        RM.static_stride[1](),
    )
    # CHECK-NEXT: (1:1) (5:1)
    print(row_major[1](), col_major[5]())
