# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s --strict-whitespace
# A failing `constrained` and a `rebind` between different types are located
# errors; the failure inside an instantiation names the chain.

def vec[n: Int]() -> Int:
    constrained[n > 0, "n must be positive"]()
    return n


def main():
    print(vec[0]())
    var x = rebind[Int](Float64(1.5))
    constrained[1 == 1, 3]()
    rebind[Int, Int](1)

# CHECK: params-constrained.mojo:12:25: error: cannot rebind a value of type 'SIMD[DType.float64, 1]' to 'Int': the types differ after parameter evaluation
# CHECK: params-constrained.mojo:13:5: warning: 'constrained' is deprecated; use 'comptime assert'
# CHECK: params-constrained.mojo:13:25: error: expected a compile-time StringLiteral, found '3'
# CHECK: params-constrained.mojo:14:5: error: 'rebind' takes one type parameter and one argument: rebind[T](value)
# CHECK: params-constrained.mojo:6:17: error: compile-time assertion failed: n must be positive
# CHECK-NEXT: {{^}}    constrained[n > 0, "n must be positive"](){{$}}
# CHECK: params-constrained.mojo:11:11: note: in instantiation of 'vec[0]' called here
