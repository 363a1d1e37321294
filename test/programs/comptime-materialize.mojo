# RUN: %ignis run %s | FileCheck %s
# Compile-time values keep their types: a List computed at compile time,
# a struct holding Lists, typed scalars and SIMD vectors, an InlineArray
# declared with its type; materialize[v]() makes each a run-time value.


@fieldwise_init
struct Board(Copyable, Movable):
    var rows: Int
    var cells: List[List[Int]]


def squares(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i * i)
    return out^


def kind(x: Int) -> String:
    return "Int"


def kind(x: UInt8) -> String:
    return "UInt8"


def kind(x: Float64) -> String:
    return "Float64"


def kind(x: Float32) -> String:
    return "Float32"


def main():
    comptime primes = [2, 3, 5, 7]
    var xs = materialize[primes]()
    xs.append(11)
    # CHECK: 5 7 11
    print(len(xs), xs[3], xs[4])
    # A fresh copy each time: the append above changed only xs.
    var ys: List[Int] = materialize[primes]()
    # CHECK-NEXT: 4
    print(len(ys))
    # CHECK-NEXT: 5
    print(primes[2])
    comptime sq = squares(5)
    # CHECK-NEXT: 16 5
    print(materialize[sq]()[4], len(materialize[sq]()))
    comptime board = Board(2, [[1, 0], [0, 1]])
    var b = materialize[board]()
    b.cells[0][0] = 9
    # CHECK-NEXT: 2 9 1
    print(b.rows, b.cells[0][0], materialize[board]().cells[0][0])
    comptime small = UInt8.MAX
    comptime f32 = Float32(0.1)
    # CHECK-NEXT: 255 0.1 UInt8 Float32
    print(small, f32, kind(small), kind(f32))
    comptime v = SIMD[DType.int32, 4](4, 3, 2, 1)
    # CHECK-NEXT: [4, 3, 2, 1] 3
    print(v, v[1])
    comptime table: InlineArray[Int64, 3] = [10, 20, 30]
    var t = materialize[table]()
    # CHECK-NEXT: 20 3
    print(t[1], len(t))
