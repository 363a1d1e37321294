# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.itertools over Lists, ranges and other iterators.
from std.itertools import count, cycle, drop_while, product, repeat, drop, take, take_while

def small(x: Int) -> Bool:
    return x < 3

def show(label: String, var xs: List[Int]):
    print(label, xs)

def main() raises:
    var l = [1, 2, 3, 4, 1]
    var got = List[Int]()
    for x in take(count(5, 2), 4):
        got.append(x)
    show("count", got^)
    # CHECK: count [5, 7, 9, 11]
    for s in repeat(String("hi"), times=2):
        print(s)
    # CHECK-NEXT: hi
    # CHECK-NEXT: hi
    for _ in repeat(1, times=0):
        print("never")
    got = []
    for x in take(l, 2):
        got.append(x)
    for x in take(l, 10):
        got.append(x)
    show("take", got^)
    # CHECK-NEXT: take [1, 2, 1, 2, 3, 4, 1]
    got = []
    for x in drop(l, 3):
        got.append(x)
    for x in drop(l, 9):
        got.append(x)
    show("drop", got^)
    # CHECK-NEXT: drop [4, 1]
    got = []
    for x in take_while[small](l):
        got.append(x)
    show("take_while", got^)
    # CHECK-NEXT: take_while [1, 2]
    got = []
    for x in drop_while[small](l):
        got.append(x)
    show("drop_while", got^)
    # CHECK-NEXT: drop_while [3, 4, 1]
    got = []
    for x in cycle(l):
        if len(got) == 8:
            break
        got.append(x)
    show("cycle", got^)
    # CHECK-NEXT: cycle [1, 2, 3, 4, 1, 1, 2, 3]
    var none = List[Int]()
    for _ in cycle(none):
        print("never")
    var a = [1, 2]
    var b = ["x", "y", "z"]
    for p in product(a, b):
        print(p[0], p[1], end="; ")
    print()
    # CHECK-NEXT: 1 x; 1 y; 1 z; 2 x; 2 y; 2 z;
    for p in product(range(2), range(3)):
        print(p[0] * 3 + p[1], end=" ")
    print()
    # CHECK-NEXT: 0 1 2 3 4 5
