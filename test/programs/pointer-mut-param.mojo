# RUN: %ignis run %s | FileCheck %s
# `mut=` on UnsafePointer types (Mojo 1.0's mutability parameter, inferred
# from the origin) is accepted and ignored, as origins are; strided loads
# and stores; String.unsafe_ptr() is an UnsafePointer[UInt8].


def total(p: UnsafePointer[mut=False, UInt8, _], n: Int) -> Int:
    var t = 0
    for i in range(n):
        t += Int(p[i])
    return t


def negate_every_other(p: UnsafePointer[mut=True, Int32, _]):
    var v = p.strided_load[width=4](2)
    p.strided_store[width=4](-v, 2)


def starts_with_ab(text: StringLiteral) -> Bool:
    var s = String(text)
    var p = s.unsafe_ptr()
    return s.byte_length() >= 2 and p[0] == UInt8(97) and p[1] == UInt8(98)


def main():
    # At compile time too, the bytes read through the pointer are UInt8s.
    comptime yes = starts_with_ab("abc")
    comptime no = starts_with_ab("acb")
    # CHECK: True False
    print(yes, no)
    var s = String("abc")
    # CHECK-NEXT: 294
    print(total(s.unsafe_ptr(), s.byte_length()))
    var buf = alloc[Int32](8)
    for i in range(8):
        buf[i] = Int32(i)
    negate_every_other(buf)
    # CHECK-NEXT: 0 1 -2 3 -4 5 -6 7
    for i in range(8):
        print(buf[i], end=" " if i < 7 else "\n")
    buf.free()
    var q: UnsafePointer[mut=True, Int, MutAnyOrigin] = alloc[Int](1)
    q[] = 9
    # CHECK-NEXT: 9
    print(q[])
    q.free()
