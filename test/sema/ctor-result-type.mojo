# RUN: %ignis run %s | FileCheck %s
# A constructor whose `out self` names the struct with parameters computed
# from its own type parameters: `Dims(a, b)` infers A and B from the
# arguments' types, then the struct's parameters from the result type. An
# argument that does not meet a parameter's trait bound (Int is not
# Counted) picks another overload.


trait Counted(ImplicitlyCopyable):
    comptime total: Int

    def count(self) -> Int:
        ...


@register_passable("trivial")
struct One(Counted):
    comptime total = 1

    def __init__(out self):
        pass

    def count(self) -> Int:
        return 1


@register_passable("trivial")
struct Dims[n: Int](Counted):
    comptime total = Self.n
    var runtime: Int

    def __init__(out self):
        self.runtime = 0

    def __init__[
        A: Counted, B: Counted
    ](out self: Dims[A.total + B.total], a: A, b: B):
        self.runtime = a.count() + b.count()

    def __init__[B: Counted](out self: Dims[100 + B.total], a: Int, b: B):
        self.runtime = a + b.count()

    def count(self) -> Int:
        return self.runtime


def main():
    var two = Dims(One(), One())
    # CHECK: 2 2
    print(two.n, two.count())
    var three = Dims(two, One())
    # CHECK-NEXT: 3 3
    print(three.n, three.count())
    var mixed = Dims(40, three)
    # CHECK-NEXT: 103 43
    print(mixed.n, mixed.count())
