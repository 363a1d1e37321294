# RUN: %ignis build --emit=llvm -O0 -D ASSERT=none %s -o %t0.ll
# RUN: FileCheck %s --input-file=%t0.ll --check-prefix=O0
# RUN: %ignis build --emit=llvm -O0 %s -o %t1.ll
# RUN: FileCheck %s --input-file=%t1.ll --check-prefix=SAFE
# RUN: %ignis build --emit=llvm -O2 --target-cpu=x86-64-v2 -D ASSERT=none %s -o %t.ll
# RUN: FileCheck %s --input-file=%t.ll
# RUN: %ignis run -D ASSERT=none %s | FileCheck %s --check-prefix=OUT
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT
# -D ASSERT=none removes the bounds check of a List/Span subscript but keeps
# the fact the optimiser needs: after the negative index is normalised,
# `llvm.assume(i >= 0)` (an index below -len is undefined behaviour; i >= len
# is not assumed away: test/programs/safety-assert.mojo writes into reserved
# capacity), so the element address stays `getelementptr nusw nuw` and
# the loop below needs no run-time overlap test (docs/performance.md).


@fieldwise_init
struct P(Copyable):
    var a: Float64
    var b: Float64


@no_inline
def shift(mut xs: List[P], k: Int):
    for i in range(len(xs)):
        xs[i].a += xs[k].b


def total() -> Float64:
    var xs = List[P]()
    xs.append(P(1.0, 2.0))
    xs.append(P(3.0, 4.0))
    return xs[-1].a + xs[0].b


def main():
    # Evaluated at compile time: the interpreter runs llvm.assume as a no-op.
    comptime t = total()
    var xs = List[P]()
    for i in range(4):
        xs.append(P(Float64(i), 10.0 + Float64(i)))
    shift(xs, -1)
    print(xs[0].a, xs[-1].a, t)
    # OUT: 13.0 16.0 5.0


# O0-LABEL: define internal void @_ignis__assume_in_bounds_{{[0-9]+}}(i64 %0, i64 %1)
# O0-NEXT:   %3 = call i64 @_ignis_Int___init___{{[0-9]+}}(i64 0)
# O0-NEXT:   %4 = icmp sge i64 %0, %3
# O0-NEXT:   call void @llvm.assume(i1 %4)
# SAFE-NOT: _assume_in_bounds
# SAFE: call void @_ignis__index_out_of_bounds_stop

# CHECK-LABEL: define internal fastcc void @_ignis_shift_{{[0-9]+}}(
# CHECK-NOT:   mul.overflow
# CHECK:       getelementptr nusw nuw { double, double }
# CHECK-NOT:   mul.overflow
# CHECK:       ret void
