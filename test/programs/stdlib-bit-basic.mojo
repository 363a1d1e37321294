# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.bit on Int and on integral SIMD values (lane by lane): pop_count,
# count_leading/trailing_zeros, bit_width, next/prev_power_of_two,
# is_power_of_two, byte_swap, bit_reverse, rotate_bits_left/right,
# log2_floor, log2_ceil, bit_not.
from std.bit import *

def main():
    print(pop_count(255), pop_count(-1), count_leading_zeros(1), count_trailing_zeros(8), count_leading_zeros(0))
    # CHECK: 8 64 63 3 64
    print(pop_count(SIMD[DType.uint8, 4](0, 1, 3, 255)), count_leading_zeros(UInt16(1)), count_trailing_zeros(Int32(0)))
    # CHECK-NEXT: [0, 1, 2, 8] 15 32
    print(bit_width(5), bit_width(0), bit_width(-1), bit_width(-5), bit_width(Int8(-128)), bit_width(UInt8(255)))
    # CHECK-NEXT: 3 0 0 3 7 8
    print(next_power_of_two(5), next_power_of_two(1), next_power_of_two(0), next_power_of_two(64), next_power_of_two(UInt32(17)))
    # CHECK-NEXT: 8 1 1 64 32
    print(prev_power_of_two(5), prev_power_of_two(0), prev_power_of_two(64), prev_power_of_two(SIMD[DType.int32, 4](0, 1, 7, 9)))
    # CHECK-NEXT: 4 0 64 [0, 1, 4, 8]
    print(is_power_of_two(64), is_power_of_two(0), is_power_of_two(6), is_power_of_two(SIMD[DType.uint8, 4](0, 1, 2, 3)))
    # CHECK-NEXT: True False False [False, True, True, False]
    print(byte_swap(UInt32(0x12345678)) == UInt32(0x78563412), byte_swap(UInt16(0x0102)), byte_swap(UInt8(7)), byte_swap(1) == 1 << 56)
    # CHECK-NEXT: True 513 7 True
    print(bit_reverse(UInt8(1)), bit_reverse(1) < 0, bit_reverse(SIMD[DType.uint8, 2](2, 128)))
    # CHECK-NEXT: 128 True [64, 1]
    print(rotate_bits_left[4](UInt8(0x12)) == UInt8(0x21), rotate_bits_right[1](UInt8(1)), rotate_bits_left[1](-1), rotate_bits_left[-1](2), rotate_bits_right[8](0xFF) == -72057594037927936)
    # CHECK-NEXT: True 128 -1 1 True
    print(log2_floor(1), log2_floor(8), log2_floor(9), log2_floor(0), log2_floor(SIMD[DType.int32, 4](0, 1, 8, 1000)))
    # CHECK-NEXT: 0 3 3 -1 [-1, 0, 3, 9]
    print(log2_ceil(1), log2_ceil(8), log2_ceil(9), log2_ceil(UInt32(9)), bit_not(UInt8(0)))
    # CHECK-NEXT: 0 3 4 4 255

    print(UInt8(64).is_power_of_two(), (48).is_power_of_two(), SIMD[DType.int32, 4](-4, 4, 5, 1).is_power_of_two())
    # CHECK-NEXT: True False [False, True, False, True]
