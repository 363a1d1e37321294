# RUN: %ignis run %s | FileCheck %s
# A constructor whose `out self` names the struct with parameters computed
# from its own type parameters: `Dims(a, b)` infers A and B from the
# arguments' types, then the struct's parameters from the result type. An
# argument that does not meet a parameter's trait bound (Int is not
# Counted) picks another overload; a tuple pattern (`Tuple[Int, B]`) binds
# its elements' parameters, in constructors and in functions, and a tuple
# never meets a trait that requires a comptime member.


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

    def __init__[
        B: Counted
    ](out self: Dims[200 + B.total], t: Tuple[Int, B]):
        self.runtime = t[0] * 1000 + t[1].count()

    def count(self) -> Int:
        return self.runtime


def first_total[B: Counted](t: Tuple[Int, B]) -> Int:
    return t[0] + B.total


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
    var pair = Dims((7, two))
    # CHECK-NEXT: 202 7002 12
    print(pair.n, pair.count(), first_total((10, two)))
    # CHECK-NEXT: True False True
    print(
        conforms_to(Dims[2], Counted),
        conforms_to(Tuple[Int, Int], Counted),
        conforms_to(Tuple[Int, Int], ImplicitlyCopyable),
    )
