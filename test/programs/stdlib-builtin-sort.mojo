# RUN: %ignis run %s | FileCheck %s --match-full-lines
# sort (a List or a Span; stable=True; a "goes before" function), swap,
# enumerate over a List; std.sys.bit_width_of.
from std.random import seed, random_si64
from std.sys import bit_width_of


def by_len(a: String, b: String) -> Bool:
    return len(a) < len(b)


def main():
    var l: List[Int] = [5, 3, 9, 1, 5, 0, -2]
    sort(l)
    print(l)
    # CHECK: [-2, 0, 1, 3, 5, 5, 9]
    seed(3)
    var big = List[Int]()
    for _ in range(1000):
        big.append(Int(random_si64(-500, 500)))
    var b2 = big.copy()
    sort(big)
    sort[stable=True](b2)
    var ok = True
    for i in range(1, len(big)):
        if big[i - 1] > big[i] or big[i] != b2[i]:
            ok = False
    print(ok, len(big))
    # CHECK-NEXT: True 1000
    var words: List[String] = ["pear", "fig", "banana", "kiwi", "apple"]
    sort(words)
    print(words)
    # CHECK-NEXT: [apple, banana, fig, kiwi, pear]
    sort[by_len, stable=True](words)
    print(words)
    # CHECK-NEXT: [fig, kiwi, pear, apple, banana]
    var f: List[Float64] = [2.5, -1.0, 0.0]
    sort(Span(f))
    print(f)
    # CHECK-NEXT: [-1.0, 0.0, 2.5]
    var a = String("x")
    var b = String("y")
    swap(a, b)
    print(a, b)
    # CHECK-NEXT: y x
    for i, x in enumerate(l):
        if i < 2:
            print(i, x)
    # CHECK-NEXT: 0 -2
    # CHECK-NEXT: 1 0
    for t in enumerate(words, start=1):
        if t[0] == 1:
            print(t[0], t[1])
    # CHECK-NEXT: 1 fig
    print(bit_width_of[Int](), bit_width_of[Float32](), bit_width_of[UInt8]())
    # CHECK-NEXT: 64 32 8
