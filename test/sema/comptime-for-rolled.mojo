# RUN: %ignis build --emit=llvm -O0 %s | FileCheck %s --check-prefix=IR
# RUN: %ignis run %s | FileCheck %s
# A `comptime for` over 32 or more values whose target is only a runtime
# operand is emitted as one loop (one copy of the body); one that uses the
# target as a parameter stays unrolled. The results are the same.


@no_inline
def rolled(x: Int) -> Int:
    var acc = 0
    comptime for i in range(1000):
        acc = acc + x * (i + 1)
    return acc


@no_inline
def unrolled_param() -> Int:
    var acc = 0
    comptime for i in range(40):
        comptime j = i * 2
        acc += j
    return acc


def main():
    print(rolled(2))
    print(unrolled_param())

# CHECK: 1001000
# CHECK-NEXT: 1560

# The rolled body is emitted once: one multiply by x, behind a branch.
# IR-LABEL: define internal i64 @_ignis_rolled_{{[0-9]+}}(i64 %0)
# IR: br
# IR-COUNT-1: call i64 @_ignis_Int___mul___
# IR-NOT: call i64 @_ignis_Int___mul___
# IR: ret i64
