# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/params-argument-types-bad.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# An argument of a bare generic type (`v: SIMD`) is named in the rest of
# the signature: `type_of(v)` as another argument's or the result's type,
# `v.dtype` and `v.size` in a parameter expression. A caller's variable of
# the same name does not interfere.

def widen(v1: SIMD, v2: type_of(v1)) -> SIMD[v1.dtype, v1.size * 2]:
    var result = SIMD[v1.dtype, v1.size * 2]()
    comptime for i in range(v1.size):
        result[i * 2] = v1[i]
        result[i * 2 + 1] = v2[i]
    return result

def larger(lhs: SIMD, rhs: type_of(lhs), out result: type_of(lhs)):
    result = {}
    comptime for i in range(lhs.size):
        result[i] = lhs[i] if lhs[i] >= rhs[i] else rhs[i]

def main():
    var v1 = Float32(0.5)
    var a = SIMD[DType.int16, 4](1, 2, 3, 4)
    var b = SIMD[DType.int16, 4](9, 8, 7, 6)
    print(widen(a, b))
    print(larger(a, SIMD[DType.int16, 4](0, 5, 0, 5)))
    print(larger(Float64(1.5), 2.5), v1)
    var xs: List[Float64] = [1, 2.5]
    xs = [4, 5, 6]
    var arr: InlineArray[Float64, 3] = [1, 2, 3]
    arr = [7, 8, 9]
    print(len(xs), xs[0], arr[1])

# CHECK: [1, 9, 2, 8, 3, 7, 4, 6]
# CHECK-NEXT: [1, 5, 3, 5]
# CHECK-NEXT: 2.5 0.5
# CHECK-NEXT: 3 4.0 8.0

# ERR: params-argument-types-bad.mojo:6:28: error: cannot convert a value of type 'SIMD[DType.float64, 1]' to 'SIMD[DType.int32, 1]' for argument 'rhs' of 'larger'
