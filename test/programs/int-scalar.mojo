# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run -D BAD %s 2>&1 | FileCheck %s --check-prefix=BAD
# Int and Scalar[DType.int] (one type in Mojo 1.0) convert implicitly both
# ways; other scalars still need an explicit conversion. A vector times a
# scalar of its dtype splats the scalar.
from std.sys import is_defined, bit_width_of

def twice(x: Scalar[DType.int]) -> Scalar[DType.int]:
    return x * 2

def inc(x: Int) -> Int:
    return x + 1

# Overloads written alike stay ambiguous (only ones that coincide once the
# struct's parameters are known, as SIMD's for DType.int, take the first).
def same(x: Int) -> Int:
    return 1

def same(x: Int) -> Int:
    return 2

def main():
    var i: Int = Scalar[DType.int](5)
    var s: Scalar[DType.int] = i
    print(i, s, twice(i), inc(s), SIMD[DType.int, 1](7), Scalar[DType.int](i))
    # CHECK: 5 5 10 6 7 5
    print(Float64(i), UInt8(i), Float32(i) / 2, SIMD[DType.float32, 2](i))
    # CHECK-NEXT: 5.0 5 2.5 [5.0, 5.0]
    var v = SIMD[DType.float32, 4](1, 2, 3, 4)
    print(v * Float32(2) + Scalar[DType.float32](1), SIMD[DType.float64, 4](v))
    # CHECK-NEXT: [3.0, 5.0, 7.0, 9.0] [1.0, 2.0, 3.0, 4.0]
    # bit_width_of takes a type or a DType (overloaded on the kind).
    print(bit_width_of[DType.int](), bit_width_of[Int8](), bit_width_of[DType.float16](), bit_width_of[SIMD[DType.float32, 4]]())
    # CHECK-NEXT: 64 8 16 128
    comptime if is_defined["BAD"]():
        var f: Float64 = i
        # BAD: error: cannot convert a value of type 'Int' to 'SIMD[DType.float64, 1]'
        print(f)
        print(same(1))
        # BAD: int-scalar.mojo:[[@LINE-1]]:15: error: ambiguous call to 'same'
