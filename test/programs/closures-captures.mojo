# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Capture lists: `mut x` by reference, `var x` by copy (made where the
# closure is defined), `x^` moved in; `@__copy_capture(x)`; a bare
# convention sets the default; `read` (and a bare name) refers read-only,
# so the closure sees later changes.

def main():
    var a = 1
    var b = 10
    var c = String("moved")

    def f() {mut a, var b, c^}:
        a += b
        print("f:", a, b, c)

    b = 20
    f()
    f()
    print(a, b)

    var z = 5
    @__copy_capture(z)
    @parameter
    def get_z() -> Int:
        return z
    z = 2
    print(get_z(), z)

    var x = 1
    var y = 2
    def g() {mut}:
        x += 1
        y += 1
    g()
    print(x, y)

    var p = 3
    def h() {read}:
        print("h:", p)
    p = 4
    h()
    print(p)

    var q = 7
    def k() {q}:
        print("k:", q)
    k()
    q = 8
    k()

# CHECK: f: 11 10 moved
# CHECK-NEXT: f: 21 10 moved
# CHECK-NEXT: 21 20
# CHECK-NEXT: 5 2
# CHECK-NEXT: 2 3
# CHECK-NEXT: h: 4
# CHECK-NEXT: 4
# CHECK-NEXT: k: 7
# CHECK-NEXT: k: 8
