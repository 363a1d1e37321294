# RUN: %ignis run %s | FileCheck %s --match-full-lines --strict-whitespace
# std.math on SIMD vectors of float32 (polynomials in vector registers),
# float64 (libm / LLVM intrinsics), float16 and bfloat16 (computed in
# float32). Transcendental results are printed rounded to 5 decimals (r),
# where the approximations and libm agree; exact functions and the edge
# cases of float32 tan/atan/asin/acos (zeros, +-1, poles, infinities, NaN)
# print in full. float32 sin/cos/tan stay accurate for large arguments;
# float64 expm1/log1p stay accurate near 0.

from std.math import *

def r[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    # Rounded to 5 decimals: the approximations and libm agree this far.
    return round(x * 100000) / 100000

def main():
    var x = SIMD[DType.float32, 4](0.5, 1.0, 2.0, 4.0)
    print(sqrt(x), rsqrt(x), cbrt(SIMD[DType.float32, 4](8, 27, -1, 0.125)))
    # CHECK:[0.70710677, 1.0, 1.4142135, 2.0] [1.4142135, 1.0, 0.70710677, 0.5] [2.0, 3.0, -1.0, 0.5]
    print(r(exp(x)), r(exp2(x)), r(expm1(x)))
    # CHECK-NEXT:[1.64872, 2.71828, 7.38906, 54.59815] [1.41421, 2.0, 4.0, 16.0] [0.64872, 1.71828, 6.38906, 53.59815]
    print(r(log(x)), r(log2(x)), r(log10(x)), r(log1p(x)))
    # CHECK-NEXT:[-0.69315, 0.0, 0.69315, 1.38629] [-1.0, 0.0, 1.0, 2.0] [-0.30103, 0.0, 0.30103, 0.60206] [0.40547, 0.69315, 1.09861, 1.60944]
    var t = SIMD[DType.float32, 4](0.0, 0.5, 1.0, -2.0)
    print(r(sin(t)), r(cos(t)), r(tan(t)), r(tanh(t)))
    # CHECK-NEXT:[0.0, 0.47943, 0.84147, -0.9093] [1.0, 0.87758, 0.5403, -0.41615] [0.0, 0.5463, 1.55741, 2.18504] [0.0, 0.46212, 0.76159, -0.96403]
    var big = SIMD[DType.float32, 4](100.0, 1000.0, -31.25, 100000.0)
    print(r(sin(big)), r(cos(big)), r(sin(big.cast[DType.float64]())), expm1(Float64(1e-10)), log1p(Float64(-1e-12)))
    # CHECK-NEXT:[-0.50637, 0.82688, 0.16517, 0.03575] [0.86232, 0.56238, 0.98627, -0.99936] [-0.50637, 0.82688, 0.16517, 0.03575] 1.00000000005e-10 -1.0000000000005e-12
    print(r(asin(t / 2)), r(acos(t / 2)), r(atan(t)), r(atan2(t, SIMD[DType.float32, 4](1, -1, 2, -3))))
    # CHECK-NEXT:[0.0, 0.25268, 0.5236, -1.5708] [1.5708, 1.31812, 1.0472, 3.14159] [0.0, 0.46365, 0.7854, -1.10715] [0.0, 2.67794, 0.46365, -2.55359]
    var edge = SIMD[DType.float32, 8](0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e30, -1e-30)
    print(atan(edge), atan(SIMD[DType.float32, 2](1.0, 0.0) / 0))
    # CHECK-NEXT:[0.0, -0.0, 0.7853982, -0.7853982, 0.4636476, 1.2490458, 1.5707964, -1e-30] [1.5707964, nan]
    print(tan(SIMD[DType.float32, 8](0.0, -0.0, 0.5, -1.0, 1.5707964, 100.0, 3.1415927, 1e4)), sin(SIMD[DType.float32, 2](-0.0, 0.0)))
    # CHECK-NEXT:[0.0, -0.0, 0.5463025, -1.5574079, -22877334.0, -0.58721393, 8.742278e-08, 0.3209711] [-0.0, 0.0]
    var unit = SIMD[DType.float32, 8](0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 0.999999)
    print(asin(unit), acos(unit))
    # CHECK-NEXT:[0.0, -0.0, 1.5707964, -1.5707964, 0.5235988, -0.5235988, nan, 1.5693728] [1.5707964, 1.5707964, 0.0, 3.1415927, 1.0471976, 2.0943952, nan, 0.0014235723]
    print(r(sinh(t)), r(cosh(t)), r(asinh(t)), r(acosh(x + 1)), r(atanh(t / 4)))
    # CHECK-NEXT:[0.0, 0.5211, 1.1752, -3.62686] [1.0, 1.12763, 1.54308, 3.7622] [0.0, 0.48121, 0.88137, -1.44364] [0.96242, 1.31696, 1.76275, 2.29243] [0.0, 0.12566, 0.25541, -0.54931]
    print(r(erf(t)), r(erfc(t)))
    # CHECK-NEXT:[0.0, 0.5205, 0.8427, -0.99532] [1.0, 0.4795, 0.1573, 1.99532]
    var d = SIMD[DType.float64, 4](-1.5, -0.5, 0.5, 2.5)
    print(floor(d), ceil(d), trunc(d), round(d))
    # CHECK-NEXT:[-2.0, -1.0, 0.0, 2.0] [-1.0, -0.0, 1.0, 3.0] [-1.0, -0.0, 0.0, 2.0] [-2.0, -0.0, 0.0, 2.0]
    print(r(exp(d)), r(sin(d)), r(log(abs(d))), r(tanh(d)))
    # CHECK-NEXT:[0.22313, 0.60653, 1.64872, 12.18249] [-0.99749, -0.47943, 0.47943, 0.59847] [0.40547, -0.69315, -0.69315, 0.91629] [-0.90515, -0.46212, 0.46212, 0.98661]
    print(copysign(d, SIMD[DType.float64, 4](1, -1, -1, 1)), hypot(SIMD[DType.float64, 2](3, 5), SIMD[DType.float64, 2](4, 12)))
    # CHECK-NEXT:[1.5, -0.5, -0.5, 2.5] [5.0, 13.0]
    var z = SIMD[DType.float64, 4](0.0, 1.0, -1.0, 2.0)
    var q = z / 0
    print(q, isnan(q), isinf(q), isfinite(q), isnan(Float32(1.0)))
    # CHECK-NEXT:[nan, inf, -inf, inf] [True, False, False, False] [False, True, True, True] [False, False, False, False] False
    print(fma(x, x, x), recip(x), clamp(d, -1, 1))
    # CHECK-NEXT:[0.75, 2.0, 6.0, 20.0] [2.0, 1.0, 0.5, 0.25] [-1.0, -0.5, 0.5, 1.0]
    print(sin(SIMD[DType.float16, 2](0.5, 1.0)), exp(SIMD[DType.bfloat16, 2](1.0, 2.0)), log(BFloat16(4.0)))
    # CHECK-NEXT:[0.4794922, 0.8413086] [2.71875, 7.375] 1.3828125
