# Generic code over SIMD[dt, w] instantiated at dt = DType.int, w = 1 works
# on Int values: parameters are inferred from an Int argument, and what
# the body builds as SIMD[dt, w] is an Int.
# RUN: %ignis run %s | FileCheck %s --match-full-lines


def twice[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x + x


def describe[dt: DType, w: Int](x: SIMD[dt, w]) -> String:
    return String(dt) + " x" + String(w) + ": " + String(x)


def total[dt: DType](x: Scalar[dt], y: Scalar[dt]) -> Scalar[dt]:
    return x + y


def widen[dt: DType, w: Int](x: SIMD[dt, w]) -> SIMD[DType.float64, w]:
    return x.cast[DType.float64]()


def lanes[dt: DType, w: Int](x: SIMD[dt, w]) -> Int:
    var n = 0
    for i in range(w):
        n += Int(x[i] != 0)
    return n + x.reduce_add().__int__()


def width_of(x: SIMD) -> Int:
    return x.size


def takes_int(x: Int) -> Int:
    return x * 10


def main():
    var a: Int = 21
    var t = twice(a)
    print(t, takes_int(t))
    # CHECK: 42 420
    print(twice[DType.int, 1](a), twice(SIMD[DType.int, 4](1, 2, 3, 4)))
    # CHECK-NEXT: 42 [2, 4, 6, 8]
    print(describe(a), describe(Float32(1.5)))
    # CHECK-NEXT: int x1: 21 float32 x1: 1.5
    print(total(a, 1), total[DType.int](2, 3), widen(a))
    # CHECK-NEXT: 22 5 21.0
    print(lanes(a), lanes(SIMD[DType.int, 2](0, 5)))
    # CHECK-NEXT: 22 6
    # A vector's lanes are Ints.
    var v = SIMD[DType.int, 4](5, 6, 7, 8)
    var lane: Int = v[2]
    print(lane, takes_int(v[3]), v.reduce_add() + 1)
    # CHECK-NEXT: 7 80 27
    v[0] = a
    print(v, SIMD[DType.int, 4](a))
    # CHECK-NEXT: [21, 6, 7, 8] [21, 21, 21, 21]
    # A bare `SIMD` argument takes an Int too.
    print(width_of(a), width_of(v), width_of(Float32(1)))
    # CHECK-NEXT: 1 4 1
