# RUN: %ignis run %s | FileCheck %s
# RUN: not %ignis run -D BAD %s 2>&1 | FileCheck %s --check-prefix=BAD
# layout.runtime_tuple / layout.runtime_layout, and LayoutTensor over a
# layout whose dimensions are known only at run time (UNKNOWN_VALUE).
from layout import (
    IntTuple,
    Layout,
    LayoutTensor,
    RuntimeLayout,
    RuntimeTuple,
    UNKNOWN_VALUE,
)
from std.utils import IndexList
from std.sys import is_defined


def fill_rows(t: LayoutTensor[mut=True, DType.int32, ...]):
    # Every element (i, j) gets i * 100 + j, through the runtime shape.
    for i in range(t.dim[0]()):
        for j in range(t.dim[1]()):
            t[i, j] = Int32(i * 100 + j)


def main():
    # A RuntimeTuple is nested like its IntTuple; known leaves start with
    # their value, unknown ones with 0.
    var t = RuntimeTuple[IntTuple(UNKNOWN_VALUE, IntTuple(2, UNKNOWN_VALUE))]()
    # CHECK: (0, (2, 0)) 3
    print(t, t.scalar_length)
    t.value[0] = 5
    t.value[2] = 3
    # CHECK-NEXT: (5, (2, 3)) 30
    print(t, t.product())

    comptime dyn = Layout.row_major(UNKNOWN_VALUE, UNKNOWN_VALUE)
    var rl = RuntimeLayout[dyn].row_major(IndexList[2](3, 5))
    # Linear index 7 is coordinate (1, 2) (the first mode fastest).
    # CHECK-NEXT: ((3, 5):(5, 1)) 15 7 13 5
    print(rl, rl.size(), rl(7), rl(IndexList[2](2, 3)), rl.dim(1))
    var cl = RuntimeLayout[Layout.col_major(UNKNOWN_VALUE, 4)].col_major(
        IndexList[2](3, 4)
    )
    # CHECK-NEXT: ((3, 4):(1, 3)) True
    print(cl, cl.bound_check_required())
    # The shape and stride types, named through the layout's type.
    var own = RuntimeLayout[dyn](
        RuntimeLayout[dyn].ShapeType(2, 7), RuntimeLayout[dyn].StrideType(1, 2)
    )
    # CHECK-NEXT: ((2, 7):(1, 2)) 13
    print(own, own(IndexList[2](1, 6)))
    # CHECK-NEXT: ((2, 3):(3, 1)) False
    var sl = RuntimeLayout[Layout.row_major(2, 3)]()
    print(sl, sl.bound_check_required())

    # A tensor whose shape is given at run time.
    var m = 3
    var n = 5
    var storage = List[Int32](length=m * n, fill=0)
    var tensor = LayoutTensor[DType.int32, dyn](
        storage.unsafe_ptr(), RuntimeLayout[dyn].row_major(IndexList[2](m, n))
    )
    fill_rows(tensor)
    # CHECK-NEXT: 3 5 15 5 1 -1
    # stride[i]() is static (as in Mojo 1.0): a run-time stride is
    # UNKNOWN_VALUE there, its value is in runtime_layout.
    print(tensor.dim[0](), tensor.dim(1), tensor.size(), tensor.runtime_layout.stride.value[0], tensor.stride[1](), tensor.stride[0]())
    # CHECK-NEXT: 0 1 2 3 4
    # CHECK-NEXT: 100 101 102 103 104
    # CHECK-NEXT: 200 201 202 203 204
    print(tensor)
    # CHECK-NEXT: 204 ((3, 5):(5, 1))
    print(storage[14], tensor.runtime_layout)

    # Tiles of a runtime-shaped tensor are masked: the last one is cut at
    # the edge (2x2 tiles of 3x5: tile (1, 2) is 1x1).
    var edge = tensor.tile[2, 2](1, 2)
    # CHECK-NEXT: 1 1 204
    print(edge.dim[0](), edge.dim[1](), edge[0, 0])
    var mid = tensor.tile[2, 2](0, 1)
    # CHECK-NEXT: 2 3
    # CHECK-NEXT: 102 103
    print(mid)
    # fill and copy_from go through the runtime shape.
    _ = mid.fill(-1)
    # CHECK-NEXT: 0 1 -1 -1 4
    print(storage[0], storage[1], storage[2], storage[3], storage[4])

    # A column-major runtime layout over the same memory is the transpose.
    comptime dyn_col = Layout.col_major(UNKNOWN_VALUE, UNKNOWN_VALUE)
    var tr = LayoutTensor[DType.int32, dyn_col](
        storage.unsafe_ptr(),
        RuntimeLayout[dyn_col].col_major(IndexList[2](5, 3)),
    )
    # CHECK-NEXT: 204 4 200
    print(tr[4, 2], tr[4, 0], tr[0, 2])
    _ = storage^

    comptime if is_defined["BAD"]():
        var cells = InlineArray[Int32, 4](fill=0)
        # BAD: error: compile-time assertion failed: a layout with UNKNOWN_VALUE dimensions needs a RuntimeLayout
        # BAD: runtime-layout.mojo:[[@LINE+1]]:19: note: in instantiation of
        var bad = LayoutTensor[DType.int32, dyn](cells)
        _ = bad
