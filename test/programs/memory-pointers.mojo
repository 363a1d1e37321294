# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.memory: alloc/free, indexing, pointer arithmetic and comparisons,
# SIMD load/store, bitcast, init/take pointee, memcpy/memset_zero/memcmp,
# Span, OwnedPointer, ArcPointer.
from std.memory import memcpy, memset_zero, memcmp, OwnedPointer, ArcPointer

def main():
    var p = alloc[Int](4)
    for i in range(4):
        p[i] = i * 10
    var q = p + 3
    print(p[2], q[0], (q - 1)[], q - p, p < q, q > p, p == q - 3, p != q)
    # CHECK: 20 30 20 3 True True True True
    q -= 2
    q += 1
    print(q[], True if p else False)
    # CHECK-NEXT: 20 True
    var f = alloc[Float32](8)
    for i in range(8):
        f[i] = Float32(i)
    print(f.load[width=4](), (f + 4).load[width=2](), f.load())
    # CHECK-NEXT: [0.0, 1.0, 2.0, 3.0] [4.0, 5.0] 0.0
    f.store(SIMD[DType.float32, 4](9.5))
    print(f[0], f[3], f[4])
    # CHECK-NEXT: 9.5 9.5 4.0
    var bytes = p.bitcast[UInt8]()
    print(bytes[8], bytes[9])
    # CHECK-NEXT: 10 0
    var d = alloc[Int](4)
    memcpy(dest=d, src=p, count=4)
    print(d[3], memcmp(d, p, 4))
    # CHECK-NEXT: 30 0
    memset_zero(d, 2)
    print(d[0], d[1], d[2], memcmp(d, p, 4) < 0)
    # CHECK-NEXT: 0 0 20 True
    var s = alloc[String](1)
    s.init_pointee_move(String("moved"))
    var t = s.take_pointee()
    s.init_pointee_copy(t)
    print(t, s[])
    # CHECK-NEXT: moved moved
    s.destroy_pointee()
    s.free()

    var span = Span[Int](ptr=p, length=4)
    var sum = 0
    for x in span:
        sum += x
    print(len(span), span[-1], sum, len(span.subspan(1, 3)), span.subspan(1, 3)[0])
    # CHECK-NEXT: 4 30 60 2 10
    span[0] = 5
    print(p[0])
    # CHECK-NEXT: 5

    var box = OwnedPointer(String("boxed"))
    print(box[])
    # CHECK-NEXT: boxed
    box[] = String("again")
    print(box[])
    # CHECK-NEXT: again
    var a = ArcPointer(42)
    print(a[], a.count())
    # CHECK-NEXT: 42 1
    a[] = 43
    print(a[])
    # CHECK-NEXT: 43
    p.free()
    d.free()
    f.free()
