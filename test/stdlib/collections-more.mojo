# RUN: %ignis run %s | FileCheck %s --match-full-lines
# BitSet, LinkedList, BinaryHeap and OptionalReg from std.collections.
from std.collections import BitSet, LinkedList, BinaryHeap, OptionalReg

def main() raises:
    var b = BitSet[70]()
    b.set(1)
    b.set(69)
    b.set(5)
    b.toggle(5)
    print(b, len(b), b.test(69), b.test(5), Bool(b))
    # CHECK: {1, 69} 2 True False True
    var c = BitSet[70]()
    c.set(2)
    c.set(69)
    print(b.union(c), b.intersection(c), b.difference(c))
    # CHECK-NEXT: {1, 2, 69} {69} {1}
    c.set_all()
    print(len(c))
    # CHECK-NEXT: 70
    c.toggle_all()
    print(c, Bool(c))
    # CHECK-NEXT: {} False

    var l = LinkedList[Int](1, 2, 3)
    l.append(4)
    l.prepend(0)
    print(l, len(l), l[1], l[-1])
    # CHECK-NEXT: [0, 1, 2, 3, 4] 5 1 4
    print(l.pop(), l.pop(0), l)
    # CHECK-NEXT: 4 0 [1, 2, 3]
    l.insert(1, 9)
    l.insert(-100, 7)
    l.reverse()
    print(l, 9 in l, 5 in l, l.index(9), l.count(2))
    # CHECK-NEXT: [3, 2, 9, 1, 7] True False 2 1
    for x in l:
        print("it", x)
    # CHECK-NEXT: it 3
    # CHECK-NEXT: it 2
    # CHECK-NEXT: it 9
    # CHECK-NEXT: it 1
    # CHECK-NEXT: it 7
    var s = LinkedList[String]("a", "b")
    var s2 = s.copy()
    s2.append("c")
    s.extend(LinkedList[String]("d"))
    print(s, s2, s == s2)
    # CHECK-NEXT: [a, b, d] [a, b, c] False
    print(s.maybe_pop().value(), s, Bool(LinkedList[Int]().maybe_pop()))
    # CHECK-NEXT: d [a, b] False
    try:
        var e = LinkedList[Int]()
        _ = e.pop()
    except err:
        print(err)
    # CHECK-NEXT: Pop on empty list.
    try:
        _ = l.pop(10)
    except err:
        print(err)
    # CHECK-NEXT: Invalid index for pop: 10

    var h = BinaryHeap[Int]()
    for v in [5, 1, 8, 3, 9, 2]:
        h.push(v)
    print(h.peek(), len(h))
    # CHECK-NEXT: 9 6
    while h:
        print(h.pop(), end=" ")
    print()
    # CHECK-NEXT: 9 8 5 3 2 1
    var h2 = BinaryHeap[String](["pear", "apple", "fig"])
    print(h2.pop(), h2.pop(), h2.pop())
    # CHECK-NEXT: pear fig apple

    var o = OptionalReg[Int](3)
    var n = OptionalReg[Int]()
    print(o.value(), Bool(n))
    # CHECK-NEXT: 3 False
