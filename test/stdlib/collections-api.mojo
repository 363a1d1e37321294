# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Mojo 1.0 API of Set (subset tests, in-place updates, pop, operators),
# Deque (extend, rotate, insert, remove, peek, iteration, ==), Optional
# (`opt[]`, hash) and InlineArray (==).
from std.collections import Set, Deque

def set_api() raises:
    var a = Set[Int](1, 2, 3)
    var b = Set[Int](2, 3)
    print(b.issubset(a), a.issuperset(b), a.isdisjoint(Set[Int](9)))
    a.update(Set[Int](7))
    a.difference_update(Set[Int](1))
    print(len(a), a.pop() in Set[Int](2, 3, 7))
    a.intersection_update(Set[Int](3, 7))
    a.symmetric_difference_update(Set[Int](3, 4))
    print(len(a), a ^ b, a <= a, a < a)
    # CHECK: True True True
    # CHECK-NEXT: 3 True
    # CHECK-NEXT: 1 {4, 2, 3} True False
    try:
        _ = Set[Int]().pop()
    except e:
        print(e)
    # CHECK-NEXT: Pop on empty set

def deque_api() raises:
    var d = Deque[Int]()
    d.extend([1, 2, 3])
    d.extendleft([0, -1])
    print(d, len(d), 2 in d, 9 in d, d.count(1), d.index(3))
    d.rotate(2)
    print(d)
    d.rotate(-3)
    d.reverse()
    print(d, d.peek(), d.peekleft())
    d.insert(1, 42)
    d.insert(-1, 7)
    d.remove(0)
    print(d)
    var s = 0
    for x in d:
        s += x
    print(s, d == d.copy())
    try:
        _ = Deque[Int]().peek()
    except e:
        print(e)
    try:
        d.remove(100)
    except e:
        print(e)
    var empty = Deque[Int]()
    try:
        _ = empty.pop()
    except e:
        print("pop:", e)
    try:
        _ = empty.popleft()
    except e:
        print("popleft:", e)
    # CHECK-NEXT: [-1, 0, 1, 2, 3] 5 True False 1 4
    # CHECK-NEXT: [2, 3, -1, 0, 1]
    # CHECK-NEXT: [-1, 3, 2, 1, 0] 0 -1
    # CHECK-NEXT: [-1, 42, 3, 2, 1, 7]
    # CHECK-NEXT: 54 True
    # CHECK-NEXT: IndexError: Deque is empty
    # CHECK-NEXT: ValueError: Given element is not in deque
    # CHECK-NEXT: pop: IndexError: Deque is empty
    # CHECK-NEXT: popleft: IndexError: Deque is empty

def optional_api() raises:
    var o = Optional[Int](3)
    o[] += 4
    print(o[], hash(o) == hash(Optional[Int](7)), hash(Optional[Int]()) == hash(o))
    var n = Optional[String]()
    try:
        print(n[])
    except e:
        print(e)
    var a = InlineArray[Int, 3](1, 2, 3)
    var b = InlineArray[Int, 3](1, 2, 3)
    print(a == b, a != b)
    b[2] = 0
    print(a == b)
    # CHECK-NEXT: 7 True False
    # CHECK-NEXT: EmptyOptionalError
    # CHECK-NEXT: True False
    # CHECK-NEXT: False

def main() raises:
    set_api()
    deque_api()
    optional_api()
