# RUN: %ignis run %s | FileCheck %s --match-full-lines
# A DType used as a run-time value prints and compares; DType.int is Int's
# dtype; SIMD[dt, n]() is all zeros; after a `comptime if` whose branch
# returns, the rest of the block is not instantiated.


def halve[dt: DType, n: Int](x: SIMD[dt, n]) -> SIMD[dt, n // 2]:
    var r = SIMD[dt, n // 2]()
    for i in range(n // 2):
        r[i] = x[i] + x[i + n // 2]
    return r


def total(x: SIMD) -> Int:
    comptime if x.size == 1:
        return Int(x[0])
    return total(halve(x))


def main():
    var x = SIMD[DType.int32, 2](4, 8)
    print(x.dtype, DType.float64, x.dtype == DType.int32, x.dtype == DType.uint8)
    # CHECK: int32 float64 True False
    var d = DType.bfloat16
    print(d, repr(d), d.is_floating_point(), DType.int8.is_floating_point())
    # CHECK-NEXT: bfloat16 DType.bfloat16 True False
    print(SIMD[DType.float32, 4](), SIMD[DType.int, 2]())
    # CHECK-NEXT: [0.0, 0.0, 0.0, 0.0] [0, 0]
    print(total(SIMD[DType.int, 8](1, 2, 3, 4, 5, 6, 7, 8)))
    # CHECK-NEXT: 36
