# Int128 and UInt128 are Scalar[DType.int128] and Scalar[DType.uint128]:
# 128-bit arithmetic, printing past the 64-bit range, limits and casts.
# RUN: %ignis run %s | FileCheck %s --match-full-lines

from std.utils.numerics import max_finite, min_finite


def main():
    var big: Int128 = 1
    for _ in range(100):
        big *= 2
    print(big)
    # CHECK: 1267650600228229401496703205376
    print(-big, big // 3, big % 1000)
    # CHECK-NEXT: -1267650600228229401496703205376 422550200076076467165567735125 376
    var u: UInt128 = 0
    u = ~u
    print(u)
    # CHECK-NEXT: 340282366920938463463374607431768211455
    print(max_finite[DType.int128](), min_finite[DType.int128]())
    # CHECK-NEXT: 170141183460469231731687303715884105727 -170141183460469231731687303715884105728
    var lit: UInt128 = 100000000000000000000000
    print(lit + 1, max_finite[DType.uint128]())
    # CHECK-NEXT: 100000000000000000000001 340282366920938463463374607431768211455
    print(Int128(5) + 7, Int(Int128(42)), Int128(-3).cast[DType.int64]())
    # CHECK-NEXT: 12 42 -3
    print(DType.int128, DType.uint128, DType.int128.bit_width(), DType.uint128.is_unsigned())
    # CHECK-NEXT: int128 uint128 128 True
    comptime assert Int128 == Scalar[DType.int128]
    var v = SIMD[DType.int128, 2](1, 2)
    print(v * 3)
    # CHECK-NEXT: [3, 6]
