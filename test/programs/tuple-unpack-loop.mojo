# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Unpacking a tuple of owned values in a loop: each iteration's parts move
# out of the temporary, which is never destroyed as a whole (it used to be
# destroyed again on the next iteration: a double free).


def pair(i: Int) -> Tuple[String, String]:
    return (String("a", i), String("b", i))


def main():
    for i in range(3):
        a, b = pair(i)
        print(a, b)
    # CHECK: a0 b0
    # CHECK-NEXT: a1 b1
    # CHECK-NEXT: a2 b2
    for p, q in zip(["x", "y"], ["1", "2"]):
        print(p + q)
    # CHECK-NEXT: x1
    # CHECK-NEXT: y2
