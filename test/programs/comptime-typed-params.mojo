# RUN: %ignis run %s | FileCheck %s
# An infer-only parameter fixed by the type of a typed compile-time value,
# FloatLiteral's constants, and a SIMD[DType.bool, 1] as a condition.
from std.utils.numerics import isfinite, isinf, isnan


def describe[dtype: DType, //, value: Scalar[dtype]]():
    print(value, dtype, dtype.is_floating_point())


def lanes[dt: DType, w: Int, //, v: SIMD[dt, w]]() -> Int:
    return w


def main():
    # CHECK: 2.5 float32 True
    describe[Float32(2.5)]()
    # CHECK-NEXT: 7 int16 False
    describe[Int16(7)]()
    # CHECK-NEXT: 4
    print(lanes[SIMD[DType.uint8, 4](1, 2, 3, 4)]())
    var inf = FloatLiteral.infinity
    var nan = FloatLiteral.nan
    # CHECK-NEXT: inf -inf False True True
    print(inf, FloatLiteral.negative_infinity, Bool(isfinite(inf)),
          Bool(isinf(inf)), Bool(isnan(nan)))
    var negzero = FloatLiteral.negative_zero
    # CHECK-NEXT: -0.0 True
    print(negzero, negzero == 0.0)
    if isnan(nan):
        # CHECK-NEXT: nan is nan
        print("nan is nan")
