# RUN: %ignis build --emit=llvm -O2 --target-cpu=x86-64-v2 %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT
# Bounds checks LLVM removes at -O2 (docs/codegen.md, "Bounds checks"): the
# failure path is a noreturn call, `mut` lists are noalias, and stores to
# element memory are known (TBAA) not to touch a list's length or data
# pointer, so the length is loaded once and each check is proved true from
# the loop bounds. --target-cpu keeps the output the same on any x86-64.

from std.memory import UnsafePointer


@no_inline
def prefix(mut xs: List[Int]):
    # xs[i] and xs[i - 1] for i in [1, len): both checks go.
    for i in range(1, len(xs)):
        xs[i] = xs[i] + xs[i - 1]


@no_inline
def fill_rows(mut rows: List[List[Int]], v: Int):
    # The inner lists' headers live in element memory of `rows`; the store
    # is in List.__setitem__, whose `mut self` is noalias.
    for r in range(len(rows)):
        for i in range(len(rows[r])):
            rows[r][i] = v + i


@no_inline
def add_through(p: UnsafePointer[List[Int]], v: Int):
    # The list is reached through a pointer (no noalias anywhere) and the
    # store goes through its data pointer: only TBAA (element vs List._len)
    # says the store leaves the length alone, so it is loaded once.
    for i in range(len(p[])):
        p[].unsafe_ptr()[i] = p[][i] + v


@no_inline
def dot(a: List[Int], b: List[Int]) -> Int:
    # b's length is unrelated to the loop bound: its check stays, out of
    # the vectorised loop.
    var s = 0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


def main():
    var xs: List[Int] = [1, 2, 3, 4]
    prefix(xs)
    print(xs[0], xs[1], xs[2], xs[3])
    var rows = List[List[Int]]()
    for r in range(3):
        var row = List[Int]()
        for i in range(r + 2):
            row.append(i)
        rows.append(row^)
    fill_rows(rows, 10)
    print(rows[2][3])
    add_through(UnsafePointer(to=xs), 100)
    print(xs[0], xs[3])
    print(dot(xs, [1, 1, 1, 1]))
    # OUT: 1 3 6 10
    # OUT-NEXT: 13
    # OUT-NEXT: 101 110
    # OUT-NEXT: 420


# CHECK-LABEL: define internal fastcc void @_ignis_prefix_{{[0-9]+}}(
# CHECK-NOT:   index_out_of_bounds
# CHECK:       ret void
# CHECK-NEXT:  }

# CHECK-LABEL: define internal fastcc void @_ignis_fill_rows_{{[0-9]+}}(
# CHECK:       load i64, ptr %{{[0-9]+}}, align 8, !tbaa [[LEN:![0-9]+]]
# CHECK-NOT:   index_out_of_bounds
# CHECK:       vector.body:
# CHECK:       store <2 x i64> {{.*}}, !tbaa [[ELEM:![0-9]+]]
# CHECK-NOT:   index_out_of_bounds
# CHECK:       ret void
# CHECK-NEXT:  }

# CHECK-LABEL: define internal fastcc void @_ignis_add_through_{{[0-9]+}}(
# CHECK-NOT:   index_out_of_bounds
# CHECK:       ret void
# CHECK-NEXT:  }

# dot: the loop is vectorised up to min(len(a), len(b)); the check of b[i]
# is left in the scalar remainder only, where it fails exactly at len(b).
# CHECK-LABEL: define internal fastcc i64 @_ignis_dot_{{[0-9]+}}(
# CHECK-NOT:   index_out_of_bounds
# CHECK:       vector.body:
# CHECK-NOT:   index_out_of_bounds
# CHECK:       middle.block:
# CHECK:       call fastcc void @_ignis__index_out_of_bounds_stop_{{[0-9]+}}(
# CHECK-NEXT:  unreachable
# CHECK:       ret i64

# The element class and the List._len class are siblings under one root.
# CHECK-DAG: [[LEN]] = !{[[LENTY:![0-9]+]], [[LENTY]], i64 0}
# CHECK-DAG: [[LENTY]] = !{!"List._len", [[ROOT:![0-9]+]], i64 0}
# CHECK-DAG: [[ELEM]] = !{[[ELEMTY:![0-9]+]], [[ELEMTY]], i64 0}
# CHECK-DAG: [[ELEMTY]] = !{!"element", [[ROOT]], i64 0}
# CHECK-DAG: [[ROOT]] = !{!"Ignis TBAA"}
