# RUN: %ignis run %s | FileCheck %s
# SIMD's MAX, MIN, MAX_FINITE and MIN_FINITE, reached through the scalar
# aliases (UInt8, Int32, Float64...) as through SIMD itself; at compile time
# a float read through a bitcast pointer has the integer's bits.


def bits_as_float(bits: UInt64) -> Float64:
    var cell = bits
    return UnsafePointer(to=cell).bitcast[Float64]()[0]


def main():
    # CHECK: 255 0 -128 127
    print(UInt8.MAX, UInt8.MIN, Int8.MIN, Int8.MAX)
    # CHECK-NEXT: -32768 -2147483648 65535
    print(SIMD[DType.int16, 1].MIN, Int32.MIN, UInt16.MAX)
    # CHECK-NEXT: inf -inf
    print(Float32.MAX, Float64.MIN)
    # CHECK-NEXT: 1.7976931348623157e+308 -3.4028235e+38
    print(Float64.MAX_FINITE, Float32.MIN_FINITE)
    # CHECK-NEXT: 9223372036854775807 -9223372036854775808
    print(Int.MAX, Int.MIN)
    comptime one = bits_as_float(0x3FF0000000000000)
    # CHECK-NEXT: 1.0 1.0
    print(one, bits_as_float(0x3FF0000000000000))
