# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Integer and float arithmetic, Python's floor division and modulo, literal
# folding with arbitrary precision, and how numbers print.

def main():
    print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3)
    # CHECK: 3 -4 1 2 -2
    var a = 17
    var b = -5
    print(a // b, a % b, a * b, a - b, a + b)
    # CHECK-NEXT: -4 -3 -85 22 12
    print(2 ** 10, 3 ** 0, a ** 2)
    # CHECK-NEXT: 1024 1 289
    print(1 << 40, 255 & 15, 8 | 3, 6 ^ 3, ~0, -16 >> 2)
    # CHECK-NEXT: 1099511627776 15 11 5 -1 -4
    # Literal arithmetic is exact (FloatLiteral), so 0.1 + 0.2 is 0.3;
    # as Float64 values it rounds each operand first.
    print(10 / 4, 1.5 * 2, 0.1 + 0.2, 1e20, 1.0, 100.0, 2.5e-7, Float64(0.1) + 0.2)
    # CHECK-NEXT: 2.5 3.0 0.3 1e+20 1.0 100.0 2.5e-07 0.30000000000000004
    var x: Float64 = 3
    print(x / 2, -x, x * x)
    # CHECK-NEXT: 1.5 -3.0 9.0
    print((10**30) // (10**28), 2**62 + 2**62 - 2**63 + 1)
    # CHECK-NEXT: 100 1
    var f32 = Float32(0.1)
    print(f32, Float64(f32) == 0.1, Int(3.99), Int(-3.99))
    # CHECK-NEXT: 0.1 False 3 -3
    print(Int8(127) + 1, UInt8(250) + 10, Int32(7) // 2)
    # CHECK-NEXT: -128 4 3
