# RUN: %ignis run %s 2>&1 | FileCheck %s
# `constrained[cond, msg]()` is the legacy `comptime assert` (a deprecation
# warning, given once per place even when the function is instantiated
# twice); `alias` is the legacy `comptime`; `rebind[T](x)` is a checked
# no-op.

alias Width = 4


def vec[n: Int]() -> Int:
    constrained[n > 0, "n must be positive"]()
    return n * Width


def same[T: AnyType](x: T) -> Int:
    return rebind[Int](x) + 1


def main():
    alias Local = 2
    print(vec[1](), vec[Local]())
    constrained[Width == 4]()
    var s = SIMD[DType.float32, Width](1.5)
    var t = rebind[SIMD[DType.float32, 4]](s)
    print(t, same(41), rebind[Int](7))

# CHECK: params-constrained.mojo:7:1: warning: 'alias' is deprecated; use 'comptime'
# CHECK: params-constrained.mojo:20:5: warning: 'alias' is deprecated; use 'comptime'
# CHECK: params-constrained.mojo:22:5: warning: 'constrained' is deprecated; use 'comptime assert'
# CHECK: params-constrained.mojo:11:5: warning: 'constrained' is deprecated; use 'comptime assert'
# CHECK-NOT: warning
# CHECK: 4 8
# CHECK-NEXT: [1.5, 1.5, 1.5, 1.5] 42 7
