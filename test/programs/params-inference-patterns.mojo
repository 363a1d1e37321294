# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/params-inference-mixed.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# Parameters inferred from argument types through patterns: comptime
# aliases (the standard library's Scalar, a user's own), nested struct
# types, a constructor's variadic argument, and a static method called on
# the bare struct name.

from std.math import sqrt

comptime Four[T: Copyable & ImplicitlyDeletable] = InlineArray[T, 4]
comptime Vec4[dt: DType] = SIMD[dt, 4]

def inv_sqrt[dt: DType](x: Scalar[dt]) -> Scalar[dt]:
    return 1 / sqrt(x)

def first[T: Copyable & ImplicitlyDeletable & Writable](p: Four[T]) -> T:
    return p[0].copy()

def lanes[dt: DType](v: Vec4[dt]) -> String:
    return String(dt) + " x4"

struct Box[T: Writable & Copyable & ImplicitlyDeletable]:
    var value: Self.T

    def __init__(out self, value: Self.T):
        self.value = value.copy()

struct Both[T: Writable & Copyable & ImplicitlyDeletable]:
    @staticmethod
    def show(a: Box[Self.T], b: Box[Self.T]):
        print(String(a.value), String(b.value))

struct Bag[T: Copyable & ImplicitlyDeletable & Writable]:
    var count: Int
    var last: Self.T

    def __init__(out self, var *items: Self.T):
        self.count = len(items)
        self.last = items[len(items) - 1].copy()

def main():
    print(inv_sqrt(Float32(4.0)), inv_sqrt(Scalar[DType.float64](16)))
    print(first(Four[Int](fill=3)), first(InlineArray[String, 4](fill="a")))
    print(lanes(SIMD[DType.uint8, 4](1)))
    Both.show(Box(1), Box(2))
    Both.show(Box("x"), Box("y"))
    var bag = Bag(10, 20, 30)
    print(bag.count, bag.last)
    var words = Bag("one")
    print(words.count, words.last)

# CHECK: 0.5 0.25
# CHECK-NEXT: 3 a
# CHECK-NEXT: uint8 x4
# CHECK-NEXT: 1 2
# CHECK-NEXT: x y
# CHECK-NEXT: 3 30
# CHECK-NEXT: 1 one

# ERR: params-inference-mixed.mojo:15:29: error: cannot convert a value of type 'Box[Int]' to 'Box[String]' for argument 'b' of 'show'
# ERR: params-inference-mixed.mojo:16:5: error: 'Both' takes 1 parameter(s), but 0 were given
