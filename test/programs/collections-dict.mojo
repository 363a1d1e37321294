# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Dict: literals, insertion order kept through deletes and growth, []
# raising on a missing key, get/pop/setdefault, keys/values/items, in,
# len, copy, update; Set and its operations; Optional; Deque.
from std.collections import Set, Deque

def main() raises:
    var d = {"one": 1, "two": 2, "three": 3}
    d["four"] = 4
    d["two"] = 22
    print(d, len(d), d["two"], "one" in d, "five" in d)
    # CHECK: {one: 1, two: 22, three: 3, four: 4} 4 22 True False
    print(d.get("one").value(), d.get("zzz"), d.get("zzz", -1), d.get("three", -1))
    # CHECK-NEXT: 1 None -1 3
    print(d.pop("one"), d.pop("one", -5), len(d), d)
    # CHECK-NEXT: 1 -5 3 {two: 22, three: 3, four: 4}
    print(d.setdefault("five", 5), d.setdefault("two", 0), len(d))
    # CHECK-NEXT: 5 22 4
    for k in d.keys():
        print(k, end=" ")
    for v in d.values():
        print(v, end=" ")
    for e in d.items():
        print(e.key + "=" + String(e.value), end=" ")
    print()
    # CHECK-NEXT: two three four five 22 3 4 5 two=22 three=3 four=4 five=5
    try:
        print(d["one"])
    except e:
        print("error:", e)
    # CHECK-NEXT: error: KeyError
    try:
        _ = d.pop("one")
    except e:
        print("error:", e)
    # CHECK-NEXT: error: KeyError
    var squares = Dict[Int, Int]()
    for i in range(10000):
        squares[i] = i * i
    for i in range(0, 10000, 2):
        _ = squares.pop(i)
    var sum = 0
    for k in squares.keys():
        sum += k
    print(len(squares), squares[9999], 4 in squares, sum)
    # CHECK-NEXT: 5000 99980001 False 25000000
    var e = squares.copy()
    e[1] = -1
    var u = {1: 100, 20000: 7}
    e.update(u)
    print(squares[1], e[1], len(e), e[20000])
    # CHECK-NEXT: 1 100 5001 7
    e.clear()
    e[5] = 6
    print(e, len(e))
    # CHECK-NEXT: {5: 6} 1

    var s = {3, 1, 3, 2}
    s.add(7)
    s.discard(1)
    print(s, len(s), 3 in s, 1 in s)
    # CHECK-NEXT: {3, 2, 7} 3 True False
    var t = Set[Int](2, 9)
    print(s | t, s & t, s - t, s == Set[Int](7, 3, 2))
    # CHECK-NEXT: {3, 2, 7, 9} {2} {3, 7} True
    var names = {"b", "a"}
    print(names, "a" in names)
    # CHECK-NEXT: {b, a} True

    var o: Optional[Int] = None
    var p = Optional(5)
    print(o, p, o.is_none(), p.is_some(), True if o else False, p.value(), o.or_else(9), p.or_else(9))
    # CHECK-NEXT: None 5 True True False 5 9 5
    print(p.take(), p.is_none(), o == None, Optional[Int](5) == Optional[Int](5))
    # CHECK-NEXT: 5 True True True

    var q = Deque[Int]()
    for i in range(20):
        q.append(i)
        q.appendleft(-i)
    print(len(q), q[0], q[-1], q.pop(), q.popleft(), q[0])
    # CHECK-NEXT: 40 -19 19 19 -19 -18
