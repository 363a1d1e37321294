# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Pointer[T]: Pointer(to=x) on locals, fields and list elements, p[] reads
# and assigns, unsafe_offset, equality; origin and address_space parameters
# of UnsafePointer, Pointer and Span are accepted and do not change the type.
@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int

def set_through(p: Pointer[Int], v: Int):
    p[] = v

def first[T: ImplicitlyCopyable](p: UnsafePointer[T, MutAnyOrigin]) -> T:
    return p[0]

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
    var up: UnsafePointer[Int, MutAnyOrigin] = alloc[Int](1)
    up[0] = 4
    var uq: UnsafePointer[Int, address_space=AddressSpace.GENERIC] = up
    var ur = UnsafePointer[Int, MutExternalOrigin](raw=uq._ptr)
    var pa: Pointer[Int, ImmutAnyOrigin] = Pointer(to=n)
    var sp = Span[Int, MutAnyOrigin](ptr=up, length=1)
    print(first(up), first(uq), first(ur), ur == up, pa[], sp[0])
    # CHECK-NEXT: 4 4 4 True 42 4
    up.free()
