# RUN: %ignis run %s | FileCheck %s --match-full-lines
# List and dict comprehensions: the loop they stand for, element type from
# the element expression; loop variables do not leak.


def main() raises:
    var squares = [x * x for x in range(5)]
    print(squares)
    # CHECK: [0, 1, 4, 9, 16]
    var evens = [String(x) for x in range(10) if x % 2 == 0 if x > 2]
    print(evens)
    # CHECK-NEXT: [4, 6, 8]
    var pairs = [i * 10 + j for i in range(3) for j in range(i)]
    print(pairs)
    # CHECK-NEXT: [10, 20, 21]
    var lengths = {s: len(s) for s in ["a", "bb", "ccc"]}
    print(lengths["bb"], len(lengths))
    # CHECK-NEXT: 2 3
    var x = 100
    var bumped = [x + 1 for x in squares]
    print(bumped, x)
    # CHECK-NEXT: [1, 2, 5, 10, 17] 100
    print(len([w for w in ["a", "b"] if w != "a"]))
    # CHECK-NEXT: 1
    # A set comprehension builds a Set without importing it.
    var residues = {n % 3 for n in range(10)}
    print(len(residues), 2 in residues, 5 in residues)
    # CHECK-NEXT: 3 True False
