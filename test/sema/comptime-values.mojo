# RUN: %ignis run %s | FileCheck %s
# RUN: env IGNIS_COMPTIME_MEMO=0 not %ignis run --comptime-steps=1000000 %s 2>&1 | FileCheck %s --check-prefix=NOMEMO
# Compile-time values beyond scalars: tuples and Lists computed by calls
# (indexed, iterated, spread into parameter lists), variadic arguments,
# memcpy and String concatenation in the interpreter, and memoised pure
# calls (fib(40) by the exponential recursion runs in linear steps; without
# memoisation it exceeds the step budget).


def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def strides[*shape: Int]() -> List[Int]:
    var r = List[Int]()
    comptime for i in range(len(shape)):
        var p = 1
        comptime for j in range(i + 1, len(shape)):
            p *= shape[j]
        r.append(p)
    return r^


def minmax(*values: Int) -> Tuple[Int, Int]:
    var lo = values[0]
    var hi = values[0]
    for v in values:
        lo = min(lo, v)
        hi = max(hi, v)
    return (lo, hi)


struct Dims[*d: Int]:
    @staticmethod
    def show():
        comptime for x in Self.d:
            print(x, end=" ")
        print()


def main():
    # CHECK: 102334155
    comptime f = fib(40)
    print(f)
    comptime s = strides[2, 3, 4]()
    # CHECK-NEXT: 3 12 4 1
    print(len(s), s[0], s[1], s[2])
    # CHECK-NEXT: 12 4 1
    Dims[*s].show()
    # CHECK-NEXT: {{^}}1 {{$}}
    Dims[*strides[5]()].show()
    comptime m = minmax(4, -2, 9, 3)
    # CHECK-NEXT: -2 9
    print(m[0], m[1])
    # CHECK-NEXT: 9
    print(minmax(1, 9)[1])
    comptime w = String("comp") + "time"
    # CHECK-NEXT: comptime
    print(w)

# NOMEMO: error: compile-time evaluation exceeded 1000000 steps in 'fib'
