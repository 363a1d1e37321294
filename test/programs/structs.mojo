# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Structs: fields, methods, mut self, static methods, operators through
# dunder methods (including reflected and in-place forms), Self, comptime
# members and @fieldwise_init.

@fieldwise_init
struct Vec2(Writable):
    var x: Float64
    var y: Float64
    comptime dims = 2

    @staticmethod
    def zero() -> Self:
        return Self(0.0, 0.0)

    def __add__(self, other: Self) -> Self:
        return Self(self.x + other.x, self.y + other.y)

    def __mul__(self, k: Float64) -> Self:
        return Self(self.x * k, self.y * k)

    def __rmul__(self, k: Float64) -> Self:
        return self * k

    def __iadd__(mut self, other: Self):
        self.x += other.x
        self.y += other.y

    def __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    def dot(self, other: Self) -> Float64:
        return self.x * other.x + self.y * other.y

    def write_to(self, mut writer: Some[Writer]):
        writer.write_str("(")
        self.x.write_to(writer)
        writer.write_str(", ")
        self.y.write_to(writer)
        writer.write_str(")")


struct Counter:
    var count: Int

    def __init__(out self, start: Int):
        self.count = start

    def bump(mut self, by: Int = 1):
        self.count += by


def main():
    var a = Vec2(1.0, 2.0)
    var b = Vec2(0.5, -1.0)
    print(a + b, a * 2.0, 3.0 * b, a.dot(b))
    # CHECK: (1.5, 1.0) (2.0, 4.0) (1.5, -3.0) -1.5
    a += b
    print(a, a == Vec2(1.5, 1.0), Vec2.zero(), Vec2.dims)
    # CHECK-NEXT: (1.5, 1.0) True (0.0, 0.0) 2
    var c = Counter(10)
    c.bump()
    c.bump(by=5)
    print(c.count)
    # CHECK-NEXT: 16
