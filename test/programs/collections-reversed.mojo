# RUN: %ignis run %s | FileCheck %s --match-full-lines
# reversed() over ranges (any step, empty ones) and Lists.
def show(label: String, r: _Range):
    print(label, end=":")
    for i in r:
        print("", i, end="")
    print()

def main():
    show("a", reversed(range(5)))
    # CHECK: a: 4 3 2 1 0
    show("b", reversed(range(2, 11, 3)))
    # CHECK-NEXT: b: 8 5 2
    show("c", reversed(range(5, 0, -2)))
    # CHECK-NEXT: c: 1 3 5
    show("d", reversed(range(3, 3)))
    # CHECK-NEXT: d:
    var l: List[String] = ["x", "y", "z"]
    for s in reversed(l):
        print(s, end=" ")
    print(len(l))
    # CHECK-NEXT: z y x 3
