# Int is Scalar[DType.int] (Mojo 1.0): SIMD[DType.int, 1] written anywhere,
# directly, through Scalar or through generic code, is the same type as Int,
# so type equality, overloads, collections and parameters agree.
# RUN: %ignis run %s | FileCheck %s --match-full-lines

from std.sys import get_type_name, size_of, bit_width_of
from std.sys.intrinsics import _type_is_eq


def kind(x: Int) -> String:
    return "Int"


def kind(x: Float64) -> String:
    return "Float64"


def kind(x: Int8) -> String:
    return "Int8"


def make[dt: DType]() -> Scalar[dt]:
    return Scalar[dt](7)


struct Holder[n: Scalar[DType.int]]:
    @staticmethod
    def get() -> Int:
        return Self.n


def main():
    comptime assert Int == Scalar[DType.int]
    comptime assert Int == SIMD[DType.int, 1]
    comptime assert SIMD[DType.index, 1] == Int
    comptime assert UInt == Scalar[DType.uint]
    comptime assert Byte == UInt8
    comptime assert Int != Int64
    print(_type_is_eq[Int, Scalar[DType.int]](), _type_is_eq[Int, Int64]())
    # CHECK: True False

    # Overloads see one type: a Scalar[DType.int] picks the Int overload.
    var s: Scalar[DType.int] = 5
    print(kind(s), kind(SIMD[DType.int, 1](3)), kind(make[DType.int]()))
    # CHECK-NEXT: Int Int Int
    print(kind(make[DType.float64]()), kind(make[DType.int8]()))
    # CHECK-NEXT: Float64 Int8

    # Collections of either spelling are the same collection.
    var l = List[Int]()
    l.append(3)
    var l2: List[Scalar[DType.int]] = l^
    l2.append(s)
    print(len(l2), l2[0] + l2[1])
    # CHECK-NEXT: 2 8

    # Parameters: an Int value where a Scalar[DType.int] is declared.
    print(Holder[41].get() + 1)
    # CHECK-NEXT: 42

    # Printing: a plain number, not a one-lane vector.
    var x: SIMD[DType.int, 1] = 42
    print(x, String(x), repr(x))
    # CHECK-NEXT: 42 42 Int(42)

    # The type's name is Mojo 1.0's spelling.
    print(get_type_name[Scalar[DType.int]](), get_type_name[SIMD[DType.int, 4]]())
    # CHECK-NEXT: SIMD[DType.int, 1] SIMD[DType.int, 4]
    print(DType.int, Int.dtype, x.dtype, Int.size, DType.index == DType.int)
    # CHECK-NEXT: int int int 1 True
    print(DType.int.bit_width(), DType.uint.size_of(), DType.int.is_signed(), DType.uint.is_unsigned())
    # CHECK-NEXT: 64 8 True True
    print(size_of[Int](), size_of[Scalar[DType.int]](), bit_width_of[DType.int]())
    # CHECK-NEXT: 8 8 64
