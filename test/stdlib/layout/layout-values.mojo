# RUN: %ignis run %s | FileCheck %s
# RUN: %ignis run %s --tables | FileCheck %s --check-prefix=TABLE
# layout.int_tuple and layout.layout: IntTuple and Layout values (at compile
# time and at run time), their index maps, and the layout algebra, against
# values worked out by hand.
from layout import IntTuple, Layout, UNKNOWN_VALUE
from layout.layout import coalesce, composition, complement, make_layout
from layout.layout import size, cosize, crd2idx, idx2crd
from layout import print_layout, row_major
from std.sys import argv


struct Shaped[l: Layout]:
    """A Layout as a struct parameter."""

    @staticmethod
    def show():
        print(Self.l, Self.l.size(), Self.l(5))


def main():
    if len(argv()) > 1:
        tables()
        return
    comptime t = IntTuple(2, 3, 4)
    # CHECK: (2, 3, 4) 3 3 24 4
    print(t, len(t), t[1], t.product(), IntTuple(4))
    # CHECK-NEXT: True False -1
    print(t == IntTuple(2, 3, 4), t == IntTuple(2, 3), UNKNOWN_VALUE)

    comptime rm = Layout.row_major(4, 8)
    # CHECK-NEXT: ((4, 8):(8, 1)) 2 32 32
    print(rm, rm.rank(), rm.size(), rm.cosize())
    # Linear index 9 is coordinate (1, 2) (the first mode fastest), offset
    # 1 * 8 + 2. idx2crd inverts the offset map: offset 9 is (9 // 8 % 4,
    # 9 // 1 % 8) = (1, 1).
    # CHECK-NEXT: 10 (1, 1) 10
    print(rm(9), rm.idx2crd(9), rm.crd2idx(IntTuple(1, 2)))
    # CHECK-NEXT: 10 (1, 1) 32 32
    print(crd2idx(IntTuple(1, 2), rm), idx2crd(9, rm), size(rm), cosize(rm))
    # Layout(shape) is column-major.
    # CHECK-NEXT: ((2, 3):(1, 2)) (5:1) (3:1)
    print(Layout(IntTuple(2, 3)), Layout.col_major(5), Layout.row_major(3))
    # CHECK-NEXT: ((2, 2):(1, 4)) 6
    var gaps = Layout(IntTuple(2, 2), IntTuple(1, 4))
    print(gaps, gaps.cosize())

    # coalesce: (2, 4):(1, 2) is the contiguous 8 elements; a row-major
    # (4, 8) cannot merge (8 != 4 * 8); size-1 modes go.
    # CHECK-NEXT: (8:1) ((4, 8):(8, 1)) (6:2)
    print(
        coalesce(Layout(IntTuple(2, 4), IntTuple(1, 2))),
        coalesce(rm),
        coalesce(Layout(IntTuple(1, 6), IntTuple(3, 2))),
    )
    # composition: a(b(i)) with b = (4):(8) over a = (4, 8):(8, 1): offset
    # 8 is coordinate (0, 2) of a, so the stride becomes 2.
    # CHECK-NEXT: (4:2)
    print(composition(rm, Layout(IntTuple(4), IntTuple(8))))
    # complement of (4):(2) in 16: the offsets it misses, (2, 2):(1, 8).
    # CHECK-NEXT: ((2, 2):(1, 8)) (4:4)
    print(
        complement(Layout(IntTuple(4), IntTuple(2)), 16),
        complement(Layout.row_major(4), 16),
    )
    # CHECK-NEXT: ((2, 3):(1, 1))
    print(make_layout(Layout.row_major(2), Layout.col_major(3)))

    # A Layout parameter: computed at compile time, used at run time.
    # CHECK-NEXT: ((3, 4):(4, 1)) 12 9
    Shaped[Layout.row_major(3, 4)].show()


def tables():
    # print_layout: the layout, then its offset per (row, column).
    # TABLE: ((3, 4):(4, 1))
    # TABLE-NEXT: {{^}}       0    1    2    3{{$}}
    # TABLE-NEXT: {{^}}    +----+----+----+----+{{$}}
    # TABLE-NEXT: {{^}} 0  |  0 |  1 |  2 |  3 |{{$}}
    # TABLE-NEXT: {{^}}    +----+----+----+----+{{$}}
    # TABLE-NEXT: {{^}} 1  |  4 |  5 |  6 |  7 |{{$}}
    # TABLE-NEXT: {{^}}    +----+----+----+----+{{$}}
    # TABLE-NEXT: {{^}} 2  |  8 |  9 | 10 | 11 |{{$}}
    # TABLE-NEXT: {{^}}    +----+----+----+----+{{$}}
    print_layout(Layout.row_major(3, 4))
    # A cosize of 1000 needs four digits: cells six wide.
    # TABLE-NEXT: ((2, 2):(1, 999))
    # TABLE-NEXT: {{^}}         0      1{{$}}
    # TABLE-NEXT: {{^}}    +------+------+{{$}}
    # TABLE-NEXT: {{^}} 0  |    0 |  999 |{{$}}
    print_layout(Layout(IntTuple(2, 2), IntTuple(1, 999)))
    # The same through a tile_layout value.
    # TABLE: ((2, 3):(3, 1))
    print_layout(row_major[2, 3]().to_layout())
