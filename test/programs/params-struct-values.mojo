# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: %ignis build --emit=sema %s | FileCheck %s --check-prefix=SEMA
# Values of user struct types as parameters: built at compile time, compared
# field by field (equal values share one instantiation, different values
# make two), fields folded to constants in the body.


@fieldwise_init
struct Shape(ImplicitlyCopyable):
    var rows: Int
    var cols: Int

    def size(self) -> Int:
        return self.rows * self.cols


def cells[s: Shape]() -> Int:
    comptime n = s.rows * s.cols
    comptime assert n > 0, "empty shape"
    return n


def rows_of[s: Shape]() -> Int:
    return s.rows


def shape_value[s: Shape]() -> Shape:
    return s


struct Grid[s: Shape]:
    """A struct parameterised by a struct value; its body reads the fields."""

    var data: List[Int]

    def __init__(out self):
        self.data = List[Int]()
        for _ in range(Self.s.rows * Self.s.cols):
            self.data.append(0)

    def cells(self) -> Int:
        return len(self.data)


from std.sys import get_type_name


def main():
    var g = Grid[Shape(2, 4)]()
    print(g.cells(), get_type_name[Grid[Shape(2, 4)]]())
    # CHECK: 8 Grid[Shape(2, 4)]
    print(cells[Shape(2, 3)](), cells[Shape(2, 3)](), cells[Shape(4, 4)]())
    # CHECK-NEXT: 6 6 16
    comptime sq = Shape(5, 5)
    print(rows_of[sq](), shape_value[Shape(1, 7)]().size())
    # CHECK-NEXT: 5 7

# One instantiation per distinct value; `s.rows` folds to a constant.
# SEMA: def cells[Shape(2, 3)] ({{.*}})() -> Int:
# SEMA-NEXT:   return Int{6 : __prim[DType.int, 1]}
# SEMA: def cells[Shape(4, 4)] ({{.*}})() -> Int:
# SEMA-NEXT:   return Int{16 : __prim[DType.int, 1]}
# SEMA-NOT: def cells[
# SEMA: def rows_of[Shape(5, 5)] ({{.*}})() -> Int:
# SEMA-NEXT:   return Int{5 : __prim[DType.int, 1]}
