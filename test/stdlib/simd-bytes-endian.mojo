# as_bytes/from_bytes with Mojo 1.0's keyword-only `big_endian` parameter:
# little-endian (memory order) by default, each lane's bytes reversed with
# big_endian=True while the lanes stay in order; floats and Int too, and
# from_bytes inverts as_bytes in both orders.
# RUN: %ignis run %s | FileCheck %s --match-full-lines

def main():
    var x = UInt32(0x01020304)
    var le = x.as_bytes()
    var be = x.as_bytes[big_endian=True]()
    # CHECK: 4 3 2 1
    print(le[0], le[1], le[2], le[3])
    # CHECK-NEXT: 1 2 3 4
    print(be[0], be[1], be[2], be[3])
    # CHECK-NEXT: True True False
    print(
        UInt32.from_bytes[big_endian=True](be) == x,
        UInt32.from_bytes(le) == x,
        UInt32.from_bytes(be) == x,
    )
    var v = SIMD[DType.uint16, 2](0x0102, 0x0304)
    var vb = v.as_bytes[big_endian=True]()
    # CHECK-NEXT: 1 2 3 4
    print(vb[0], vb[1], vb[2], vb[3])
    # CHECK-NEXT: [258, 772]
    print(SIMD[DType.uint16, 2].from_bytes[big_endian=True](vb))
    var fb = Float32(1.0).as_bytes[big_endian=True]()
    # CHECK-NEXT: 63 128 0 0 1.0
    print(fb[0], fb[1], fb[2], fb[3], Float32.from_bytes[big_endian=True](fb))
    var n = 258
    var nb = n.as_bytes[big_endian=True]()
    # CHECK-NEXT: 0 1 2 258 258
    print(nb[5], nb[6], nb[7], Int.from_bytes[big_endian=True](nb), Int.from_bytes(n.as_bytes()))
