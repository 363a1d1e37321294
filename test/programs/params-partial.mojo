# RUN: %ignis run %s | FileCheck %s --match-full-lines
# Partially bound types (`_` leaves one parameter unbound, `...` the rest)
# and automatic parameterisation (a bare generic struct name): the function
# is generic over what is unbound and reads it through the argument.


def total(x: SIMD[DType.float32, _]) -> Float32:
    return x.reduce_add()


def lanes(x: SIMD[_, 4]) -> Int:
    return x.size


def describe(x: SIMD) -> String:
    comptime if x.dtype == DType.uint8:
        return "bytes x " + String(x.size)
    else:
        return "other x " + String(x.size)


def first(l: List) -> Int:
    return len(l) * 100 + l[0]


def size_of_list(l: List[_]) -> Int:
    return len(l)


def count(x: SIMD[DType.int8, ...]) -> Int:
    return x.size


def main():
    print(total(SIMD[DType.float32, 4](2.75)), total(Float32(2)))
    # CHECK: 11.0 2.0
    print(lanes(SIMD[DType.int32, 4](1)), lanes(SIMD[DType.float64, 4](0.5)))
    # CHECK-NEXT: 4 4
    print(describe(SIMD[DType.uint8, 8](1)), describe(Float64(1)))
    # CHECK-NEXT: bytes x 8 other x 1
    var l: List[Int] = [7, 8]
    print(first(l), count(SIMD[DType.int8, 16](0)))
    # CHECK-NEXT: 207 16
    var names: List[String] = ["a", "b", "c"]
    print(size_of_list(names), size_of_list(l))
    # CHECK-NEXT: 3 2
