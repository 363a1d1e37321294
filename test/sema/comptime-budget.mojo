# RUN: not %ignis build --emit=sema %s 2>&1 | FileCheck %s
# RUN: not %ignis build --emit=sema --comptime-steps=500 %s 2>&1 | FileCheck %s --check-prefix=SMALL
# Compile-time evaluation is budgeted: an endless loop, unbounded recursion
# and I/O are located errors with the call chain, never a hang.

def spin() -> Int:
    var i = 0
    while True:
        i += 1
    return i


def start() -> Int:
    return spin()


def deep(n: Int) -> Int:
    return deep(n + 1) + 1


def noisy() -> Int:
    print("hi")
    return 1


def fib(n: Int) -> Int:
    # A loop: memoised calls cannot shorten it (the recursive fib can).
    var a = 0
    var b = 1
    for _ in range(n):
        var t = a + b
        a = b
        b = t
    return a


comptime A = start()
comptime B = deep(0)
comptime C = noisy()
comptime D = fib(300)


def main():
    print(A, B, C, D)

# CHECK: comptime-budget.mojo:8:5: error: compile-time evaluation exceeded 50000000 steps in 'spin'
# CHECK-NEXT: {{^}}    while True:
# CHECK: comptime-budget.mojo:14:12: note: 'spin' called from here
# CHECK: comptime-budget.mojo:37:14: note: 'start' called from here
# CHECK: comptime-budget.mojo:18:17: error: compile-time evaluation exceeded 512 nested calls in 'deep'
# CHECK: comptime-budget.mojo:18:12: note: 'deep' called from here
# CHECK: comptime-budget.mojo:38:14: note: 506 more calls omitted
# CHECK: comptime-budget.mojo:22:11: error: 'noisy' cannot run at compile time: it calls the external function 'ignis_rt_write' (I/O and FFI are not evaluable at compile time)
# CHECK: comptime-budget.mojo:39:14: note: 'noisy' called from here
# CHECK-NOT: error

# SMALL: comptime-budget.mojo:{{[0-9]+}}:{{[0-9]+}}: error: compile-time evaluation exceeded 500 steps in 'spin'
# SMALL: error: compile-time evaluation exceeded 500 steps in 'fib'
