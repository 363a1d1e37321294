# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Closures as compile-time parameters: each closure is its own
# instantiation; a callee can call it and pass it on.

def apply[f: def(Int) capturing -> Int](x: Int) -> Int:
    return f(x)

def twice[f: def(Int) capturing -> Int](x: Int) -> Int:
    return apply[f](apply[f](x))

def repeat[body: def() capturing -> None](n: Int):
    for _ in range(n):
        body()

def main():
    var offset = 3
    def add(v: Int) -> Int:
        return v + offset
    def mul(v: Int) -> Int:
        return v * offset
    print(apply[add](10))
    print(apply[mul](10))
    print(twice[add](10))
    offset = 5
    print(twice[mul](2))

    var calls = 0
    def tick():
        calls += 1
    repeat[tick](4)
    repeat[tick](3)
    print(calls)

    # A non-capturing nested function works as a parameter too.
    def square(v: Int) -> Int:
        return v * v
    print(apply[square](9))

# CHECK: 13
# CHECK-NEXT: 30
# CHECK-NEXT: 16
# CHECK-NEXT: 50
# CHECK-NEXT: 7
# CHECK-NEXT: 81
