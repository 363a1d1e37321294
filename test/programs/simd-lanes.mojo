# RUN: %ignis run %s | FileCheck %s --match-full-lines --strict-whitespace
# Lane operations: shuffle (one vector or two), slice, insert, join,
# interleave/deinterleave, reversed, rotate_left/right, shift_left/right, and
# std.math.iota (index and bfloat16 lanes too); width-1 values join too.

from std.math import iota

def main():
    var v = SIMD[DType.int32, 4](10, 20, 30, 40)
    var w = SIMD[DType.int32, 4](50, 60, 70, 80)
    print(v.shuffle[3, 2, 1, 0](), v.shuffle[0, 4, 1, 5](w))
    # CHECK:[40, 30, 20, 10] [10, 50, 20, 60]
    print(v.slice[2](), v.slice[2, offset=1](), v.slice[1, offset=3]())
    # CHECK-NEXT:[10, 20] [20, 30] 40
    print(v.insert[offset=1](SIMD[DType.int32, 2](-1, -2)), v.insert[offset=3](Int32(9)))
    # CHECK-NEXT:[10, -1, -2, 40] [10, 20, 30, 9]
    print(v.join(w), v.interleave(w))
    # CHECK-NEXT:[10, 20, 30, 40, 50, 60, 70, 80] [10, 50, 20, 60, 30, 70, 40, 80]
    var p = v.join(w).deinterleave()
    print(p[0], p[1])
    # CHECK-NEXT:[10, 30, 50, 70] [20, 40, 60, 80]
    print(v.reversed(), v.rotate_left[1](), v.rotate_right[1](), v.shift_left[1](), v.shift_right[2]())
    # CHECK-NEXT:[40, 30, 20, 10] [20, 30, 40, 10] [40, 10, 20, 30] [20, 30, 40, 0] [0, 0, 10, 20]
    print(iota[DType.int32, 4](), iota[DType.float32, 8](0.5), iota[DType.uint8, 3](250))
    # CHECK-NEXT:[0, 1, 2, 3] [0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5] [250, 251, 252]
    var x = SIMD[DType.float32, 8](1, 2, 3, 4, 5, 6, 7, 8)
    print(x.shuffle[7, 6, 5, 4, 3, 2, 1, 0](), x.slice[4, offset=4]().join(x.slice[4]()))
    # CHECK-NEXT:[8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0] [5.0, 6.0, 7.0, 8.0, 1.0, 2.0, 3.0, 4.0]
    var y = x * 10
    print(x.shuffle[0, 8, 1, 9, 15, 7, 14, 6](y), SIMD[DType.int8, 2](3, 4).shuffle[1, 1](), v.shuffle[3, 3, 0, 0]())
    # CHECK-NEXT:[1.0, 10.0, 2.0, 20.0, 80.0, 8.0, 70.0, 7.0] [4, 4] [40, 40, 10, 10]
    print(SIMD[DType.float64, 2](1.5, 2.5).shuffle[1, 0](), Float32(3.5).join(Float32(4.5)))
    # CHECK-NEXT:[2.5, 1.5] [3.5, 4.5]
    var i = iota[DType.index, 4](3)
    print(i, i.reduce_add(), i.cast[DType.float32](), i.reversed(), i.lt(5), (i * i).reduce_max(), iota[DType.bfloat16, 3]())
    # CHECK-NEXT:[3, 4, 5, 6] 18 [3.0, 4.0, 5.0, 6.0] [6, 5, 4, 3] [True, True, False, False] 36 [0.0, 1.0, 2.0]
    # Any number of lanes: the result's width is the mask's length.
    print(v.shuffle[0, 0](), v.shuffle[1, 2, 3](w), v.shuffle[0, 4, 1, 5, 2, 6, 3, 7](w), v.shuffle[2, 2, 2, 2, 2, 2]())
    # CHECK-NEXT:[10, 10] [20, 30, 40] [10, 50, 20, 60, 30, 70, 40, 80] [30, 30, 30, 30, 30, 30]
