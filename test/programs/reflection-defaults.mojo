# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/reflection-not-writable.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# Writable, Equatable and Hashable have default implementations that go
# over the struct's fields by reflection, as in Mojo 1.0.

@fieldwise_init
struct Point(Writable, Equatable, Hashable, Copyable):
    var x: Int
    var y: Float64
    var name: String


@fieldwise_init
struct Segment(Writable, Equatable, Copyable):
    var a: Point
    var b: Point


@fieldwise_init
struct Custom(Writable, Equatable):
    var v: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("<", self.v, ">")

    def __eq__(self, other: Self) -> Bool:
        return self.v % 10 == other.v % 10


def main():
    var p = Point(1, 2.5, "p")
    var q = Point(1, 2.5, "p")
    var r = Point(1, 3.0, "p")
    print(p)
    # CHECK: Point(x=1, y=2.5, name=p)
    print(repr(p))
    # CHECK-NEXT: Point(x=Int(1), y=SIMD[DType.float64, 1](2.5), name='p')
    print(p == q, p == r, p != r, q != p)
    # CHECK-NEXT: True False True False
    print(p.__hash__() == q.__hash__(), p.__hash__() == r.__hash__())
    # CHECK-NEXT: True False
    var s = Segment(p.copy(), r.copy())
    print(s)
    # CHECK-NEXT: Segment(a=Point(x=1, y=2.5, name=p), b=Point(x=1, y=3.0, name=p))
    print(String(s) == "Segment(a=" + String(p) + ", b=" + String(r) + ")")
    # CHECK-NEXT: True
    print(s == Segment(q.copy(), r.copy()), s == Segment(r.copy(), p.copy()))
    # CHECK-NEXT: True False
    print(Custom(13), Custom(3) == Custom(23), Custom(3) != Custom(4))
    # CHECK-NEXT: <13> True True

# A field that is not Writable is reported where the default is used.
# ERR: error: 'Opaque' has no member named 'write_to'
# ERR: reflection-not-writable.mojo:13:11: note: in instantiation of 'Holder.write_to' called here
