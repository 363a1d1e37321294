# RUN: %ignis build --emit=sema %s 2>&1 | FileCheck %s --allow-empty
# RUN: %ignis run %s | FileCheck %s --check-prefix=OUT
# Code that depends on opaque parameters is not judged when a generic body
# is checked uninstantiated: none of these uncalled helpers is an error.

trait Shape(Copyable):
    comptime sides: Int

    def area(self) -> Float64:
        ...

    def scaled(self, k: Float64) -> Self:
        ...


def total_area[S: Shape](shapes: List[S]) -> Float64:
    var sum = 0.0
    for s in shapes:
        sum += s.area() + s.scaled(2.0).area()
    comptime if S.sides > 3:
        sum += 1.0
    return sum


def by_width[n: Int]() -> Int:
    comptime if n == 0:
        return 0
    elif n > 100:
        comptime m = n // 2
        return m * 2
    else:
        var a = InlineArray[Int, n * 2](fill=0)
        return len(a)


def unroll[*values: Int]() -> Int:
    var t = 0
    comptime for v in values:
        t += v
    return t


def sized[dt: DType, width: Int](x: SIMD[dt, width]) -> SIMD[dt, width * 2]:
    return x.join(x)


def writes(x: Some[Writable], y: SIMD) -> String:
    var s = String()
    x.write_to(s)
    s += String(y.dtype)
    return s


struct Pair[A: Copyable & Writable, B: Copyable & Writable](Writable):
    var a: Self.A
    var b: Self.B

    def __init__(out self, a: Self.A, b: Self.B):
        self.a = a.copy()
        self.b = b.copy()

    def write_to(self, mut w: Some[Writer]):
        w.write("(", self.a, ", ", self.b, ")")

    def swap(self) -> Pair[Self.B, Self.A]:
        return Pair(self.b.copy(), self.a.copy())


def pick_type[T: AnyType]() -> Int:
    comptime if T is Int:
        return 1
    else:
        return 2


def dead_branch[n: Int]() -> Int:
    comptime if n < 0:
        return only_for_negative(n)  # a branch no instance takes: unchecked
    return n


def main():
    print(Pair(1, "x"))

# CHECK-NOT: error
# OUT: (1, x)
