# RUN: %ignis run %s | FileCheck %s --match-full-lines
# List: literals, append/pop/insert/extend/clear, negative indices,
# __setitem__, iteration, reversed, contains, ==, length/fill, capacity,
# slice(), copy(), reserve, unsafe_ptr, and a List of Strings.

def main() raises:
    var l = [3, 1, 4]
    l.append(1)
    l.append(5)
    print(l, len(l), l[0], l[-1], l[-2])
    # CHECK: [3, 1, 4, 1, 5] 5 3 5 1
    l[1] = 10
    l.insert(0, 7)
    l.insert(-1, 8)
    print(l)
    # CHECK-NEXT: [7, 3, 10, 4, 1, 8, 5]
    print(l.pop(), l.pop(0), l.pop(-2), l)
    # CHECK-NEXT: 5 7 1 [3, 10, 4, 8]
    l.extend([6, 6])
    print(l, 6 in l, 9 in l, l.count(6), l.index(4))
    # CHECK-NEXT: [3, 10, 4, 8, 6, 6] True False 2 2
    print(l.slice(1, 3), l.slice(-2, 100), l.slice(4, 2))
    # CHECK-NEXT: [10, 4] [6, 6] []
    var total = 0
    for x in l:
        total += x
    print(total, len(l))
    # CHECK-NEXT: 37 6
    # (the iterated List stays in use after each loop: a for loop does not
    # keep its sequence alive yet, see docs/stdlib.md)
    var r = [1, 2, 3]
    for x in r.__reversed__():
        print(x, end=" ")
    print(len(r))
    # CHECK-NEXT: 3 2 1 3
    var f = List[Float64](length=3, fill=0.5)
    var c = List[Int](capacity=100)
    print(f, len(c), c.capacity(), True if c else False)
    # CHECK-NEXT: [0.5, 0.5, 0.5] 0 100 False
    var a = [1, 2]
    var b = a.copy()
    b.append(3)
    print(a, b, a == [1, 2], a != b, a + b)
    # CHECK-NEXT: [1, 2] [1, 2, 3] True True [1, 2, 1, 2, 3]
    b.clear()
    b.reserve(50)
    print(len(b), b.capacity())
    # CHECK-NEXT: 0 50
    var p = a.unsafe_ptr()
    print(p[0] + p[1], len(a))
    # CHECK-NEXT: 3 2
    var words = ["pear", "fig"]
    words.append(String("kiwi"))
    print(words, len(words[2]), "fig" in words)
    # CHECK-NEXT: [pear, fig, kiwi] 4 True
    var big = List[Int]()
    for i in range(1000):
        big.append(i)
    print(len(big), big[999], big.capacity() >= 1000)
    # CHECK-NEXT: 1000 999 True
    var floats = [1, 2.5]
    print(floats)
    # CHECK-NEXT: [1.0, 2.5]
    try:
        _ = l.index(99)
    except e:
        print(e)
    # CHECK-NEXT: ValueError: value not in List
