# RUN: %ignis build --emit=llvm -O0 %s | FileCheck %s
# `comptime for` is unrolled before code generation: even at -O0 the
# function is straight-line code, one copy of the body per value, with the
# loop variable a constant in each (no branch, no induction variable).


@no_inline
def poly(x: Int) -> Int:
    var acc = 0
    comptime for i in range(4):
        acc = acc * x + (i + 1) * 10
    return acc


def main():
    print(poly(2))

# CHECK-LABEL: define internal i64 @_ignis_poly_{{[0-9]+}}(i64 %0)
# CHECK-NOT: br
# CHECK: call i64 @_ignis_Int___add___{{[0-9]+}}(i64 %{{[0-9]+}}, i64 10)
# CHECK-NOT: br
# CHECK: call i64 @_ignis_Int___add___{{[0-9]+}}(i64 %{{[0-9]+}}, i64 20)
# CHECK-NOT: br
# CHECK: call i64 @_ignis_Int___add___{{[0-9]+}}(i64 %{{[0-9]+}}, i64 30)
# CHECK-NOT: br
# CHECK: call i64 @_ignis_Int___add___{{[0-9]+}}(i64 %{{[0-9]+}}, i64 40)
# CHECK-NOT: br
# CHECK: ret i64
# CHECK-NEXT: }
