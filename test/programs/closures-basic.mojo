# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Nested functions: non-capturing, recursive, capturing by reference (they
# see and mutate the enclosing variables), nested closures, parametric
# closures called with explicit parameters.

def outer(x: Int) -> Int:
    def double(v: Int) -> Int:
        return v * 2
    return double(x) + 1

def fib_of(n: Int) -> Int:
    def fib(k: Int) -> Int:
        if k < 2:
            return k
        return fib(k - 1) + fib(k - 2)
    return fib(n)

def main():
    print(outer(20))
    print(fib_of(15))

    var count = 0
    var total = 10

    @parameter
    def bump(by: Int):
        count += 1
        total += by

    bump(5)
    bump(7)
    print(count, total)

    # The closure sees the variable's current value at each call.
    var base = 100
    def add_base(v: Int) -> Int:
        return v + base
    print(add_base(1))
    base = 200
    print(add_base(1))

    # A closure defined inside a closure captures through it.
    var hits = 0
    def outer_closure(n: Int):
        def inner_closure():
            hits += 1
        for _ in range(n):
            inner_closure()
    outer_closure(3)
    outer_closure(4)
    print(hits)

    # A parametric closure: one instance per parameter value.
    var acc = 0
    def scaled[factor: Int](v: Int):
        acc += v * factor
    scaled[10](1)
    scaled[100](2)
    print(acc)

    # Strings are captured by reference too.
    var text = String("ab")
    def grow():
        text += "c"
    grow()
    grow()
    print(text)

# CHECK: 41
# CHECK-NEXT: 610
# CHECK-NEXT: 2 22
# CHECK-NEXT: 101
# CHECK-NEXT: 201
# CHECK-NEXT: 7
# CHECK-NEXT: 210
# CHECK-NEXT: abcc
