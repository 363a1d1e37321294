# RUN: %ignis run %s | FileCheck %s --match-full-lines
# zip over Lists (two or three, as long as the shortest), with tuple
# unpacking in the `for` header; Byte is UInt8.


def main():
    var n: List[Int] = [1, 2, 3, 4]
    var f: List[Float64] = [0.5, 1.5]
    for x, y in zip(n, f):
        print(x, y)
    # CHECK: 1 0.5
    # CHECK-NEXT: 2 1.5
    for t in zip(n, n, f):
        print(t[0] + t[1], t[2])
    # CHECK-NEXT: 2 0.5
    # CHECK-NEXT: 4 1.5
    var words: List[String] = ["a", "path", "foo.txt"]
    for t in zip(words, ["a", "path", "bar"]):
        print(t[0], t[0] == t[1])
    # CHECK-NEXT: a True
    # CHECK-NEXT: path True
    # CHECK-NEXT: foo.txt False
    var b: Byte = 65
    print(b, Byte(0xFF))
    # CHECK-NEXT: 65 255
