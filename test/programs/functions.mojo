# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Functions: keyword and default arguments, keyword-only arguments,
# overloading (the most specific candidate wins), generic functions with
# inferred and explicit parameters, recursion, tuples.

def greet(name: String, greeting: String = "Hello") -> String:
    return greeting + ", " + name + "!"

def scale(x: Int, *, factor: Int = 2) -> Int:
    return x * factor

def kind(x: Int) -> String:
    return "Int"

def kind(x: Float64) -> String:
    return "Float64"

def kind(x: String) -> String:
    return "String"

def first[T: Writable](a: T, b: T) -> T:
    return a

def repeat[n: Int](x: Int) -> Int:
    var total = 0
    for _ in range(n):
        total += x
    return total

def gcd(a: Int, b: Int) -> Int:
    if b == 0:
        return a
    return gcd(b, a % b)

def min_max(a: Int, b: Int) -> (Int, Int):
    if a < b:
        return (a, b)
    return (b, a)

def main():
    print(greet("Mojo"), greet("Ignis", greeting="Hi"))
    # CHECK: Hello, Mojo! Hi, Ignis!
    print(scale(21), scale(5, factor=3))
    # CHECK-NEXT: 42 15
    print(kind(1), kind(1.5), kind("s"))
    # CHECK-NEXT: Int Float64 String
    print(first(3, 4), first("a", "b"), repeat[4](5))
    # CHECK-NEXT: 3 a 20
    print(gcd(1071, 462))
    # CHECK-NEXT: 21
    var lo, hi = min_max(9, 4)
    print(lo, hi)
    # CHECK-NEXT: 4 9
    var q, r = divmod(17, 5)
    print(q, r, abs(-4), min(3, 8), max(3, 8))
    # CHECK-NEXT: 3 2 4 3 8
