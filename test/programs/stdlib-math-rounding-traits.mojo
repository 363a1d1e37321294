# RUN: %ignis run %s | FileCheck %s --match-full-lines
# floor/ceil/trunc/ceildiv through the Floorable, Ceilable, Truncable and
# CeilDivable traits: SIMD, Int and a struct of our own.
from std.math import Floorable, Ceilable, Truncable, CeilDivable
from std.math import floor, ceil, trunc, ceildiv


@fieldwise_init
struct Money(Floorable, Ceilable, Truncable, CeilDivable, Writable, ImplicitlyCopyable):
    var cents: Int

    def __floor__(self) -> Self:
        return Money(self.cents // 100 * 100)

    def __ceil__(self) -> Self:
        return Money(ceildiv(self.cents, 100) * 100)

    def __trunc__(self) -> Self:
        return Money(Int(Float64(self.cents) / 100.0) * 100)

    def __ceildiv__(self, denominator: Self) -> Self:
        return Money(ceildiv(self.cents, denominator.cents))

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.cents)


def round_down[T: Floorable](x: T) -> T:
    return floor(x)


def main():
    print(floor(2.7), ceil(2.1), trunc(-2.7), floor(Float32(-1.5)))
    # CHECK: 2.0 3.0 -2.0 -2.0
    print(floor(5), ceil(-5), trunc(7), ceildiv(7, 2), ceildiv(-7, 2))
    # CHECK: 5 -5 7 4 -3
    print(floor(SIMD[DType.float32, 4](1.5, -1.5, 2.0, 0.2)))
    # CHECK: [1.0, -2.0, 2.0, 0.0]
    print(ceildiv(UInt8(7), UInt8(2)), ceildiv(UInt8(8), UInt8(2)), ceildiv(Int8(-7), Int8(2)))
    # CHECK: 4 4 -3
    print(floor(Money(-250)), ceil(Money(250)), trunc(Money(-250)), ceildiv(Money(7), Money(2)))
    # CHECK: -300 300 -200 4
    print(round_down(BFloat16(192.5)), round_down(Money(199)))
    # CHECK: 192.0 100
