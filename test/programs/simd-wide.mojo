# RUN: %ignis run %s | FileCheck %s --match-full-lines --strict-whitespace
# Widths beyond the hardware vector (64 x float32 is eight AVX2 registers,
# 32 x int64, 64 x float16, 64-lane masks) and odd widths (3, 7) compute
# every lane: arithmetic, integer powers, masks, reductions, math.

from std.math import iota, sqrt, exp, sin

def main():
    var a = iota[DType.float32, 64]()
    var b = a * 2 + 1
    print(b.reduce_add(), (a * b).reduce_max(), b[63], b.slice[4, offset=60]())
    # CHECK:4096.0 8001.0 127.0 [121.0, 123.0, 125.0, 127.0]
    print(sqrt(a * a).reduce_add(), a.lt(10).reduce_bit_count())
    # CHECK-NEXT:2016.0 10
    var c = SIMD[DType.int32, 3](1, 2, 3)
    print(c * 3 + c, c.reduce_add(), c.reversed(), c.lt(2))
    # CHECK-NEXT:[4, 8, 12] 6 [3, 2, 1] [True, False, False]
    var d = SIMD[DType.float64, 3](1.0, 4.0, 9.0)
    print(sqrt(d), d.reduce_mul(), d.join(d))
    # CHECK-NEXT:[1.0, 2.0, 3.0] 36.0 [1.0, 4.0, 9.0, 1.0, 4.0, 9.0]
    var i = iota[DType.int64, 32]()
    print((i * i).reduce_add(), (i & 1).reduce_add(), i.slice[8, offset=24]())
    # CHECK-NEXT:10416 16 [24, 25, 26, 27, 28, 29, 30, 31]
    var e = exp(iota[DType.float32, 16]() / 16)
    print(round(e.reduce_add() * 1000) / 1000)
    # CHECK-NEXT:26.642
    var i = iota[DType.int64, 16]()
    print((i ** 3).reduce_add(), (i // 3 - i % 3).reduce_add(), (i.lt(8).select(i, -i)).reduce_add())
    # CHECK-NEXT:14400 20 -64
    var h = iota[DType.float16, 64]() / 8
    print(h.reduce_max(), sin(h).reduce_add() > 0, exp(iota[DType.float32, 64]() / 64).reduce_min())
    # CHECK-NEXT:7.875 True 1.0
    var m = iota[DType.int32, 64]().lt(40)
    print(m.reduce_bit_count(), any(m), all(m), iota[DType.uint8, 7](250))
    # CHECK-NEXT:40 True False [250, 251, 252, 253, 254, 255, 0]
