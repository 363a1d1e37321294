# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.complex: ComplexSIMD arithmetic, conj, norm, squared_norm, fma,
# squared_add, exp, abs, and printing as Mojo does ("re + imi", the real
# part alone when im is 0, brackets around several values).
from std.complex import ComplexSIMD, ComplexFloat64, ComplexFloat32, ComplexScalar, abs

def main():
    var a = ComplexFloat64(1.0, 2.0)
    var b = ComplexFloat64(3.0, -1.0)
    print(a, b, a + b, a - b, a * b, a / b, -a)
    # CHECK: 1.0 + 2.0i 3.0 + -1.0i 4.0 + 1.0i -2.0 + 3.0i 5.0 + 5.0i 0.1 + 0.7i -1.0 + -2.0i
    print(a.conj(), a.norm(), a.squared_norm(), abs(b), a * 2.0, 2.0 * a)
    # CHECK-NEXT: 1.0 + -2.0i 2.23606797749979 5.0 3.1622776601683795 2.0 + 4.0i 2.0 + 4.0i
    print(ComplexFloat64(5.0), a == ComplexFloat64(1.0, 2.0), a != b)
    # CHECK-NEXT: 5.0 True True
    var c = ComplexFloat32(0.0, 3.14159265)
    print(c.__exp__())
    # CHECK-NEXT: -1.0 + -8.742278e-08i
    var v = ComplexSIMD[DType.float32, 4](SIMD[DType.float32, 4](1, 2, 3, 4), SIMD[DType.float32, 4](0, 1, 0, -1))
    print(v, v.squared_norm())
    # CHECK-NEXT: [1.0, 2.0 + 1.0i, 3.0, 4.0 + -1.0i] [1.0, 5.0, 9.0, 17.0]
    print(a.squared_add(b), a.fma(b, a))
    # CHECK-NEXT: 0.0 + 3.0i 6.0 + 7.0i
    var s = ComplexScalar[DType.float64](1.5, 0.5)
    s *= s
    print(s)
    # CHECK-NEXT: 2.0 + 1.5i
    var i = ComplexSIMD[DType.float32, 2](from_interleaved=SIMD[DType.float32, 4](1, 2, 3, 4))
    print(i)
    # CHECK-NEXT: [1.0 + 2.0i, 3.0 + 4.0i]

