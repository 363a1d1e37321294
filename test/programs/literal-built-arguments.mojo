# A list literal passed where a struct built from elements is expected
# (`*elements` constructor) builds that struct, also when the callee is
# overloaded and when the literal nests (a constructor taking `*elements`
# of its own type takes nested literals as elements); among equally good
# overloads, one without a `*args` pack wins.
# RUN: %ignis run %s | FileCheck %s


@fieldwise_init
struct Pair(Copyable, Writable):
    var a: Int
    var b: Int

    def write_to(self, mut w: Some[Writer]):
        w.write("<", self.a, " ", self.b, ">")


struct Bag(Copyable, Writable):
    var total: Int
    var parts: Int

    def __init__(out self, *values: Int):
        self.total = 0
        self.parts = 0
        for v in values:
            self.total += v
            self.parts += 1

    @implicit
    def __init__(out self, value: Int):
        self.total = value * 100
        self.parts = 1

    def __init__(out self, first: Bag, *rest: Bag):
        self.total = first.total
        self.parts = 1
        for r in rest:
            self.total += r.total
            self.parts += 1

    def write_to(self, mut w: Some[Writer]):
        w.write("Bag(", self.total, "/", self.parts, ")")


def show(b: Bag):
    print("one", b)


def show(b: Bag, c: Bag):
    print("two", b, c)


def show(p: Pair):
    print("pair", p)


def main():
    # (value: Int) beats (*values: Int) for one argument.
    # CHECK: Bag(700/1) Bag(7/2)
    print(Bag(7), Bag(3, 4))
    # CHECK-NEXT: one Bag(6/3)
    show([1, 2, 3])
    # CHECK-NEXT: two Bag(3/2) Bag(9/2)
    show([1, 2], [4, 5])
    # Nested: each inner literal is a Bag, the outer one a Bag of Bags.
    # CHECK-NEXT: one Bag(10/2)
    show([[1, 2], [3, 4]])
    # CHECK-NEXT: pair <1 2>
    show(Pair(1, 2))
