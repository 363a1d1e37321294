# SIMD members Mojo 1.0 has beside the arithmetic: __float__ (Float64 of a
# scalar), abs, round (also to ndigits), divmod, `in`, split, the CoordLike
# scalar views sum/product/value, write_padded, to_bits, as_bytes and
# from_bytes; each on a vector, a float scalar and an Int (Scalar[DType.int]).
# RUN: %ignis run %s | FileCheck %s --match-full-lines


def main():
    var v = SIMD[DType.int32, 4](-3, 5, -7, 9)
    var f = Float32(2.75)
    print(abs(v), v.__abs__(), abs(f), abs(-4), abs(UInt8(200)))
    # CHECK: [3, 5, 7, 9] [3, 5, 7, 9] 2.75 4 200
    print(Float64(Int32(7).__float__()), Int8(-2).__float__(), f.__float__())
    # CHECK-NEXT: 7.0 -2.0 2.75
    print(round(f), round(Float64(2.3456), 2), round(Float64(1250.0), -2), round(1299, -2))
    # CHECK-NEXT: 3.0 2.35 1200.0 1200
    print(Int32(1299).__round__(-2), (1299).__round__(-2), SIMD[DType.float64, 2](1.5, 2.5).__round__())
    # CHECK-NEXT: 1200 1200 [2.0, 2.0]
    var qr = v.__divmod__(SIMD[DType.int32, 4](2))
    print(qr[0], qr[1], divmod(17, 5)[0], (17).__divmod__(5)[1])
    # CHECK-NEXT: [-2, 2, -4, 4] [1, 1, 1, 1] 3 2
    print(5 in v, 4 in v, Int32(9) in v, 3 in Int(3), 2 in Int(3))
    # CHECK-NEXT: True False True True False
    var halves = v.split()
    print(halves[0], halves[1])
    # CHECK-NEXT: [-3, 5] [-7, 9]
    print(Int32(6).sum(), Int64(7).product(), Int(8).value(), Float32(1.5).value())
    # CHECK-NEXT: 6 7 8 1.5
    var s = String()
    SIMD[DType.int32, 3](1, 22, 333).write_padded(s, 4)
    s.write("|")
    Int(42).write_padded(s, 5)
    s.write("|")
    Int(-7).write_padded(s, 1)
    print(s)
    # CHECK-NEXT:    1  22 333|   42|-7

    # Bits and bytes (little-endian hosts).
    print(Float32(1.0).to_bits(), Float64(-2.0).to_bits(), SIMD[DType.float32, 2](1.0, 0.0).to_bits())
    # CHECK-NEXT: 1065353216 13835058055282163712 [1065353216, 0]
    print(UInt8(200).to_bits[DType.uint32](), Int8(-1).to_bits(), Int(-1).to_bits(), SIMD[DType.bool, 2](True, False).to_bits())
    # CHECK-NEXT: 200 255 18446744073709551615 [1, 0]
    var bytes = UInt32(0x01020304).as_bytes()
    print(bytes[0], bytes[1], bytes[2], bytes[3], len(bytes))
    # CHECK-NEXT: 4 3 2 1 4
    print(UInt32.from_bytes(bytes), Float32.from_bytes(Float32(2.5).as_bytes()))
    # CHECK-NEXT: 16909060 2.5
    var int_bytes = Int(258).as_bytes()
    print(int_bytes[0], int_bytes[1], Int.from_bytes(int_bytes), Scalar[DType.int].from_bytes(int_bytes))
    # CHECK-NEXT: 2 1 258 258
