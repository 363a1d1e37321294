# RUN: %ignis run %s | FileCheck %s --match-full-lines
# std.utils: IndexList (element-wise arithmetic, all-elements comparisons,
# printing "(1, 2)" and "(5,)"), Index, product, StaticTuple (copied
# implicitly), and std.utils.numerics limits and IEEE tests.
from std.utils import IndexList, Index, StaticTuple, product
from std.utils.numerics import max_finite, min_finite, inf, neg_inf, nan, isinf, isnan, isfinite, max_or_inf, min_or_neg_inf

def main():
    var a = IndexList[3](1, 2, 3)
    var b = Index(4, 5, 6)
    print(a, b, a + b, b - a, a * b, b // a, len(a), a[1], a[-1], a.get[0]())
    # CHECK: (1, 2, 3) (4, 5, 6) (5, 7, 9) (3, 3, 3) (4, 10, 18) (4, 2, 2) 3 2 3 1
    print(a == Index(1, 2, 3), a != b, a < b, Index(1, 9) < Index(2, 3), a.flattened_length(), product(b), product(b, 1))
    # CHECK-NEXT: True True True False 6 120 4
    var c = IndexList[2]()
    c[0] = 7
    print(c, Index(5), IndexList[4](fill=2), a.reverse(), Index(2, 3, 4).get_row_major_strides())
    # CHECK-NEXT: (7, 0) (5,) (2, 2, 2, 2) (3, 2, 1) (12, 4, 1)
    var d: IndexList[2] = [8, 9]
    print(d, IndexList[2, element_type=DType.int32](1, 2))
    # CHECK-NEXT: (8, 9) (1, 2)
    var t = StaticTuple[Int, 3](1, 2, 3)
    t[1] = 20
    print(t[0], t[1], t[2], len(t), t.get[2]())
    # CHECK-NEXT: 1 20 3 3 3
    var u = t
    u[0] = 100
    print(t[0], u[0], StaticTuple[Float32, 2](fill=1.5)[1])
    # CHECK-NEXT: 1 100 1.5
    print(max_finite[DType.float64](), min_finite[DType.float32](), max_finite[DType.int8](), min_finite[DType.int8](), max_finite[DType.uint16](), min_finite[DType.int64]())
    # CHECK-NEXT: 1.7976931348623157e+308 -3.4028235e+38 127 -128 65535 -9223372036854775808
    print(inf[DType.float32](), neg_inf[DType.float64](), nan[DType.float64](), max_or_inf[DType.int32](), min_or_neg_inf[DType.float16]())
    # CHECK-NEXT: inf -inf nan 2147483647 -inf
    print(isinf(inf[DType.float64]()), isnan(nan[DType.float32]()), isfinite(Float64(1.0)), isfinite(neg_inf[DType.float64]()), max_finite[DType.float16](), max_finite[DType.bfloat16]())
    # CHECK-NEXT: True True True False 65504.0 3.3895314e+38
    print(isinf(SIMD[DType.float32, 2](1.0, inf[DType.float32]())))
    # CHECK-NEXT: [False, True]
    print(Int.MAX, Int.MIN, Int.MAX + Int.MIN)
    # CHECK-NEXT: 9223372036854775807 -9223372036854775808 -1
