# RUN: %ignis run %s | FileCheck %s --match-full-lines
# repr() and write_repr_to (a Writable default that writes as write_to does;
# String quotes and escapes, Int is Int(5), SIMD shows its type), "{!r}" in
# format; hex, oct, bin; std.math's constants, gcd, lcm, factorial,
# align_up/align_down and the builtin re-exports.
from std.math import abs, max, pi, e, tau, align_up, align_down, gcd, lcm, factorial


@fieldwise_init
struct Dog(Copyable, Writable):
    var name: String
    var age: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Dog(", self.name, ", ", self.age, ")")

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("Dog(name=", repr(self.name), ", age=", repr(self.age), ")")


# Without its own write_repr_to, repr() writes the fields by reflection
# (Mojo 1.0), even though write_to is custom.
@fieldwise_init
struct Plain(Copyable, Writable):
    var x: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Plain ", self.x)


def main() raises:
    var dog = Dog("Rex", 5)
    print(repr(dog))
    # CHECK: Dog(name='Rex', age=Int(5))
    print(String("{!s} / {!r}").format(dog.copy(), dog.copy()))
    # CHECK-NEXT: Dog(Rex, 5) / Dog(name='Rex', age=Int(5))
    print(repr("it's a\ttab\\ \n\x01 é"))
    # CHECK-NEXT: 'it\'s a\ttab\\ \n\x01 é'
    print(repr(Float64(1.5)), repr(True), repr(Plain(3)), repr(SIMD[DType.int32, 2](1, 2)))
    # CHECK-NEXT: SIMD[DType.float64, 1](1.5) True Plain(x=Int(3)) SIMD[DType.int32, 2](1, 2)

    print(hex(255), hex(-255), hex(0), oct(8), bin(5), bin(-5), bin(0))
    # CHECK-NEXT: 0xff -0xff 0x0 0o10 0b101 -0b101 0b0
    print(hex(UInt8(255)), hex(Int8(-128)), hex(~UInt64(0)), bin(True), hex(Int64(-9223372036854775807) - 1))
    # CHECK-NEXT: 0xff -0x80 0xffffffffffffffff 0b1 -0x8000000000000000
    print(hex(255, prefix=""), bin(Int32(6), prefix="b:"))
    # CHECK-NEXT: ff b:110

    print(abs(-3), max(2, 5), pi, e, tau)
    # CHECK-NEXT: 3 5 3.141592653589793 2.718281828459045 6.283185307179586
    print(align_up(13, 8), align_down(13, 8), align_up(SIMD[DType.int32, 2](1, 9), SIMD[DType.int32, 2](4)))
    # CHECK-NEXT: 16 8 [4, 12]
    print(gcd(12, 18), gcd(-4, 6, 10), gcd(0, 0), lcm(4, 6), lcm(3, 4, 5), lcm(0, 3), factorial(5), factorial(0))
    # CHECK-NEXT: 6 2 0 12 60 0 120 1
