# Every SIMD member works on Int (a one-lane SIMD[DType.int, 1]), and
# Int's own members keep working on a Scalar[DType.int].
# RUN: %ignis run %s | FileCheck %s --match-full-lines


def main():
    var a = 42
    print(Int.MAX, Int.MIN)
    # CHECK: 9223372036854775807 -9223372036854775808
    print(Int.MAX_FINITE == Int.MAX, Int.MIN_FINITE == Int.MIN)
    # CHECK-NEXT: True True
    print(Scalar[DType.int].MAX, SIMD[DType.int, 1].MIN)
    # CHECK-NEXT: 9223372036854775807 -9223372036854775808
    print(UInt8.MAX, Int8.MIN, Int16.MAX_FINITE, UInt.MAX)
    # CHECK-NEXT: 255 -128 32767 18446744073709551615

    print(a.cast[DType.float32]() / 8, a.cast[DType.uint8](), a.cast[DType.int]())
    # CHECK-NEXT: 5.25 42 42
    print(a[0], len(a), a.reduce_add(), a.reduce_mul(), a.reduce_max(), a.reduce_min())
    # CHECK-NEXT: 42 1 42 42 42 42
    var b = a
    b[0] = 7
    print(b, a.reduce_bit_count(), a.reduce_and(), a.reduce_or())
    # CHECK-NEXT: 7 3 42 42
    print(a.is_power_of_two(), Int(64).is_power_of_two(), Int(0).is_power_of_two())
    # CHECK-NEXT: False True False
    print(a.fma(2, 1), a.clamp(0, 10), (-5).clamp(0, 10), a.clamp(50, 60))
    # CHECK-NEXT: 85 10 0 50
    print(a.eq(42), a.lt(10), a.ge(42), a.ne(1))
    # CHECK-NEXT: True False True True
    print(a.join(7), a.interleave(8), a.slice[1](), a.shuffle[0, 0, 0]())
    # CHECK-NEXT: [42, 7] [42, 8] 42 [42, 42, 42]
    print(a.reversed(), a.rotate_left[1](), a.shift_left[0](), a.shift_right[1]())
    # CHECK-NEXT: 42 42 42 0
    print(Int(1).select(Float32(1.5), Float32(2.5)), Int(0).select(Int8(1), Int8(2)))
    # CHECK-NEXT: 1.5 2
    print(abs(-3), (-3).__abs__(), divmod(17, 5)[0], (17).__divmod__(5)[1], round(1234, -2))
    # CHECK-NEXT: 3 3 3 2 1200
    print(Float64(a), a.__float__(), Int(a.__float__()))
    # CHECK-NEXT: 42.0 42.0 42

    # Shifts and the other operators, reflected and in place.
    var c = 1
    c <<= 4
    c |= 3
    c //= 2
    c **= 2
    print(c, 1 << 3, 256 >> 4, a ^ 1, 100 % 7, 2**10)
    # CHECK-NEXT: 81 8 16 43 2 1024

    # Int's own members on a Scalar[DType.int].
    var s: Scalar[DType.int] = 12
    print(s.__index__(), s.__int__(), Int(s), hash(s) == hash(12), String(s))
    # CHECK-NEXT: 12 12 12 True 12
    var xs = [10, 20, 30]
    print(xs[Scalar[DType.int](1)])
    # CHECK-NEXT: 20
