# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Generic structs: a struct parameterised by a type bound to
# `Writable & Copyable` with `Self.T` fields, explicit instantiation with
# Int, Float64 and String; a struct parameterised by a value with a comptime
# member computed from it through Self.

@fieldwise_init
struct Pair[T: Writable & Copyable](Writable, Copyable):
    var first: Self.T
    var second: Self.T

    def swap(self) -> Self:
        return Self(self.second, self.first)

    def write_to(self, mut writer: Some[Writer]):
        writer.write_str("(")
        self.first.write_to(writer)
        writer.write_str(", ")
        self.second.write_to(writer)
        writer.write_str(")")


struct Box[n: Int]:
    var v: Int
    comptime twice = Self.n * 2

    def __init__(out self):
        self.v = Self.n

    def get(self) -> Int:
        return self.v + Self.twice


def main():
    var p = Pair[Int](1, 2)
    print(p, p.swap())
    # CHECK: (1, 2) (2, 1)
    var q = Pair[Float64](1.5, -2.0)
    print(q.swap(), q.first + q.second)
    # CHECK-NEXT: (-2.0, 1.5) -0.5
    var s = Pair[String](String("a"), String("b"))
    print(s.swap(), s.first + s.second)
    # CHECK-NEXT: (b, a) ab
    var b = Box[3]()
    print(b.get(), b.twice, Box[5]().get(), Box[0]().get())
    # CHECK-NEXT: 9 6 15 0
