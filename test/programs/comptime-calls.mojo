# RUN: %ignis run %s | FileCheck %s --match-full-lines
# The compile-time interpreter: comptime values computed by calls to the
# program's own functions (recursion, loops, structs, methods, String on the
# interpreter heap, fixed-width wrap, floats), `comptime for` over calls and
# tuples, parametric comptime declarations and `comptime(...)`.

def fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def count_items() -> Int:
    var c = 0
    for i in range(10):
        if i % 3 == 0:
            c += 1
    return c


@fieldwise_init
struct Point(ImplicitlyCopyable):
    var x: Int
    var y: Int

    def norm2(self) -> Int:
        return self.x * self.x + self.y * self.y


def greet(name: String) -> String:
    var s = String("hello, ")
    s += name
    return s + "!"


def wrap() -> UInt8:
    var x: UInt8 = 250
    return x + 10


def area(r: Float64) -> Float64:
    return 3.0 * r * r


def sum_to(n: Int) -> Int:
    var t = 0
    for i in range(n):
        t += i
    return t


def repeat[n: Int]() -> Int:
    return n * 100


comptime N = fib(20)
comptime Twice[k: Int] = k * 2


def main():
    comptime M = fib(10) * 2
    comptime Q = Twice[fib(7)]
    print(N, M, Q)
    # CHECK: 6765 110 26
    comptime P = Point(3, 4).norm2()
    comptime S = greet("mojo")
    comptime W = wrap()
    comptime F = area(2.0)
    comptime T = sum_to(100)
    print(P, S, W, F, T)
    # CHECK-NEXT: 25 hello, mojo! 4 12.0 4950
    print(repeat[count_items()](), comptime(sum_to(5)))
    # CHECK-NEXT: 400 10
    comptime for i in range(count_items()):
        print(i, end=" ")
    print()
    # CHECK-NEXT: 0 1 2 3
    comptime for x in (1, 5, fib(6)):
        print(x, end=" ")
    print()
    # CHECK-NEXT: 1 5 8
