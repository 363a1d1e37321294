# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.collections.Counter: counting values, a missing key counts 0,
# fromkeys, the all-counts comparisons lt/le/gt/ge, get, pop, most_common,
# elements, popitem, + and - (keeping positive counts), items, printing.
from std.collections import Counter

def main() raises:
    var counter = Counter[String]("a", "a", "a", "b", "b", "c", "d", "c", "c")
    print(counter["a"], counter["b"], counter["zz"], len(counter), counter.total())
    # CHECK: 3 2 0 4 9
    print(counter)
    # CHECK-NEXT: Counter({a: 3, c: 3, b: 2, d: 1})
    var c2 = Counter[Int]([1, 2, 1, 2, 3, 3])
    var other = Counter[Int].fromkeys([1, 2, 3], 3)
    print(c2.lt(other), other.gt(c2), c2.le(other))
    # CHECK-NEXT: True True True
    c2[1] += 1
    print(c2[1], c2.lt(other))
    # CHECK-NEXT: 3 False
    print(c2.get(7).or_else(0), c2.get(1, default=0), c2.pop(3), c2.pop(99, default=5))
    # CHECK-NEXT: 0 3 2 5
    for t in c2.most_common(1):
        print(t._value, t._count)
    # CHECK-NEXT: 1 3
    print(c2.elements())
    # CHECK-NEXT: [1, 1, 1, 2, 2]
    var p = counter.popitem()
    print(p._value, p._count)
    # CHECK-NEXT: d 1
    print(c2 + other, c2 - other)
    # CHECK-NEXT: Counter({1: 6, 2: 5, 3: 3}) Counter({})
    for e in c2.items():
        print(e.key, e.value)
    # CHECK-NEXT: 1 3
    # CHECK-NEXT: 2 2
