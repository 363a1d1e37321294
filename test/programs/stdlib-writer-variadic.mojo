# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Mojo 1.0's Writer API: writer.write(a, b, ...) and write_string on any
# Writer (String, a user Writer that implements only write_string, a
# Some[Writer] argument); String(a, b, ..., sep=, end=), Error(a, b, ...),
# String.format and round(x, ndigits).


@fieldwise_init
struct StringBuilder(Writer):
    var s: String

    def write_string(mut self, string: StringSlice):
        self.s += String(string)


@fieldwise_init
struct Point(Writable):
    var x: Int
    var y: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.x, ", ", self.y, ")")


def describe(mut writer: Some[Writer], name: String, value: Float64):
    writer.write_string("[")
    writer.write(name, "=", value)
    writer.write_string("]")


def check(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative value: ", x, " at ", Point(1, 2))
    return x


def main() raises:
    var builder = StringBuilder("")
    builder.write("Count: ", 42, " ", Point(1, 2))
    print(builder.s)
    # CHECK: Count: 42 (1, 2)
    var s = String()
    s.write("x=", 1.5, ", p=", Point(3, 4))
    describe(s, "pi", 3.25)
    print(s)
    # CHECK-NEXT: x=1.5, p=(3, 4)[pi=3.25]
    print(Point(5, 6), String(Point(7, 8)))
    # CHECK-NEXT: (5, 6) (7, 8)

    print(String("a", 1, 2.5, True))
    # CHECK-NEXT: a12.5True
    print(String("a", 1, 2.5, sep=", ", end="!"))
    # CHECK-NEXT: a, 1, 2.5!
    print(String(42), String("lit"), String(Int8(-3), end="."))
    # CHECK-NEXT: 42 lit -3.
    var reserved = String(capacity=64)
    reserved += "grown"
    print(reserved, len(reserved))
    # CHECK-NEXT: grown 5

    try:
        _ = check(-3)
    except e:
        print(e)
    # CHECK-NEXT: negative value: -3 at (1, 2)
    try:
        raise Error(String("from a String"))
    except e:
        print(e)
    # CHECK-NEXT: from a String
    try:
        raise Error(404)
    except e:
        print(e)
    # CHECK-NEXT: 404

    print(String("{} and {}").format(1, "two"))
    # CHECK-NEXT: 1 and two
    print(String("{1}-{0}-{1}").format("a", 2.5))
    # CHECK-NEXT: 2.5-a-2.5
    print("{{braces}} {} {!s}".format(True, Point(0, 1)))
    # CHECK-NEXT: {braces} True (0, 1)
    print(StringSlice("x={}").format(42))
    # CHECK-NEXT: x=42
    for f in ["{", "}", "{} {}", "{0} {}", "{5}", "{name}", "{!}", "{!x}"]:
        try:
            print(String(f).format(1))
        except e:
            print("error:", e)
    # CHECK-NEXT: error: there is a single curly { left unclosed or unescaped
    # CHECK-NEXT: error: there is a single curly } left unclosed or unescaped
    # CHECK-NEXT: error: Automatic indexing require more args in *args
    # CHECK-NEXT: error: Cannot both use manual and automatic indexing
    # CHECK-NEXT: error: Index 5 not in *args
    # CHECK-NEXT: error: Index name not in kwargs
    # CHECK-NEXT: error: Empty conversion flag.
    # CHECK-NEXT: error: Conversion flag "x" not recognized.

    print(round(3.14159, 2), round(2.5), round(Float64(1234.5678), -2), round(Float32(0.125), 2))
    # CHECK-NEXT: 3.14 2.0 1200.0 0.12
    print(round(1299, -2), round(17, 1), round(Int64(-1250), -2))
    # CHECK-NEXT: 1200 17 -1300
    print(round(SIMD[DType.float64, 2](1.234, 5.678), 1))
    # CHECK-NEXT: [1.2, 5.7]
