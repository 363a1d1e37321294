# RUN: %ignis run -I %S/Inputs/shapes %s | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/init-list-bad.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# Static methods through a module-qualified type or a value, a local that
# shadows a module's name, trait comptime defaults, `Self.Member` in a
# field's type, init lists typed by context, `_ = x`, Int division.
import rects
from std.sys.info import bit_width_of


struct Counter:
    var n: Int

    def __init__(out self):
        self.n = 0

    @staticmethod
    def describe(label: String):
        print("Counter:", label)


trait Sized:
    comptime Unit: RegisterPassable
    comptime unit_bits = bit_width_of[Self.Unit]()


trait Holder:
    comptime Held: Writable & Copyable & ImplicitlyDeletable

    def get(self) -> Self.Held:
        ...


@fieldwise_init
struct Bytes(Sized):
    comptime Unit = Int16


@fieldwise_init
struct TextHolder(Holder):
    comptime Held = String
    var value: Self.Held

    def get(self) -> Self.Held:
        return self.value.copy()


@fieldwise_init
struct Pair(Copyable):
    var first: Int
    var second: Int


def swapped(p: Pair) -> Pair:
    return {first = p.second, second = p.first}


def main():
    # CHECK: 6 6
    var r = rects.Rect.square(3, scale=2)
    print(r.w, r.h)
    # CHECK-NEXT: 12
    print(rects.Grid[3, 4].cells())
    # CHECK-NEXT: 5 5
    rects = rects.Rect.square(5)
    print(rects.w, rects.h)
    # CHECK-NEXT: Counter: static
    Counter.describe("static")
    # CHECK-NEXT: Counter: through a value
    var c = Counter()
    c.describe("through a value")
    # CHECK-NEXT: 16
    print(Bytes.unit_bits)
    # CHECK-NEXT: hello
    print(TextHolder(value="hello").get())
    # CHECK-NEXT: 3 4
    var p: Pair = {first = 3, second = 4}
    print(p.first, p.second)
    # CHECK-NEXT: 4 3
    var q = swapped(p)
    print(q.first, q.second)
    # CHECK-NEXT: 1 2
    var s: Pair = {1, 2}
    print(s.first, s.second)
    # `_ = xs` reads xs (keeping it alive); it never copies it.
    var xs = [1, 2, 3]
    _ = xs
    # CHECK-NEXT: 3
    print(len(xs))
    # Int `/` truncates toward zero, `//` rounds down (Mojo 1.0).
    var a = -7
    var b = 4
    # CHECK-NEXT: -1 -2 1
    print(a / b, a // b, a % b)

# ERR: init-list-bad.mojo:8:31: error: 'Pair' has no argument named 'third'
# ERR-NEXT:     var p: Pair = {first = 1, third = 2}
# ERR-NEXT:                               ^~~~~~~~~
