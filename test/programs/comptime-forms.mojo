# RUN: %ignis run %s | FileCheck %s --match-full-lines
# The compile-time forms side by side: `comptime X` at module, struct and
# function scope, parametric `comptime X[...]` (also as a struct member), `comptime if/elif/else`
# whose dead branches are parsed but never checked, `comptime for` over a
# range, a tuple and a list, `comptime assert`, `comptime(expr)` and
# `A if comptime(C) else B`.

comptime SIZE = 4 * 2
comptime Pair[T: AnyType] = (T, T)
comptime Twice[n: Int] = n * 2


struct Config:
    comptime depth = SIZE + 1


struct Holder[n: Int]:
    comptime Vec[dt: DType] = SIMD[dt, Self.n]


def pick[n: Int]() -> String:
    comptime if n < 0:
        return undefined_function(n)  # dead: never checked
    elif n == 0:
        return "zero"
    else:
        return "big" if comptime(n > 100) else "small"


def main():
    comptime local = Twice[SIZE]
    print(SIZE, Config.depth, local, comptime(Twice[3] + 1))
    # CHECK: 8 9 16 7
    var p: Pair[Int] = (1, 2)
    print(p[0] + p[1])
    # CHECK-NEXT: 3
    var vec: Holder[4].Vec[DType.int32] = 3
    print(vec)
    # CHECK-NEXT: [3, 3, 3, 3]
    print(pick[0](), pick[5](), pick[500]())
    # CHECK-NEXT: zero small big
    comptime for i in range(1, 10, 4):
        print(i, end=" ")
    comptime for s in ("a", "b"):
        print(s, end=" ")
    comptime for v in [10, 20]:
        print(v, end=" ")
    print()
    # CHECK-NEXT: 1 5 9 a b 10 20
    comptime assert SIZE % 2 == 0, "SIZE must be even"
    comptime if SIZE > 100:
        this_is_not_checked()
    print("done")
    # CHECK-NEXT: done
