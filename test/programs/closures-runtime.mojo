# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Closures as runtime arguments: a parameter of function type receives a
# closure value (its trampoline and captured places); the callee calls it
# or passes it on. It sees the captured variables' current values.

def apply_twice(f: def(Int) -> Int, x: Int) -> Int:
    return f(f(x))

def each(n: Int, body: def(Int) -> None):
    for i in range(n):
        body(i)

def forward(f: def(Int) -> Int) -> Int:
    return apply_twice(f, 1)

def main():
    var k = 10
    def add_k(v: Int) -> Int:
        return v + k
    print(apply_twice(add_k, 1))
    k = 100
    print(forward(add_k))
    var log = String()
    def record(i: Int):
        log += String(i) + ","
    each(4, record)
    print(log)
    def pure(v: Int) -> Int:
        return v * 3
    print(apply_twice(pure, 2))
    var s = String("ab")
    def grow(n: Int):
        for _ in range(n):
            s += "!"
    each(3, grow)
    print(s)

# CHECK: 21
# CHECK-NEXT: 201
# CHECK-NEXT: 0,1,2,3,
# CHECK-NEXT: 18
# CHECK-NEXT: ab!!!
