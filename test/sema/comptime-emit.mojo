# RUN: %ignis build --emit=sema %s | FileCheck %s
# Compile-time results are constants in the checked program, and
# `comptime for` is fully unrolled (one block per value).

def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def three() -> Int:
    return 3


def main():
    comptime N = fib(15)
    var x = N
    comptime for i in range(three()):
        x += i * 10
    print(x)

# CHECK-LABEL: def main (main)() -> None:
# CHECK-NEXT:    x = Int{610 : __prim[DType.int, 1]}
# CHECK-NEXT:    block:
# CHECK-NEXT:      call Int.__iadd__(&x, Int{0 : __prim[DType.int, 1]})
# CHECK-NEXT:    block:
# CHECK-NEXT:      call Int.__iadd__(&x, Int{10 : __prim[DType.int, 1]})
# CHECK-NEXT:    block:
# CHECK-NEXT:      call Int.__iadd__(&x, Int{20 : __prim[DType.int, 1]})
# CHECK-NOT:     call fib
