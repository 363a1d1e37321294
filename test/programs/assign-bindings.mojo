# RUN: %ignis run %s | FileCheck %s --match-full-lines
# `var`/`ref` bindings inside assignment targets and chained assignments,
# which assign right to left: `ref a = var b = v` makes a name b.

def pair() -> Tuple[Int, String]:
    return (3, String("three"))

def main():
    var x = y = z = "Hello"
    print(x, y, z)
    # CHECK: Hello Hello Hello
    ref a = var b = var c = "Hello"
    a = "World"
    print(a, b, c)
    # CHECK-NEXT: World World Hello
    (var items) = [1, 2, 5]
    print(len(items))
    # CHECK-NEXT: 3
    _, var word = pair()
    word += "!"
    print(word)
    # CHECK-NEXT: three!
    n, ref m = pair()
    print(n, m)
    # CHECK-NEXT: 3 three
    (var p), (ref q) = pair()
    print(p, q)
    # CHECK-NEXT: 3 three
    var i = 1
    if i > 0:
        # `var` declares anew: the outer i is untouched.
        (var i, var j) = (5, 6)
        print(i, j)
    # CHECK-NEXT: 5 6
    print(i)
    # CHECK-NEXT: 1
    u = w = 4
    w += 1
    print(u, w)
    # CHECK-NEXT: 4 5
