# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Unsigned 64-bit bounds as compile-time values, integer literals up to
# 2**64-1 for UInt64, FloatLiteral queries, and exact literal arithmetic.
from std.testing import assert_equal


def same[T: Equatable & Writable, //](a: T, b: T) -> Bool:
    return a == b


def main() raises:
    # CHECK: 18446744073709551615 18446744073709551615 0
    print(UInt64.MAX, UInt.MAX, UInt.MIN)
    comptime top = UInt64.MAX
    # CHECK-NEXT: 18446744073709551615 True
    print(top, top > UInt64(1))
    var x: UInt64 = 18446744073709551615
    var y: UInt = 0xFFFF_FFFF_FFFF_FFFE
    # CHECK-NEXT: 18446744073709551615 18446744073709551614
    print(x, y)
    # The literal takes T from the other argument (a UInt64), not Int.
    # CHECK-NEXT: True False
    print(same(UInt.MAX, 18446744073709551615), same(y, 18446744073709551615))
    assert_equal(UInt64.MAX, 18446744073709551615)
    # CHECK-NEXT: 4294967295 -9223372036854775808
    print(UInt32.MAX, Int64.MIN)

    # CHECK-NEXT: True True False False
    print(
        FloatLiteral.nan.is_nan(),
        FloatLiteral.negative_zero.is_neg_zero(),
        FloatLiteral.infinity.is_nan(),
        (0.0).is_neg_zero(),
    )
    # CHECK-NEXT: True
    print((-0.0).is_neg_zero())

    # Literal arithmetic is exact; Float64 arithmetic rounds each step.
    comptime exact = 3.0 * (4.0 / 3.0 - 1.0)
    var three = 3.0
    var rounded = three * (4.0 / three - 1.0)
    # CHECK-NEXT: 1.0 0.9999999999999998 False
    print(exact, rounded, exact == rounded)
    # CHECK-NEXT: 1.0 0.3 True
    print((2.0 ** 60 + 1.0) - 2.0 ** 60, 0.1 + 0.2, 0.1 + 0.2 == 0.3)
    comptime big = (2.0 ** 60 + 1.0) - 2.0 ** 60
    # CHECK-NEXT: 1.0 0.25 0.0015 100.0 -0.0
    print(big, 2.0 ** -2, 1.5e-3, 1e+2, -0.0)
