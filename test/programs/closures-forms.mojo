# RUN: %ignis run %s | FileCheck %s --match-full-lines
# More closure forms: capturing `self` in a method, raising closures,
# closures returning owned values, a closure defined in a loop body, a
# String moved into a closure.

struct Counter:
    var n: Int
    def __init__(out self):
        self.n = 0
    def bump_many(mut self, k: Int):
        def one():
            self.n += 1
        for _ in range(k):
            one()

def may_fail(x: Int) raises -> Int:
    def check(v: Int) raises -> Int:
        if v < 0:
            raise Error("negative")
        return v * 2
    return check(x)

def greet(name: String) -> String:
    def make() -> String:
        return "hi " + name
    return make()

def main() raises:
    var c = Counter()
    c.bump_many(5)
    print(c.n)
    print(may_fail(4))
    try:
        _ = may_fail(-1)
    except e:
        print("caught", e)
    print(greet("bob"))
    var total = 0
    for i in range(3):
        def add():
            total += i
        add()
    print(total)
    var s = String("x")
    def take() {s^}:
        print(s)
    take()

# CHECK: 5
# CHECK-NEXT: 8
# CHECK-NEXT: caught negative
# CHECK-NEXT: hi bob
# CHECK-NEXT: 3
# CHECK-NEXT: x
