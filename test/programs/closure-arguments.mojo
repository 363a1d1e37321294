# Closures passed as arguments whose type is a function-typed parameter
# (`[F: def(Int) -> None](f: F)`, Mojo 1.0's unified closures): each closure
# gives its own instance, raising and parametric closures included, and the
# instance may pass the closure on.
# RUN: %ignis run %s | FileCheck %s
# RUN: not %ignis run -D BAD=1 %s 2>&1 | FileCheck %s --check-prefix=ERR


def apply_w[F: def[w: Int](Int) -> None](f: F, n: Int):
    f[4](n)
    f[1](n + 1)


def forward[F: def(Int) raises -> Int](ref func: F, x: Int) raises -> Int:
    return twice(func, x)


def twice[F: ImplicitlyCopyable & def(Int) raises -> Int](f: F, x: Int) raises -> Int:
    return f(f(x))


def negate(x: Int) raises -> Int:
    return -x


def use_rt(f: def(Int) -> None):
    f(1)


def main() raises:
    var base = 100

    def show[w: Int](i: Int) {var}:
        print("w", w, "i", i, "base", base)

    apply_w(show, 7)
    # CHECK: w 4 i 7 base 100
    # CHECK-NEXT: w 1 i 8 base 100
    base = 5

    def add(x: Int) raises {read} -> Int:
        if x > 1000:
            raise Error("too big")
        return x + base

    print(forward(add, 1), twice(negate, 3))
    # CHECK-NEXT: 11 3
    try:
        print(twice(add, 999))
    except e:
        print("error:", e)
    # CHECK-NEXT: error: too big
    print(twice(lambda (x: Int) raises -> Int: x * base, 2))
    # CHECK-NEXT: 50

    comptime if __builtin.is_defined["BAD"]:
        use_rt(add)
        use_rt(show)
        var k = 3
        _ = twice(k, 1)
# ERR: error: a raising closure as a runtime value is not supported yet
# ERR: error: closure 'show' cannot be used as a runtime value: a parametric closure can only be passed where a parameter or a closure-typed argument takes it
# ERR: error: argument 'f' must be a function or a closure, not a value of type 'Int'
