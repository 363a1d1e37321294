# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Operator precedence as in Python (** binds tighter than unary minus and
# is right-associative; shifts below +; & above ^ above |; not above and
# above or), floor division and modulo rounding towards -inf, fixed-width
# integers wrapping on overflow, Float32 vs Float64 printing (shortest
# round-trip for each width) and chained comparisons.

def main():
    var two = 2
    var three = 3
    print(2 + 3 * 4 ** 2 // 5 - 1, -2 ** 2, (1 + 2) * 3, 7 - 2 - 1, 2 ** 3 ** 2)
    # CHECK: 10 -4 9 4 512
    print(two + three * 4 ** two // 5 - 1, -two ** 2, two ** three ** two, 100 // two // three)
    # CHECK-NEXT: 10 -4 512 16
    print(1 << 2 + 1, 6 & 3 | 8, 5 ^ 1 & 3, not 1 < 2 and 3 > 2 or False)
    # CHECK-NEXT: 8 10 4 False
    print(-7 // two, -7 % three, 7 % -three, 7 // -two, -(7 // two))
    # CHECK-NEXT: -4 2 -2 -4 -3

    print(Int8(127) + 1, Int8(-128) - 1, UInt8(255) + 1, UInt8(0) - 1)
    # CHECK-NEXT: -128 127 0 255
    print(Int16(32767) + 1, Int32(2147483647) + 1, Int64(9223372036854775807) + 1)
    # CHECK-NEXT: -32768 -2147483648 -9223372036854775808
    print(UInt16(65535) * 2, Int8(100) * 2, UInt32(0) - 1, -Int8(-128))
    # CHECK-NEXT: 65534 -56 4294967295 -128
    var big = Int8(120)
    for _ in range(3):
        big += 5
    print(big)
    # CHECK-NEXT: -121

    print(Float32(0.1), Float64(0.1), Float32(1.0) / 3, 1.0 / 3)
    # CHECK-NEXT: 0.1 0.1 0.33333334 0.3333333333333333
    print(Float32(16777217.0), Float32(1e20), 1e20, Float64(2.5e-8), Float32(0.1) + Float32(0.2), 0.1 + 0.2, Float64(0.1) + Float64(0.2))
    # CHECK-NEXT: 16777216.0 1e+20 1e+20 2.5e-08 0.3 0.3 0.30000000000000004

    var x = 5
    print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 != 6, 3 > x > 1)
    # CHECK-NEXT: True False True True False
