# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Pointer[T]: Pointer(to=x) on locals, fields and list elements, p[] reads
# and assigns, unsafe_offset, equality.
@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int

def set_through(p: Pointer[Int], v: Int):
    p[] = v

def main():
    var n = 5
    var p = Pointer(to=n)
    p[] += 10
    print(n, p[])
    # CHECK: 15 15
    set_through(p, 42)
    print(n)
    # CHECK-NEXT: 42
    var pt = Point(1, 2)
    var py = Pointer(to=pt.y)
    py[] = 20
    print(pt.y)
    # CHECK-NEXT: 20
    var l: List[Int] = [1, 2, 3]
    var e = Pointer(to=l[1])
    e[] = 200
    print(l, e[unsafe_offset=1], e.unsafe_offset(-1)[])
    # CHECK-NEXT: [1, 200, 3] 3 1
    var s = String("abc")
    var ps = Pointer[String](to=s)
    ps[] += "def"
    print(s, len(ps[]))
    # CHECK-NEXT: abcdef 6
    print(p == Pointer(to=n), p == py)
    # CHECK-NEXT: True False
