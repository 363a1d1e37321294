# RUN: %ignis build --emit=llvm -O0 --target-cpu=x86-64-v2 %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT
# What the LLVM IR says about pointers and memory (docs/codegen.md,
# "Functions and calls", "Alias information", "Runtime interface"): `mut`
# params are noalias nonnull dereferenceable(size), `ref` ones the same but
# noalias; loads and stores of a List's header and of element memory carry
# their TBAA classes; the bounds-check failure path and ignis_rt_abort are
# noreturn and cold; allocations return noalias nonnull pointers.


@fieldwise_init
struct Pair(Copyable):
    var a: Int
    var b: Int


def bump(mut p: Pair):
    p.a += 1


def peek(ref p: Pair) -> Int:
    return p.b


def set_first(mut xs: List[Int], v: Int):
    xs[0] = v


def main():
    var p = Pair(1, 2)
    bump(p)
    print(p.a, peek(p))
    var xs: List[Int] = [5, 6]
    set_first(xs, 7)
    print(xs[0], len(xs))
    # OUT: 2 2
    # OUT-NEXT: 7 2


# CHECK-DAG: declare void @ignis_rt_abort(ptr, i64) [[ABORT:#[0-9]+]]
# CHECK-DAG: declare noalias nonnull ptr @ignis_rt_alloc(i64, i64)

# CHECK-LABEL: define internal void @_ignis_bump_{{[0-9]+}}(ptr noalias noundef nonnull dereferenceable(16) %0)
# CHECK-LABEL: define internal i64 @_ignis_peek_{{[0-9]+}}(ptr noundef nonnull dereferenceable(16) %0)

# CHECK-LABEL: define internal void @_ignis_set_first_{{[0-9]+}}(ptr noalias noundef nonnull dereferenceable(24) %0, i64 %1)

# At -O0 nothing is inlined, so each step is its own function. List's
# __setitem__ reads the data pointer and the length as their classes (a
# List's length is never negative: llvm.assume says so)...
# CHECK-LABEL: define internal void @_ignis_List_Int____setitem__{{[_0-9]+}}(ptr noalias noundef nonnull dereferenceable(24) %0,
# CHECK:       load { ptr }, ptr %{{[0-9]+}}, align 8, !tbaa [[DATA:![0-9]+]]
# CHECK:       [[L:%[0-9]+]] = load i64, ptr %{{[0-9]+}}, align 8, !tbaa [[LEN:![0-9]+]]
# CHECK-NEXT:  [[NONNEG:%[0-9]+]] = icmp sge i64 [[L]], 0
# CHECK-NEXT:  call void @llvm.assume(i1 [[NONNEG]])
# CHECK:       call i64 @_ignis__check_index_{{[0-9]+}}(

# ...the check's failure path is a call that does not return...
# CHECK-LABEL: define internal i64 @_ignis__check_index_{{[0-9]+}}(
# CHECK:       call void @_ignis__index_out_of_bounds_stop_{{[0-9]+}}(
# CHECK-NEXT:  unreachable

# ...and the element is stored as element memory.
# CHECK-LABEL: define internal void @_ignis_UnsafePointer_Int__0__0__init_pointee_move{{[_0-9]+}}(
# CHECK:       store i64 %{{[0-9]+}}, ptr %{{[0-9]+}}, align 8, !tbaa [[ELEM:![0-9]+]]

# CHECK:       define internal void @_ignis__index_out_of_bounds_stop_{{[0-9]+}}({{.*}}) [[STOP:#[0-9]+]]

# CHECK-DAG: attributes [[ABORT]] = { cold noreturn }
# CHECK-DAG: attributes [[STOP]] = { cold noinline noreturn nounwind {{.*}}}
# CHECK-DAG: [[DATA]] = !{[[DATATY:![0-9]+]], [[DATATY]], i64 0}
# CHECK-DAG: [[DATATY]] = !{!"List._data", [[ROOT:![0-9]+]], i64 0}
# CHECK-DAG: [[LEN]] = !{[[LENTY:![0-9]+]], [[LENTY]], i64 0}
# CHECK-DAG: [[LENTY]] = !{!"List._len", [[ROOT]], i64 0}
# CHECK-DAG: [[ELEM]] = !{[[ELEMTY:![0-9]+]], [[ELEMTY]], i64 0}
# CHECK-DAG: [[ELEMTY]] = !{!"element", [[ROOT]], i64 0}
# CHECK-DAG: [[ROOT]] = !{!"Ignis TBAA"}
