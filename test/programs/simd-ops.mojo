# RUN: %ignis run %s | FileCheck %s --match-full-lines --strict-whitespace
# SIMD construction (lane lists, splat), v[i] read and write, printing, and
# the arithmetic, bitwise and shift operators (in-place, reflected and with
# scalars broadcast) over signed, unsigned, float, float16/bfloat16 and index
# lanes; fixed-width integers wrap.

def main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = SIMD[DType.int32, 4](10, -20, 30, -40)
    print(a, b, a[2], len(a))
    # CHECK:[1, 2, 3, 4] [10, -20, 30, -40] 3 4
    a[1] = 7
    print(a)
    # CHECK-NEXT:[1, 7, 3, 4]
    print(a + b, a - b, a * b)
    # CHECK-NEXT:[11, -13, 33, -36] [-9, 27, -27, 44] [10, -140, 90, -160]
    print(b / a, b // a, b % a)
    # CHECK-NEXT:[10, -2, 10, -10] [10, -3, 10, -10] [0, 1, 0, 0]
    print(a * 2, 2 * a, a + 1, 100 - a)
    # CHECK-NEXT:[2, 14, 6, 8] [2, 14, 6, 8] [2, 8, 4, 5] [99, 93, 97, 96]
    print(a ** 2, -a, ~a, +a)
    # CHECK-NEXT:[1, 49, 9, 16] [-1, -7, -3, -4] [-2, -8, -4, -5] [1, 7, 3, 4]
    print(30 // a, 100 % a, 2 ** a, 12 & a, 1 | a, 5 ^ a, 1 << a, 256 >> a, 2.5 / SIMD[DType.float64, 2](2.0, 0.5))
    # CHECK-NEXT:[30, 4, 10, 7] [0, 2, 1, 0] [2, 128, 8, 16] [0, 4, 0, 4] [1, 7, 3, 5] [4, 2, 6, 1] [2, 128, 8, 16] [128, 2, 32, 16] [1.25, 5.0]
    print(a & 6, a | 8, a ^ 5, a << 2, b >> 1)
    # CHECK-NEXT:[0, 6, 2, 4] [9, 15, 11, 12] [4, 2, 6, 1] [4, 28, 12, 16] [5, -10, 15, -20]
    var u = SIMD[DType.uint8, 4](250, 3, 128, 1)
    print(u + 10, u >> 1, u // 3, u * 2)
    # CHECK-NEXT:[4, 13, 138, 11] [125, 1, 64, 0] [83, 1, 42, 0] [244, 6, 0, 2]
    var f = SIMD[DType.float32, 4](1.5, -2.5, 0.25, 3.0)
    print(f + 1, f * f, f / 2, 1 / f, f // 1, f % 1)
    # CHECK-NEXT:[2.5, -1.5, 1.25, 4.0] [2.25, 6.25, 0.0625, 9.0] [0.75, -1.25, 0.125, 1.5] [0.6666667, -0.4, 4.0, 0.33333334] [1.0, -3.0, 0.0, 3.0] [0.5, 0.5, 0.25, 0.0]
    var c = a
    c += 1
    c *= 3
    c -= 2
    c //= 2
    c %= 7
    c <<= 1
    c >>= 1
    c &= 3
    c |= 8
    c ^= 1
    print(c)
    # CHECK-NEXT:[11, 9, 8, 11]
    var d = SIMD[DType.float64, 2](1.0, 2.0)
    d /= 4
    d **= 2
    print(d)
    # CHECK-NEXT:[0.0625, 0.25]
    print(SIMD[DType.int8, 2](-128, 127) + 1)
    # CHECK-NEXT:[-127, -128]
    print(SIMD[DType.float16, 2](0.5, 1.5) * 2, SIMD[DType.bfloat16, 2](3.0, -1.0) + 1)
    # CHECK-NEXT:[1.0, 3.0] [4.0, 0.0]
    print(SIMD[DType.index, 2](5, 6) * 2, SIMD[DType.uint64, 2](7, 9) - 8, SIMD[DType.int16, 2](300, -300) * 200)
    # CHECK-NEXT:[10, 12] [18446744073709551615, 1] [-5536, 5536]
    print(Float32(2.5), Int64(-3), UInt16(65535) + 1)
    # CHECK-NEXT:2.5 -3 0
