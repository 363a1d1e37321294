# RUN: %ignis run %s | FileCheck %s --match-full-lines --strict-whitespace
# Element-wise comparisons give masks (SIMD[DType.bool, w]); mask literals,
# mask.select, any/all, the reductions, clamp/min/max/abs, fma and cast[dt]()
# across dtype classes.

def main():
    var a = SIMD[DType.int32, 4](1, 5, 3, 8)
    var b = SIMD[DType.int32, 4](2, 5, 1, 9)
    print(a.eq(b), a.ne(b), a.lt(b), a.le(b), a.gt(b), a.ge(b))
    # CHECK:[False, True, False, False] [True, False, True, True] [True, False, False, True] [True, True, False, True] [False, False, True, False] [False, True, True, False]
    var m = a.lt(b)
    print(m.select(a, b), m.select(SIMD[DType.float32, 4](1.0), SIMD[DType.float32, 4](-1.0)))
    # CHECK-NEXT:[1, 5, 1, 8] [1.0, -1.0, -1.0, 1.0]
    var lit = SIMD[DType.bool, 4](True, False, True, True)
    print(lit, lit.select(SIMD[DType.int8, 4](1), SIMD[DType.int8, 4](-1)), lit & m, ~lit)
    # CHECK-NEXT:[True, False, True, True] [1, -1, 1, 1] [True, False, False, True] [False, True, False, False]
    print(any(m), all(m), any(a.gt(100)), all(a.gt(0)))
    # CHECK-NEXT:True False False True
    print(a.reduce_add(), a.reduce_mul(), a.reduce_min(), a.reduce_max(), a.reduce_and(), a.reduce_or())
    # CHECK-NEXT:17 120 1 8 0 15
    print(m.reduce_and(), m.reduce_or(), a.reduce_bit_count())
    # CHECK-NEXT:False True 6
    print(a.clamp(2, 6), min(a, b), max(a, b), abs(SIMD[DType.int32, 4](-3, 3, 0, -7)))
    # CHECK-NEXT:[2, 5, 3, 6] [1, 5, 1, 8] [2, 5, 3, 9] [3, 3, 0, 7]
    var f = SIMD[DType.float64, 4](-1.5, 2.5, 0.5, -0.25)
    print(f.lt(0), abs(f), f.clamp(-1, 1), f.reduce_add(), f.reduce_min(), f.reduce_max(), f.reduce_mul())
    # CHECK-NEXT:[True, False, False, True] [1.5, 2.5, 0.5, 0.25] [-1.0, 1.0, 0.5, -0.25] 1.25 -1.5 2.5 0.46875
    var u = SIMD[DType.uint8, 4](200, 1, 255, 0)
    print(u.gt(100), u.reduce_max(), u.reduce_min(), u.reduce_add())
    # CHECK-NEXT:[True, False, True, False] 255 0 200
    print(a == a, a != b, a.fma(b, a), f.fma(f, f))
    # CHECK-NEXT:True True [3, 30, 6, 80] [0.75, 8.75, 0.75, -0.1875]
    print(f.cast[DType.int32](), a.cast[DType.float32]() / 2, a.cast[DType.bool](), SIMD[DType.int32, 2](300, -1).cast[DType.uint8]())
    # CHECK-NEXT:[-1, 2, 0, 0] [0.5, 2.5, 1.5, 4.0] [True, True, True, True] [44, 255]
