# RUN: %ignis run %s | FileCheck %s
# Origin parameters bound by `ref[origin]` arguments, and the mutability
# parameter of their type, are inferred (origins are not tracked: every
# origin is one value and its mutability reads as True).
from std.memory import Span


def first_two[
    is_mutable: Bool, //, origin: Origin[mut=is_mutable]
](ref[origin] items: List[Int]) -> Span[Int, origin]:
    return Span(items)[0:2]


def describe[m: Bool, //, o: Origin[m]](ref[o] x: Int) -> String:
    return String("mutable" if m else "immutable", " ", x)


def main():
    var xs: List[Int] = [4, 5, 6]
    var s = first_two(xs)
    # CHECK: 2 4 5
    print(len(s), s[0], s[1])
    var n = 7
    # CHECK-NEXT: mutable 7
    print(describe(n))
