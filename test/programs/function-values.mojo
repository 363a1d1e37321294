# RUN: %ignis run %s | FileCheck %s --match-full-lines
# RUN: not %ignis run %S/Inputs/function-value-overloaded.mojo 2>&1 | FileCheck %s --check-prefix=ERR
# A module function named without a call is a function value: it can be
# stored in a variable and passed to a parameter of function type.


def double(x: Int) -> Int:
    return x * 2


def square(x: Int) -> Int:
    return x * x


def apply(f: def(Int) -> Int, v: Int) -> Int:
    return f(v)


def main():
    var f = double
    print(f(4), apply(square, 5), apply(double, 1))
    # CHECK: 8 25 2
    f = square
    print(f(9))
    # CHECK-NEXT: 81

# ERR: function-value-overloaded.mojo:10:13: error: an overloaded function used as a value is not supported yet
