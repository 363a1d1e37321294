# RUN: %ignis run %s | FileCheck %s --match-full-lines
# @implicit conversions (an Int argument or initialiser becomes a Meters),
# comptime if/elif/else, comptime for (unrolled) and comptime assert inside
# functions parameterised by a value.

struct Meters(Writable):
    var v: Float64

    def __init__(out self, v: Float64):
        self.v = v

    @implicit
    def __init__(out self, v: Int):
        self.v = Float64(v)

    def write_to(self, mut writer: Some[Writer]):
        self.v.write_to(writer)
        writer.write_str("m")


def total(a: Meters, b: Meters) -> Meters:
    return Meters(a.v + b.v)


def kind[n: Int]() -> String:
    comptime if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    else:
        return "pos"


def unrolled() -> Int:
    var t = 0
    comptime for i in range(4):
        t = t * 10 + i + 1
    return t


def checked[n: Int]() -> Int:
    comptime assert n > 0, "n must be positive"
    return n * n


def main():
    var i = 5
    var m: Meters = i
    print(m, total(i, Meters(0.5)), total(m, i * 2))
    # CHECK: 5.0m 5.5m 15.0m
    print(kind[-3](), kind[0](), kind[8](), unrolled(), checked[7]())
    # CHECK-NEXT: neg zero pos 1234 49
